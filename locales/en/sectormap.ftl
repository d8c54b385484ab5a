# Sectormap, English. The reference: every other language has exactly
# these messages, with the same variables.

## Kinds of things on a map

kind-issue = VAW issue
kind-department = Department
kind-objective = Objective
kind-commitment = Commitment
kind-organisation = Organisation

link-pursues = pursues
link-relevant = is relevant to
link-obliges = obliges
link-engages = engages
link-related = related to

link-name-pursues = pursues
link-name-relevant = relevant
link-name-obliges = obliges
link-name-engages = engages
link-name-related = related

engagement-committed = Committed
engagement-open = Open
engagement-resistant = Resistant
engagement-unknown = Unknown

color-by-kind = Kind
color-by-score = Score
color-by-sector = Sector

list-and = { $first } and { $last }
list-more = { $first } and { $count } more

count-nodes = { $count ->
    [one] { $count } node
   *[other] { $count } nodes
}
count-links = { $count ->
    [one] { $count } link
   *[other] { $count } links
}

## The picture: legend, score lines, description

scene-untitled = Sectormap map
scene-count-kind = { $count } { $kind ->
    [issue] { $count ->
        [one] VAW issue
       *[other] VAW issues
    }
    [department] { $count ->
        [one] department
       *[other] departments
    }
    [objective] { $count ->
        [one] objective
       *[other] objectives
    }
    [commitment] { $count ->
        [one] commitment
       *[other] commitments
    }
   *[organisation] { $count ->
        [one] organisation
       *[other] organisations
    }
}
scene-no-nodes = no nodes
scene-coloured-kind = coloured by kind
scene-coloured-score-year = departments coloured by their { $year } score
scene-coloured-score-none = departments coloured by score (none given)
scene-coloured-sector = departments coloured by sector
scene-description = Map of { $links } links between { $nodes }; { $colour }.

badge-score = { $score }/10 in { $year }
badge-not-scored-in = not scored in { $year }
badge-not-scored = not scored

legend-nodes = Nodes
legend-links = Links
legend-sector = Sector
legend-no-sector = no sector given
legend-fill-score = { $kind } (fill: score)
legend-fill-sector = { $kind } (fill: sector)
legend-tint-sector = { $kind } (tint: its department's sector)
legend-score-year = Department score in { $year }, out of 10
legend-score-none = Department score, out of 10 (no scores yet)
legend-not-scored = not scored
legend-relevant-made = Relevant, and the department makes the link
legend-relevant-not-made = Relevant, but the department does not make the link
legend-relevant-unchecked = Relevant; not yet checked whether the department makes the link
legend-strength = Strength { $strength }: { $word ->
    [weak] weak
    [moderate] moderate
   *[strong] strong
} relevance
legend-link-pursues = Department pursues objective
legend-link-obliges = Commitment obliges department
legend-link-engages = Organisation engages department
legend-link-related = Related

## The report card chart

chart-title = Report card: scores out of 10
chart-mean = Mean of departments scored
chart-empty = No department has been scored yet
chart-empty-sentence = No department has been scored yet.
chart-end = { $label }  { $score }
chart-end-year = { $label }  { $score } in { $year }
chart-never-scored = Not scored in any year: { $names }.
chart-describe-years = Scores out of 10 of { $count } departments from { $first } to { $last }, with the mean per year.
chart-describe-year = Scores out of 10 of { $count } departments in { $year }.
chart-computed = Filled points: computed from the round's marks, { $formula }
chart-headline = Hollow points: headline figures, as published, with no marks behind them

## Gaps

gap-title-unlinked-objective = Objectives linked to no form of VAW
gap-title-unrecognised-link = Links the department does not make
gap-title-unchecked-link = Links nobody has checked yet
gap-title-department-without-vaw = Departments with no link to VAW
gap-title-single-form = Departments that see only one form of VAW
gap-title-health-and-justice-only = Forms of VAW left to health and justice
gap-title-unlinked-issue = Forms of VAW no department is linked to
gap-title-idle-commitment = Commitments that oblige no department
gap-title-not-scored = Departments not scored in the latest year

gap-unlinked-objective = { $owned ->
    [yes] The objective "{ $objective }" ({ $department }) is linked to no form of violence against women, so nothing shows how pursuing it could help end VAW.
   *[no] The objective "{ $objective }" is linked to no form of violence against women, so nothing shows how pursuing it could help end VAW.
}
gap-the-objective = { $owned ->
    [yes] the objective "{ $objective }" ({ $department })
   *[no] the objective "{ $objective }"
}
gap-unrecognised-link = { $issue } bears on { $target }, but the department does not make that link itself.
gap-unchecked-link = { $issue } bears on { $target }; nobody has checked yet whether the department makes that link itself.
gap-department-without-vaw = { $department } has no link to any form of violence against women: neither the department nor any of its objectives is linked to a VAW issue{ $obliged ->
    [0] {""}
    [one] , although a commitment on the map obliges it
   *[other] , although { $obliged } commitments on the map oblige it
}.
gap-single-form = { $department }'s links to VAW touch only { $only }; other forms of violence against women such as { $others } do not reach its work.
gap-unlinked-issue = { $issue } is linked to no department or objective: no part of government is shown to be responsible for it.
gap-health-and-justice-only = { $issue } reaches only { $sectors ->
    [both] the health and justice sectors
    [health] the health sector
   *[justice] the justice sector
} ({ $departments }): no education, welfare, labour, transport or foreign affairs department is linked to it.
gap-idle-commitment = { $commitment } obliges no department on this map, so no one is shown to be answerable for it.
gap-not-scored-before = { $department } has no score for { $latest }, the latest year scored. It was last scored { $score }/10 in { $year }.
gap-not-scored-never = { $department } has no score for { $latest }, the latest year scored. It has never been scored.

## The editor without a window: undo steps and messages

map-untitled = Untitled
new-node-label = { $kind ->
    [issue] New VAW issue
    [department] New department
    [objective] New objective
    [commitment] New commitment
   *[organisation] New organisation
}
step-add-node = { $kind ->
    [issue] Add VAW issue
    [department] Add department
    [objective] Add objective
    [commitment] Add commitment
   *[organisation] Add organisation
}
step-add-link = Add { $kind } link
step-add-any-link = Add link
step-delete-node = Delete node
step-delete-link = Delete link
step-delete-items = Delete { $count } items
step-pin = Pin
step-unpin = Unpin
step-place-nodes = Place nodes
step-relayout = Re-layout
step-tidy = Tidy selection
step-make-room = Make room
layout-stopped = The layout stopped without a result; the map was left as it was.
status-busy = The map is being laid out ({ $percent }%); edits wait until it is done.
status-not-done = Not done: { $reason }
status-relayout-running = Laying the map out afresh…
status-relayout-done = Laid the map out afresh (seed { $seed }, as `export --relayout --seed { $seed }` does); pinned nodes stayed. Undo takes it back; Re-layout again for another arrangement.
status-all-pinned = Every node is pinned: there is nothing to lay out. Unpin some first.
status-tidy-running = Tidying the selected nodes…
status-tidy-done = Tidied the selected nodes; the rest stayed where they are.
status-tidy-none = Select the unpinned nodes to tidy first.
status-undid = Undid { $step }
status-redid = Redid { $step }
status-nothing-to-undo = Nothing to undo
status-nothing-to-redo = Nothing to redo
status-undo-failed = Could not undo: { $reason }
status-redo-failed = Could not redo: { $reason }
link-no-such-node = No node has the id "{ $id }".
link-to-itself = A node cannot be linked to itself.
link-exists = These two nodes already have a "{ $kind }" link.
recovery-when = on { $date } at { $time }
recovery-when-unknown = at an unknown time

## The editor window

tab-filters = Filters
tab-views = Views
tab-gaps = Gaps

gaps-none = No gaps found: every objective is linked to a form of VAW, every link is made by its department, and every department is scored.
gaps-empty-map = The map is empty: add departments and forms of VAW to find gaps.
gaps-nothing-to-check = No gaps to find yet: gaps are found between departments, their objectives and forms of VAW; add some to the map.
gaps-count = { $count ->
    [one] { $count } finding. Click it to see it on the map.
   *[other] { $count } findings. Click one to see it on the map.
}
gaps-more = …and { $count } more; `sectormap check MAP --gaps` lists them all.

menu-file = File
menu-edit = Edit
menu-view = View
menu-present = Present
menu-layout = Layout
menu-relayout-all = Re-layout all
menu-tidy-selection = Tidy selection
menu-layout-note = Nodes stay where you put them; pinned nodes never move.
menu-new = New
menu-open = Open…
menu-open-recent = Open recent
menu-no-recent = No recent maps
menu-save = Save
menu-save-as = Save as…
menu-export = Export…
menu-quit = Quit
menu-undo = Undo
menu-undo-step = Undo { $step }
menu-redo = Redo
menu-redo-step = Redo { $step }
menu-delete-selected = Delete selected
menu-select-all = Select all
menu-zoom-fit = Zoom to fit
menu-zoom-in = Zoom in
menu-zoom-out = Zoom out
menu-legend = Legend
menu-title-source = Title and source
menu-focus-selected = Focus on selected node
menu-leave-focus = Leave focus
menu-panel = { $panel } panel
menu-report-panel = Report card panel
menu-inspector-panel = Inspector panel
menu-dark-theme = Dark theme
menu-language = Language
menu-present-first = Present from the first view
menu-present-current = Present from the current view
menu-save-view = Save canvas as new view

toolbar-add-hint = { $kind ->
    [issue] Add a new VAW issue in the middle of the view
    [department] Add a new department in the middle of the view
    [objective] Add a new objective in the middle of the view
    [commitment] Add a new commitment in the middle of the view
   *[organisation] Add a new organisation in the middle of the view
}
toolbar-connect = Connect
toolbar-connect-hint = Click a node, then another, to link them
toolbar-fit = Fit
toolbar-fit-hint = Zoom to fit (F)
toolbar-tidy = Tidy
toolbar-tidy-hint = Lay out the selected nodes again; the rest stay (Ctrl+L)
toolbar-relayout = Re-layout
toolbar-relayout-hint = Lay out every unpinned node afresh; undo takes it back (Ctrl+Shift+L)
toolbar-colour = Colour:

focus-on = Focus: { $name }
focus-steps = Steps
focus-narrow = Narrow the focus
focus-widen = Widen the focus
focus-others = Others
focus-dimmed = Dimmed
focus-hidden = Hidden
focus-save = Save as view
focus-save-hint = Save the focus as a view
focus-leave-hint = Leave focus mode
focus-keys = + and − widen and narrow; Esc leaves

filters-kinds = Kinds
filters-sectors = Sectors
filters-jurisdictions = Jurisdictions
filters-show-all = Show everything
filters-hidden = { $count ->
    [one] { $count } node hidden
   *[other] { $count } nodes hidden
}

search-hint = Search (Ctrl+F)
search-name = Search nodes
search-more = and { $count } more

views-new = + New
views-new-hint = New view from the canvas
views-none = No saved views. Arrange the canvas (filters, focus, colours, zoom), then save it as a view.
views-help = Click a view to show it. F5 presents them in this order.
views-name = Name
views-caption = Caption
views-show = Show
views-show-hint = Show this view
views-update = Update
views-update-hint = Update this view from the canvas
views-up = Move view up
views-down = Move view down
views-delete = Delete
views-delete-hint = Delete this view
views-name-empty = A view needs a name.
views-name-taken = Another view is called "{ $name }".
views-focus = { $count ->
    [one] Focus: { $name }, { $count } step
   *[other] Focus: { $name }, { $count } steps
}
views-filters = { $count ->
    [one] { $count } filter
   *[other] { $count } filters
}
views-colour-by = { $by ->
    [score] colour by score
    [sector] colour by sector
   *[kind] colour by kind
}
views-year = year { $year }
views-camera = saved camera
step-rename-view = Rename view
step-edit-caption = Edit caption
step-move-view = Move view
step-delete-view = Delete view

score-not-a-number = Type a number from 0 to 10.
score-out-of-range = A score is from 0 to 10.
year-not-a-number = Type a year, like 2006.
year-out-of-range = A year is from { $first } to { $last }.
typed-not-changed = { $field }: not changed. { $why }

step-score = Score { $year }
evidence-item = Evidence note { $n }
evidence-remove = Remove evidence note { $n }
evidence-add = Add evidence note

report-title = Report card
report-csv = CSV…
report-csv-hint = Export report card as CSV
report-png = Chart PNG…
report-png-hint = Export report card chart as PNG
report-svg = Chart SVG…
report-svg-hint = Export report card chart as SVG
report-no-departments = No departments on this map yet.
report-mean = Mean
report-sector = Sector
report-sort = Sort by { $column }
report-sort-order = { $order ->
    [highest] Sort by { $column }, highest first
   *[lowest] Sort by { $column }, lowest first
}
report-cell = { $department } score { $year }
report-no-change = no change
report-up = up { $change }
report-down = down { $change }
report-change = Change: { $words }
report-off = Off
report-latest = Latest
report-colour-by = Colour map by scores of
report-illustrative = illustrative
report-illustrative-note = { $year } is an illustrative round: its marks are made up to show how marking works.
report-computed-note = * Computed from the round's marks: { $formula }. Other scores are headline figures, as published.

inspector-link = Link
inspector-map = Map
inspector-selection = Selection
inspector-selected = { $nodes ->
    [one] { $nodes } node
   *[other] { $nodes } nodes
} and { $links ->
    [one] { $links } link
   *[other] { $links } links
} selected
inspector-pin-all = Pin all selected
inspector-unpin-all = Unpin all selected
inspector-tidy = Tidy selected
inspector-tidy-hint = Lay these out again; the rest stay (Ctrl+L)
inspector-kind = Kind
inspector-id = Id: { $id }
inspector-id-hint = The id is fixed; links and views refer to it.
inspector-label = Label
inspector-description = Description
inspector-tags = Tags (comma separated)
inspector-evidence = Evidence
inspector-fields = Fields
inspector-position = Position
inspector-pinned = Pinned where it is
step-edit-field = { $field ->
    [kind] Edit kind
    [label] Edit label
    [description] Edit description
    [tags] Edit tags
    [evidence] Edit evidence
    [fields] Edit fields
    [sector] Edit sector
    [jurisdiction] Edit jurisdiction
    [engagement] Edit engagement
   *[other] Edit { $field }
}
field-remove = Remove field { $name }
field-name = Field { $name }
field-new = New field name
field-new-hint = new field name
field-add = Add field
field-exists = A field with that name exists.

link-select-node = Select this node
link-kind = Link kind
link-reverse = Reverse direction
step-reverse-link = Reverse link
link-label = Link label
link-relevance = Relevance
link-strength = Strength
link-strength-1 = 1 weak
link-strength-2 = 2 moderate
link-strength-3 = 3 strong
link-recognised-label = Does the department make this link itself?
link-recognised-yes = Yes, in its own documents
link-recognised-no = No
link-recognised-unknown = Not checked yet
step-edit-link = { $field ->
    [kind] Edit link kind
    [label] Edit link label
    [strength] Edit link strength
    [recognised] Edit link recognised
    [evidence] Edit link evidence
   *[other] Edit link { $field }
}
map-nothing-selected = Nothing selected: these are the map's own fields.
map-title = Map title
map-subtitle = Subtitle
map-source = Source line
step-edit-map = { $field ->
    [title] Edit map title
    [subtitle] Edit map subtitle
    [source] Edit map source
   *[other] Edit map { $field }
}
map-on-this-map = On this map
map-counts = { $nodes ->
    [one] { $nodes } node
   *[other] { $nodes } nodes
}, { $links ->
    [one] { $links } link
   *[other] { $links } links
}
map-scores-for = Scores for { $year }
map-scores-from = Scores from { $first } to { $last }
map-no-scores = No scores yet

dept-sector = Sector
dept-use-sector = Use this sector
sector-health = health
sector-justice = law enforcement and criminal justice
sector-education = education
sector-welfare = social welfare
sector-labour = labour
sector-transport = transport
sector-foreign = foreign affairs
sector-cross-government = cross-government
dept-jurisdiction = Jurisdiction
dept-engagement = Engagement
dept-scores = Scores (out of 10)
dept-remove-score = Remove score for { $year }
step-remove-score = Remove score { $year }
dept-score-for = Score for { $year }
dept-score-source = Source of the { $year } score
dept-source-hint = source
step-score-source = Source of score { $year }
dept-new-year = New score year
dept-year-hint = year
dept-new-value = New score value
dept-add-score = Add score
dept-year-taken = { $year } already has a score.
dept-score-not-added = Score not added: { $why }
step-add-score = Add score { $year }

cancel = Cancel
export-title = Export picture
export-format = Format
export-size = Size
export-pixels = { $width } x { $height } pixels
export-background = Background
background-white = white
background-transparent = transparent
background-dark = dark
export-colour-by = Colour by
export-what = What
export-whole = Whole map
export-current = Current view (filters and visible area)
export-width = Width
export-width-name = Width in pixels
export-scale = Scale
export-no-scores = no scores
export-score-year = Score year

menu-select-ends = Select its two ends
menu-add-here = { $kind ->
    [issue] Add VAW issue here
    [department] Add department here
    [objective] Add objective here
    [commitment] Add commitment here
   *[organisation] Add organisation here
}
canvas-empty = This map is empty.
    Add a node with the toolbar above, or double-click here.
canvas-laying-out = Laying out { $nodes ->
    [one] { $nodes } node
   *[other] { $nodes } nodes
} and { $links ->
    [one] { $links } link
   *[other] { $links } links
}…
step-move-nodes = { $count ->
    [one] Move node
   *[other] Move { $count } nodes
}
canvas-connect-from = Connect from { $node }
canvas-connect-to = Connect: now click the node to link to (Esc to stop)
canvas-connect-from-hint = Connect: click the node to link from (Esc to stop)
node-rename = Rename
node-pin-here = Pin here
node-centre = Centre view here
node-focus = Focus here
node-focus-hint = Show this node's neighbourhood; dim the rest (.)
node-tidy-selected = Tidy selected nodes
node-tidy-this = Tidy this node
node-tidy-hint = Lay out again; the rest stay where they are (Ctrl+L)
rename-hint = Node label
rename-name = Rename node
picker-linked = Add a linked node here:
picker-node = Add a node here:

present-previous = ◀ Previous
present-previous-name = Previous view
present-next = Next ▶
present-next-name = Next view
present-text-size = Text size
present-smaller = Smaller text
present-larger = Larger text
present-contrast = High contrast (C)
present-keys = → / Page Down / Space: next · ← / Page Up: previous
present-leave = Leave (Esc)
present-leave-name = Leave presentation

status-hint = Double-click the canvas to add a node; drag a node's + handle onto another to link them.
status-zoom = { $percent }%
status-laying-out = Laying out
status-new-map = New map
status-opened = Opened { $path }
status-saved = Saved { $path }
status-exporting = Exporting { $path }…
status-exported = Exported { $path }
status-restored = Restored { $name } as it was { $when }. Save it to keep the changes.
status-view-saved = Saved what the canvas shows as "{ $name }"; type a name for it.
status-view-updated = "{ $name }" now shows the canvas as it is.
status-filters-cleared = Filters and focus were cleared to show these nodes.
status-report-written = Wrote the report card to { $path }
error-report = { $path }: the report card was not written: { $reason }
error-invalid-map = { $count ->
    [one] { $origin } has { $count } problem and was not opened
   *[other] { $origin } has { $count } problems and was not opened
}
error-not-opened = The map could not be opened
error-not-saved = The map was not saved
error-not-exported = The file was not written
error-recovery-off = Crash recovery is off: { $dir }: { $reason }
error-recovery-write = The recovery copy could not be written: { $reason }
error-not-restored = The lost changes could not be restored
error-copy-kept = The copy is kept at { $path }.
file-stem-map = map
file-report-card = { $stem }-report-card.{ $ext }
view-default-name = View { $n }
step-new-view = New view
step-update-view = Update view

dialog-open = Open
dialog-export = Export
dialog-map-files = Sectormap map
dialog-unsaved = Unsaved changes
dialog-unsaved-question = { $doing ->
    [new] Save the changes to { $name } before starting a new map?
    [open] Save the changes to { $name } before opening another map?
   *[close] Save the changes to { $name } before closing?
}
dialog-discard = Discard
dialog-open-title = Open a map
dialog-save-title = Save the map as
dialog-export-title = Export as { $format }
dialog-report-title = Export the report card as { $format }
dialog-no-chooser = No file chooser is available here; type the file's path.
dialog-path = File path
dialog-replace = Replace
dialog-ok = OK
dialog-is-folder = { $path } is a folder: add a file name to it.
dialog-no-folder = The folder { $folder } does not exist.
dialog-exists = { $backup ->
    [yes] { $path } already exists. Press Replace to overwrite it (the old version is kept as .bak).
   *[no] { $path } already exists. Press Replace to overwrite it.
}
recover-title = Restore unsaved changes?
recover-text = Sectormap ended without saving these maps. Their last unsaved changes were kept.
recover-kept = Changes kept { $when }
recover-restore = Restore
recover-later = Decide later

## Map languages and translations
menu-map-language = Map language
menu-map-language-own = { $name } ({ $tag }, the map's own)
menu-map-language-other = { $name } ({ $tag })
menu-map-language-none = Add translations in the inspector to show the map in another language.
translations-heading = Translations
translations-into = Into
translations-none = (none yet)
translations-tag-hint = tag, e.g. es
translations-tag-tooltip = A BCP 47 language tag: es, fr, ar, pt-BR...
translations-add = Add language
translations-written-in = Written in { $language }; empty fields show the original.
translations-field = { $field } in { $language }
translations-field-label = Label
translations-field-description = Description
translations-field-title = Title
translations-field-subtitle = Subtitle
translations-field-source = Source line
translations-caption = Caption in { $language }
translations-step-caption = Translate caption
map-language-field = Language of the map (e.g. en, es, ar)
map-language-bad = Not a language tag: use one like en, es, fr or ar.
shaped-on-map = On the map:

## Import and data export
menu-import = Import…
menu-export-data = Export data…
import-go = Import
import-files = Workbooks, CSV, GraphML, GEXF, Kumu
import-pick-title = Import a file
import-failed = Could not import { $path }
import-failed-title = The file could not be read
import-opened = Imported as a new map: save it to keep it.
import-undo = Import { $file }
import-merged = Merged. Elements: { $added } added; elements and links changed: { $changed }; links: { $links } added.
import-role-elements = elements
import-role-connections = connections
import-role-relevance = relevance matrix
import-role-report-card = report card
import-role-score-notes = score notes
import-role-map = map title and source
import-role-ignored = ignored (its name says so)
import-role-unknown = not readable: name it Elements, Connections, Relevance or Report card, or add (ignore) to its name
import-format-workbook = a workbook
import-format-map = a Sectormap map
import-title = Import { $file }
import-read-as = Read as { $format }.
import-sheet = Sheet “{ $name }”: { $role }, { $rows } rows
import-holds = The file holds { $nodes } elements and { $links } links.
import-as-new = Open it as a new map
import-merge = Merge it into this map
import-kinds-intro = Some element types are not Sectormap kinds. Choose what each is:
import-no-type = Elements with no type
import-type-count = { $name }: { $count ->
        [one] one element
       *[other] { $count } elements
    } (first at { $place })
import-choose-kind = Choose…
import-kind-for = Kind for { $name }
import-problems = { $count ->
        [one] One problem
       *[other] { $count } problems
    }: fix them in the file, or choose kinds above.
import-more = …and { $count } more
import-merge-counts = Elements: { $added } added, { $changed } changed, { $unchanged } unchanged. Links: { $links } added, { $changed_links } changed.
import-merge-rule = Elements match by ID, then by label and kind. Empty cells change nothing; nodes on the map keep their places. One undo takes the whole merge back.
import-left-alone = Left alone: { $problem }
data-title = Export data
data-xlsx = Workbook (.xlsx): Elements, Connections, Report card; reads back into Sectormap and Kumu
data-graphml = GraphML (.graphml): for Gephi and yEd, with positions and colours
data-gexf = GEXF 1.3 (.gexf): for Gephi, with positions, colours and typed attributes
data-kumu = Kumu blueprint (.kumu.json)
data-note = Translations and saved views stay in the map file only.
## Briefing pack (PDF)
briefing-label = Briefing pack
briefing-untitled = Untitled map
briefing-date = Date: { $date }
briefing-contents = Contents
briefing-part-cover = Cover
briefing-part-map = The whole map
briefing-part-views = Saved views
briefing-part-report = Report card
briefing-part-assessment = Assessment
briefing-part-gaps = Gaps in the response to VAW
briefing-department = Department
briefing-page = Page { $page } of { $count }
briefing-gaps-count = { $count ->
    [one] { $count } finding, grouped by rule.
   *[other] { $count } findings, grouped by rule.
}
menu-export-briefing = Export briefing…
briefing-dialog-title = Export briefing (PDF)
briefing-pages = Pages
briefing-all-views = All saved views
briefing-paper = Paper
briefing-orientation = Orientation
briefing-orientation-auto = Maps turned to fit
briefing-orientation-portrait = Portrait
briefing-orientation-landscape = Landscape
briefing-export = Export PDF…
briefing-no-parts = Choose at least one part.
## The assessment part of the briefing, and assessments on the web page
assess-heading = The { $year } assessment
assess-heading-illustrative = The { $year } assessment (illustrative)
assess-illustrative = This round is illustrative: its marks, evidence and replies are made up to show how marking works, and are not findings.
assess-source = Source: { $source }
assess-formula-heading = How the score is worked out
assess-formula = score = 10 × Σ weight × (level ÷ top level) ÷ Σ weight, over the applicable criteria marked with a level (not applicable and unmarked criteria left out)
assess-formula-mark = The mark that counts is the one both assessors settled on where they differed, else the first assessor's; each score says how many criteria it rests on.
assess-criteria = Criteria
assess-criterion = { $number }. { $title }
assess-weight = weight { $weight }
assess-applies-all = put to every department
assess-applies-sectors = put to departments in { $sectors }
assess-applies-linked = put to departments linked to { $names }
assess-cites = cites { $commitment }
assess-cites-clause = cites { $commitment }, { $clause }
assess-allows-na = may be marked not applicable
assess-guidance = Guidance: { $guidance }
assess-level = { $label }: { $description }
assess-marks = Marks by department
assess-score = Score
assess-marked = Marked
assess-of = { $marked } of { $applicable }
assess-na = N/A
assess-table-key = Columns 1 to { $count } are the criteria above. N/A: not applicable; –: not marked yet; empty: not put to this department. Scores out of 10, by the formula above.
assess-not-assessed = Not assessed in this round: { $names }.
assess-evidence-heading = Marks and evidence, department by department
assess-score-line = Score { $score } out of 10, on { $marked } of { $applicable } criteria.
assess-no-score = No score yet: { $marked } of { $applicable } criteria marked.
assess-replied = Reply: the department has replied.
assess-not-replied = Reply: none received yet.
assess-mark = { $criterion }: { $level }
assess-not-marked = not marked yet
assess-no-evidence = No evidence recorded.
assess-page = p. { $page }
assess-quote = “{ $quote }”
assess-dated = dated { $date }
assess-accessed = accessed { $date }
assess-reply-agrees = The department agrees: { $reason }
assess-reply-disagrees = The department disagrees: { $reason }
assess-reply-evidence = Its evidence: { $evidence }
assess-verdict-accepted = Decision: the department is right; the mark was changed.
assess-verdict-rejected = Decision: the mark stands.
assess-verdict-open = Decision: awaited.
assess-changes = Year on year: { $before } to { $year }
assess-changes-title = Year on year
assess-changes-first = The { $year } round is the first: there is nothing earlier to compare with.
assess-changes-rule = Marks are compared only where a criterion follows one of the { $before } round; a criterion changed too much to compare never is.
assess-not-comparable = Not compared (changed too much since { $before }): { $names }.
assess-new = New in { $year }: { $names }.
assess-change-department = { $name }: { $points } points on average
assess-most-improved = { $name }: { $points } points on average, the most improved
assess-change-criterion = { $criterion }: { $from } → { $to } ({ $points })
assess-reason = Why: { $reason }
assess-no-changes = No department has marks in both rounds on a criterion that can be compared.
## The web page (File > Export web page…, sectormap html)

menu-export-web = Export web page…
dialog-web-title = Export as a web page
dialog-web-embed = For embedding (no header, search or tables)
web-skip = Skip to the map
web-map-label = Map
web-map-role = interactive map
web-zoom = Zoom
web-zoom-in = Zoom in
web-zoom-out = Zoom out
web-zoom-fit = Show the whole map
web-story = Views
web-previous = Previous view
web-next = Next view
web-step = View { $number } of { $count }
web-whole-map = The whole map
web-keys = Drag or use the arrow keys to move the map, + and − to zoom, Tab to reach each node and Enter to open it. Page Down, Page Up or the arrow keys step through the views; / searches.
web-search-label = Search the map
web-search-placeholder = Name, description or tag
web-search-none = Nothing on the map matches.
web-close = Close
web-details-hint = Click a node (or press Enter on it) to see its description, evidence, scores and links.
web-views = Views
web-filters = Show
web-no-sector = No sector
web-jurisdiction = Jurisdiction
web-engagement = Engagement
web-tags = Tags
web-evidence = Evidence
web-scores = Scores by year
web-year = Year
web-score = Score
web-links = Links
web-link-note = strength { $strength } of 3, { $made }
web-recognised = the department makes this link
web-not-recognised = the department does not make this link
web-unchecked = nobody has checked yet whether the department makes this link
web-report-caption = Scores out of 10 by year; – means not scored.
web-computed = computed from the round's marks
web-gaps = Gaps
web-show-on-map = Show on map
web-made = Made with Sectormap. This page works offline and sends nothing anywhere.
