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
menu-filters-panel = Filters panel
menu-views-panel = Views panel
menu-gaps-panel = Gaps panel
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
import-notes = { $count ->
        [one] One thing was read differently from how the file has it:
       *[other] { $count } things were read differently from how the file has them:
    }
import-skip = Import { $nodes ->
        [one] the element
       *[other] the { $nodes } elements
    } and { $links ->
        [0] no link
        [one] the link
       *[other] the { $links } links
    } that read, and skip { $count ->
        [one] the problem listed
       *[other] the { $count } problems listed
    }
error-import-instead = { $file } is { $format ->
        [xlsx] a workbook
        [csv] a CSV file
        [graphml] a GraphML file
        [gexf] a GEXF file
       *[kumu] a Kumu blueprint
    }, not a Sectormap map. Import it to make a map of what it holds.
error-import-button = Import this file…
error-backup = A backup from the last save is beside it: { $backup }. Open the backup: the map opens as { $file }, its changes unsaved; saving then writes it in place of the broken file, which is kept as the backup.
error-backup-button = Open the backup
status-backup-opened = Opened the backup of { $file }: save to put it in place of the broken file.
import-merge-counts = Elements: { $added } added, { $changed } changed, { $unchanged } unchanged. Links: { $links } added, { $changed_links } changed.
import-merge-rule = Elements match by ID, then by label and kind. Empty cells change nothing; nodes on the map keep their places. One undo takes the whole merge back.
import-left-alone = Left alone: { $problem }
data-title = Export data
data-xlsx = Workbook (.xlsx): Elements, Connections, Report card, Rubric, Marks; reads back into Sectormap and Kumu
data-graphml = GraphML (.graphml): for Gephi and yEd, with positions and colours
data-gexf = GEXF 1.3 (.gexf): for Gephi, with positions, colours and typed attributes
data-kumu = Kumu blueprint (.kumu.json)
data-note = Translations and saved views stay in the map file only.
menu-export-reply-packs = Export reply packs…
reply-packs-title = Export reply packs
reply-packs-intro = One workbook per assessed department, named by its id, with our mark and evidence for each question and columns for the department to agree or disagree with its own evidence.
reply-packs-no-rounds = This map has no assessment round yet.
reply-packs-round = Round { $year }
reply-packs-round-illustrative = Round { $year } (illustrative)
reply-packs-count = { $count ->
        [one] One department is assessed in this round: one pack.
       *[other] { $count } departments are assessed in this round: { $count } packs.
    }
reply-packs-note = The assessors' private notes are never in a pack. Import a filled pack with File > Import…
reply-packs-export = Choose a folder…
reply-packs-folder-title = Folder for the reply packs of { $year }
reply-packs-is-file = { $path } is a file; choose a folder for the packs.
file-reply-packs = reply-packs-{ $year }
import-role-rubric = assessment rubric
import-role-marks = assessment marks
import-role-replies = a department's replies
import-role-pack = the reply pack's round and department
import-reply-pack = A reply pack from { $department } for { $year }: { $replies ->
        [one] one reply
       *[other] { $replies } replies
    }, { $disagreements ->
        [one] one disagreement
       *[other] { $disagreements } disagreements
    }.
import-reply-pack-rule = Each reply is shown beside our mark and never changes it. One undo takes the whole import back.
import-reply-agrees = { $criterion }: agrees
import-reply-disagrees = { $criterion }: disagrees
import-reply-skipped = { $criterion }: left blank ({ $place }), skipped
import-reply-nothing = These replies are already on the map: nothing to import.
import-replies-done = Replies from { $department } imported: { $replies } recorded.
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
briefing-gaps-views = { $count ->
    [one] { $count } of the { $total } findings on the map touches the views in this pack.
   *[other] { $count } of the { $total } findings on the map touch the views in this pack, grouped by rule.
}
briefing-view-framed = Framed on { $node } and what lies within { $depth ->
    [one] one link
   *[other] { $depth } links
} of it; the rest of the map is left out.
briefing-map-larger = Set on { $paper } { $turn ->
    [landscape] landscape
   *[portrait] portrait
} so that no text on the map is smaller than 6 pt.
briefing-map-overview = Too dense to print whole with no text smaller than 6 pt, the map is cut into { $count } parts, outlined and numbered here; each follows on a page of its own, then an index of the part each element is in.
briefing-map-overview-alt = The whole map without its words, cut into { $count } numbered parts
briefing-map-legend-alt = Legend
briefing-map-part = Part { $part } of { $count }: { $title }
briefing-map-part-note = Row { $row }, column { $column } on the overview; what is cut at the edges is whole on the part beside.
briefing-map-index = Index: { $title }
briefing-map-index-note = Each element and the part it is drawn whole in, numbered as on the overview.
briefing-map-index-element = Element
briefing-map-index-kind = Kind
briefing-map-index-part = Part
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

## Asks: what a department is asked to do (worded in the map's language)
ask-recognise-objective = Recognise that { $issue } bears on your objective of { $objective }.
ask-recognise-department = Recognise that { $issue } bears on your work.
ask-criterion = { $criterion }: { $next }
ask-commitment = Deliver what { $commitment } obliges you to do.
ask-commitment-clause = Deliver what { $commitment } obliges you to do ({ $clause }).
ask-address-issue = Address { $issue } in your own strategy and objectives: it bears on your work, but you do not yet make any of its links yourself.

## Department briefs (in the map's language)
brief-title = What we ask of { $department }
brief-date = { $date }
brief-from-map = from the map “{ $map }”
brief-empty = Nothing on this map links { $department } to violence against women yet: no form of violence bears on it or on its objectives, and no commitment obliges it. Link its objectives to the forms of VAW they touch, and this brief will say what to ask of it.
brief-why = Why violence against women is your business
brief-why-nothing = No form of violence against women is linked to you or to your objectives on this map yet: what is asked of you below comes from the commitments that oblige you.
brief-objective = Your objective “{ $objective }”: { $list }.
brief-objective-quoted = Your objective “{ $objective }” (in your words: “{ $words }”): { $list }.
brief-direct = Your work as a whole: { $list }.
brief-nothing-bears = no form of violence against women is linked to it yet
brief-bearing = { $issue } bears on it { $strength }, and { $made }
brief-strength-1 = a little
brief-strength-2 = clearly
brief-strength-3 = strongly
brief-made = you make this link yourself
brief-not-made = you do not make this link yourself
brief-unchecked = nobody has checked yet whether you make this link
brief-asks = What we ask of you
brief-no-asks = Nothing more is asked of you on this map.
brief-asks-count = { $count ->
    [one] One ask
   *[other] { $count } asks
}, { $urgent } of them urgent.
brief-urgency-urgent = Urgent
brief-urgency-important = Important
brief-urgency-to-consider = To consider
brief-scores = How you scored
brief-not-scored = You have not been scored yet.
brief-year = Year
brief-score = Score
brief-change = Change
brief-computed = * computed from the marks of that year's assessment, by the published formula: 10 × the weighted share of the top level reached, over the criteria that apply.
brief-no-score-yet = no score yet
brief-marks = Your marks in { $year }: { $score }
brief-illustrative = an illustrative round, not real findings
brief-not-marked = not marked yet
brief-not-applicable = not applicable
brief-replied = You have replied to this assessment.
brief-not-replied = You have not replied to this assessment yet.
brief-commitments = The commitments that oblige you
brief-no-commitments = No commitment on this map obliges you yet.
brief-picture = Where you are on the map
brief-picture-alt = { $department }, its objectives, the forms of violence against women bearing on them, and the commitments and organisations around it, as the map draws them.
brief-picture-small = At the width of this page some words on the picture are smaller than 6 pt: the PDF brief sets the picture large enough to read on paper.

## Assessments: the Assessment panel, marking, colouring the map by a criterion
color-by-criterion = Criterion
scene-coloured-criterion = departments coloured by their level on “{ $criterion }” in { $year }
scene-coloured-criterion-none = departments coloured by a criterion (none chosen)
legend-fill-criterion = { $kind } (fill: level)
legend-criterion = { $criterion } ({ $year })
legend-criterion-none = No criterion chosen
legend-not-applicable = not applicable
legend-not-marked = not marked
menu-assess-panel = Assessment panel
marking-title = Assessment
marking-round = Round
marking-no-round = none
marking-no-rounds = No assessment round yet. Make one with “New round…”.
marking-round-illustrative = { $year } (illustrative)
marking-new-round = New round…
marking-new-round-title = New round
marking-new-round-year = Year of the new round
marking-round-exists = There is already a { $year } round.
marking-from-starter = Questions of the starter rubric
marking-copy-round = Questions of the { $year } round, each following it
marking-copy-none = Copy the round before (there is none)
marking-create-round = Make the round
marking-starter-error = The starter rubric cannot be read: { $why }
marking-second = Second marking (blind)
marking-second-hint = Mark as the second assessor: your marks go to the second mark, and the first marks are hidden everywhere until you switch this off.
marking-you = You:
marking-your-name = Your name
marking-default-name = Assessor
marking-name-ask = Your name is recorded with every change you make to an answer.
marking-name-keep = Use “{ $name }”
marking-tab-marks = Marks
marking-tab-disagreements = { $count ->
    [0] Disagreements
   *[other] Disagreements ({ $count })
}
marking-tab-agreement = Agreement
marking-colour-by = Colour the map by
marking-colour-off = no criterion
marking-colour-this = Colour the map by this criterion
marking-colour-elsewhere = The criterion is chosen in the Assessment panel.
marking-source = Source: { $source }
marking-illustrative = Illustrative
marking-illustrative-hint = The marks of this round are made up to show how marking works; they are not real findings.
marking-progress = Marked { $marked } of { $total } · with evidence { $evidenced } · missing { $missing } · stale evidence { $stale } · assessors differ { $disputed } · replies to decide { $replies }
marking-progress-second = Second-marked { $marked } of { $total }
marking-score-heading = Score
marking-reply-heading = Reply
marking-score = { $score } ({ $marked } of { $applicable })
marking-score-basis = Computed from { $marked } of the { $applicable } criteria put to this department ({ $na } not applicable).
marking-formula = Score = 10 × Σ weight × (level ÷ top level) ÷ Σ weight, over the criteria that apply and are marked with a level; criteria not applicable or not yet marked are left out.
marking-score-of = Score of { $department }
marking-hidden = hidden
marking-hidden-hint = Hidden while second marking, so the first marks stay blind.
marking-replied = replied
marking-replied-open = { $count ->
    [one] replied · { $count } to decide
   *[other] replied · { $count } to decide
}
marking-not-replied = not replied
marking-cell = { $department }, { $criterion }
marking-does-not-apply = “{ $criterion }” is not put to this department.
marking-flags-key = ∅ marked without evidence · ◷ stale evidence · ⇄ the two assessors differ · ↩ a reply to decide · “·” not put to the department
marking-flag-no-evidence = no evidence
marking-flag-stale = stale evidence
marking-flag-disputed = the assessors differ
marking-flag-reply = reply to decide
marking-na = Not applicable
marking-na-hint = The criterion does not apply to this department this round.
marking-not-marked = not marked
marking-close-answer = Close the answer
marking-in-round = round { $year }
marking-cites = Cites { $commitment }: { $clause }
marking-not-put = This criterion is not put to this department (it does not apply); a mark here does not count.
marking-mark = Mark
marking-choose = Mark as { $level }
marking-clear = Clear the mark
marking-clear-hint = Leave the criterion not marked
marking-marked-by = Marked by { $name }
marking-second-was = Second mark: { $mark } (by { $name })
marking-settled-on = Settled on: { $mark }
marking-to-settle = The two assessors differ: settle it under Disagreements.
marking-last-round = Last round ({ $year }): { $mark }
marking-not-comparable = not comparable
marking-change-reason = Why the mark changed since last round
marking-second-mark = Second mark (blind)
marking-blind-note = The first mark is hidden until second marking is switched off.
marking-second-notes = Notes of the second assessor
marking-notes = Private notes
marking-notes-hint = Never sent to the department
marking-history = { $count ->
    [one] History ({ $count } change)
   *[other] History ({ $count } changes)
}
marking-history-line = { $when } · { $who }: { $what }
marking-evidence = { $count ->
    [0] Evidence
   *[other] Evidence ({ $count })
}
marking-no-evidence = No evidence yet.
marking-evidence-item = Evidence { $n }
marking-evidence-remove = Remove evidence { $n }
marking-evidence-add = Add evidence
marking-evidence-field = Evidence { $n }: { $field }
marking-evidence-title = Title
marking-evidence-link = Link or file
marking-evidence-page = Page
marking-evidence-quote = Quote
marking-evidence-date = Document date
marking-evidence-accessed = Accessed
marking-evidence-not-date = Not a date: write it as 2008-03-31, 2008-03 or 2008.
marking-evidence-open = Open the link
marking-stale = stale: dated { $date }
marking-stale-hint = The document is dated before the year before the round; look for a newer one.
marking-reply = The department’s reply
marking-no-reply = No reply yet.
marking-coalition-mark = The coalition’s mark
marking-department-says = The department
marking-reply-agrees = Agrees
marking-reply-disagrees = Disagrees
marking-reply-reason = Reason: { $reason }
marking-reply-evidence = Its evidence: { $evidence }
marking-accept = Accept
marking-accept-hint = The department is right. The mark does not change by itself: change it above, as a step of its own.
marking-reject = Reject
marking-reject-hint = The mark stands.
marking-accepted = Accepted: change the mark above to what the reply shows, as a step of its own.
marking-rejected = Rejected: the mark stands.
marking-undecide = Decide again
marking-differ = { $first } ({ $by }) and { $second } ({ $other })
marking-open = Open
marking-settle-on = Settle on:
marking-settle = Settle { $department }, { $criterion } on { $mark }
marking-no-disagreements = No open disagreements in this round.
marking-agreement-intro = How often the two assessors gave the same mark, and Cohen’s kappa (agreement beyond chance: 1 is full, 0 no better than chance). A low kappa suggests the criterion is vague.
marking-criterion = Criterion
marking-pairs = Marked by both
marking-agreed = Same mark
marking-rate = Agreement
marking-kappa = Kappa
marking-vague = Low agreement beyond chance: the criterion may be vague.
marking-no-kappa = No kappa: no pairs yet, or both always gave one and the same mark.
marking-not-put-short = not put
inspector-marks = Assessment { $year }
inspector-marks-score = Score: { $score }
inspector-asks = Asks ({ $count })
inspector-asks-hint = What the brief asks of this department, most urgent first. The words come from the map until you change them.
inspector-ask-urgency = Urgency of ask { $n }
inspector-ask-text = Ask { $n }
inspector-ask-up = Move ask { $n } up
inspector-ask-down = Move ask { $n } down
inspector-ask-drop = Drop
inspector-ask-drop-n = Drop ask { $n }
inspector-ask-restore = Restore
inspector-ask-restore-n = Restore ask { $n }
inspector-ask-dropped = dropped
inspector-ask-dropped-hint = Left out of the brief: Restore puts it back.
inspector-ask-own = your own
inspector-ask-edited = changed
inspector-ask-new = New ask
inspector-ask-new-hint = An ask of your own
inspector-ask-add = Add an ask
inspector-ask-needs-words = An ask of your own needs its words: drop it instead.
step-ask-urgency = Change an ask's urgency
step-ask-text = Reword an ask
step-ask-move = Move an ask
step-ask-drop = Drop an ask
step-ask-restore = Restore an ask
step-ask-add = Add an ask
log-mark = mark: { $from } → { $to }
log-second = second mark: { $mark }
log-second-notes = notes of the second assessor
log-settled = settled on { $mark }
log-notes = private notes
log-change-reason = why the mark changed
log-evidence-added = evidence added
log-evidence-removed = evidence { $n } removed
log-reply-accepted = reply accepted
log-reply-rejected = reply rejected
log-reply-reopened = reply to decide again
log-reply-agrees = reply received: agrees with the mark
log-reply-disagrees = reply received: disagrees with the mark
log-the-department = the department
step-marking-answer = Answer of { $department } to “{ $criterion }”
step-marking-round = New round { $year }
report-year-illustrative = { $year } (illustrative)
report-computed = computed
report-computed-hint = Computed from the round’s marks by the published formula.
report-computed-key = ∑ computed from the round’s marks by the published formula (hover for it); the other scores are headline figures.
report-headline-hint = A headline figure: typed, with no marking behind it.
marking-kappa-low = { $kappa } · vague?
menu-export-briefs = Export briefs…
briefs-title = Export briefs
briefs-intro = One brief per department, named by its id: why violence against women is its business, what is asked of it (most urgent first), how it scored, the commitments that oblige it and a picture of its neighbourhood on the map.
brief-dialog-title = Export brief
brief-dialog-intro = The brief of { $department }: why violence against women is its business, what is asked of it (most urgent first), how it scored, the commitments that oblige it and a picture of its neighbourhood on the map.
briefs-pdf = PDF (.pdf): to print or send as it is
briefs-docx = Word (.docx): to edit before sending
briefs-html = Web page (.html): one offline page
briefs-count = { $count ->
        [0] This map has no departments.
        [one] One department: one brief.
       *[other] { $count } departments: { $count } briefs.
    }
briefs-note = The briefs show the map in the language on screen, dated today. The command line writes the same files: sectormap brief MAP --all FOLDER.
briefs-export = Choose a folder…
brief-dialog-export = Choose a file…
briefs-folder-title = Folder for the briefs ({ $format })
briefs-is-file = { $path } is a file; choose a folder for the briefs.
file-briefs = briefs
status-exported-files = Exported { $count ->
        [one] one file
       *[other] { $count } files
    } into { $path }
node-export-brief = Export brief…
node-neighbourhood-view = Save a view of its neighbourhood
node-neighbourhood-view-hint = A saved view named after the department showing what its brief pictures: the department, its objectives, the forms of VAW bearing on them, its commitments and organisations.
step-neighbourhood-view = Save view { $name }
gaps-asks-title = Asks per department
gaps-asks-hint = How many asks each department's brief makes of it. Click one to select the department.
gaps-asks-row = { $department }: { $count ->
        [one] one ask
       *[other] { $count } asks
    }
report-asks = Asks
report-asks-cell = Asks of { $department }
report-asks-hint = How many asks the department's brief makes of it. Click to select it on the map.
brief-dialog-note = The brief shows the map in the language on screen, dated today. The command line writes the same file: sectormap brief MAP --department ID -o FILE.
disk-changed-title = { $name } changed on disk since you opened it
disk-changed-text = Someone else (another editor, a script) saved { $name } after you opened or last saved it. Saving now would replace their version.
disk-merge-counts = Merging their version adds { $added } elements and { $links } links and changes { $changed } elements and links; nothing of yours or theirs is taken away.
disk-merge = Merge their version into mine
disk-clean-text = You have no unsaved changes: reload to see their version.
disk-reload = Reload their version
disk-save-new = Save mine as a new file…
disk-unreadable = Their version cannot be read: { $reason }
disk-merge-undo = Merge the version on disk
disk-merged = Merged the version on disk: { $added } elements and { $links } links added, { $changed } changed. Save to write both.
disk-reloaded = Reloaded { $path }

## Sharing a map with others (File > Share through a folder…, Merge changes from…, the Changes panel)
share-restored = The value is back, as your change. Save to keep it.
status-undo-others = Not undone: it would take back changes others made since. Change it by hand instead.
status-redo-others = Not redone: it would take back changes others made since. Change it by hand instead.
menu-share = Share through a folder…
menu-merge-changes = Merge changes from…
menu-changes-panel = Changes panel
tab-changes = Changes
fold-inspector = Inspector (folded: the window is narrow)
fold-report = Report card ▴
fold-close = Fold this panel away
share-title = Share this map through a folder
share-text = Sharing makes a folder called { $folder } beside the map. Everyone's Sectormap writes its changes there, in a file of its own, and merges everyone else's as they arrive: nobody's work is overwritten. Keep the map and the folder together on a drive you all use (a shared drive, Dropbox, Syncthing).
share-email-text = No shared drive? Send your file from the folder by email: File > Merge changes from… takes it in.
share-name = Your name
share-name-hint = Others see it beside your changes.
share-go = Share
share-join-title = { $map } is shared
share-join-text = Others edit this map through the folder { $folder }. Give the name others will see beside your changes, then your changes and theirs merge as you work.
share-join = Join
share-alone = This map is shared, but there is no data folder to keep who you are in: it is open on its own, and saving it is checked like any map.
share-join-failed = The shared folder could not be read, so the map is open on its own: { $reason }
share-joined = Shared map: { $devices ->
    [one] only you so far
   *[other] { $devices } people's changes merged
}.
share-arrived = Changes from { $names } arrived ({ $count ->
    [one] one change
   *[other] { $count } changes
}).
share-shared-title = This map is shared
share-shared-text = It is shared through the folder { $folder }, with { $devices ->
    [one] no one else yet
   *[other] { $devices } people's files
}.
share-you-are = You are { $name }.
share-no-data-dir = There is no data folder to keep who you are in. Set SECTORMAP_DATA_DIR to a folder and start Sectormap again.
share-not-possible = The map cannot be shared
share-done-title = The map is shared
share-done-text = The folder is { $folder }. Keep it beside the map, on a drive the others use; their changes will arrive as they save.
share-done-status = Shared through { $folder }
share-indicator = Shared · { $devices ->
    [one] 1 person
   *[other] { $devices } people
}
share-indicator-hint = Shared through { $folder }. The Changes panel shows others' work.
menu-connect-live = Connect to a sync server…
menu-disconnect-live = Disconnect from the sync server
live-title = Connect to a sync server
live-text = While connected, your edits go to everyone working on the same document on the server as you make them, and theirs reach you within a second.
live-shares = This map is not shared yet: connecting shares it through a folder beside it first.
live-url = Server address
live-document = Document name
live-token = Token
live-token-hint = The password the server asks for (prefilled from { $variable }).
live-go = Connect to the server
live-not-possible = Cannot connect to a sync server
live-untitled = Save the map before connecting it to a sync server.
live-failed = Not connected: { $reason }
live-connected = Live on { $url }: your edits go out as you make them.
live-indicator = Live · { $url }
live-lost = Sync server lost: { $reason }; your changes are kept and go out when you reconnect.
live-disconnected = Disconnected from { $url }; your changes are kept.
live-not-connected = The map is not connected to a sync server.
merge-pick-title = Merge changes from another person's file
merge-files = Sectormap change files
merge-untitled = Save the map first: only a saved map can be shared and take in others' changes.
merge-failed-title = The changes could not be merged
merge-title = Merge changes from { $file }
merge-from = Changes by { $names }.
merge-nothing = Nothing new: this map already has every change in the file.
merge-counts = Merging adds { $added }, changes { $changed } and removes { $removed } elements, links and parts of the map:
merge-conflicts = { $count ->
    [one] One value was set by two people at once: the one that lost is kept in the Changes panel, where you can restore it.
   *[other] { $count } values were set by two people at once: the ones that lost are kept in the Changes panel, where you can restore them.
}
merge-shares = This map is not shared yet. Merging shares it through a folder beside it, starting from this file: the map becomes what the file holds (the changes listed above), and from then on your changes and theirs merge as you both work.
merge-go = Merge
merge-share-go = Share and merge
merge-done = Merged changes from { $names }. Save to keep them.
merge-done-saved = Merged changes from { $names }; the map is shared and saved.
changes-not-shared = This map is not shared. Share it through a folder and others' changes will show here as they arrive.
changes-shared = Shared through { $folder }
changes-people = { $devices ->
    [one] Only you so far
   *[other] { $devices } people
} · you are { $name }
changes-added-nodes = Added { $count ->
    [one] one element
   *[other] { $count } elements
}
changes-added-links = Added { $count ->
    [one] one link
   *[other] { $count } links
}
changes-changed-nodes = Changed { $count ->
    [one] one element
   *[other] { $count } elements
}
changes-changed-links = Changed { $count ->
    [one] one link
   *[other] { $count } links
}
changes-changed = Changed the { $kind ->
    [link] link
   *[node] element
} { $label }
changes-more-fields = …and { $count } more changes, not listed
changes-kept = Values that lost ({ $count })
changes-kept-hint = Two people set these at once; the other value won. Restore puts yours (or theirs) back.
changes-kept-who = Set by { $by }, replaced by { $over }'s
changes-restore = Restore
changes-restore-named = Restore { $field } of { $label }
changes-records = Others' changes
changes-none = No changes from others yet.
changes-someone = someone
changes-revived = { $deleted } deleted the { $kind ->
    [link] link
   *[node] element
} { $label } while { $changed } changed it: it was kept.
changes-dismiss = Dismiss
changes-dismiss-named = Dismiss the notice about { $label }
changes-deleted = Deleted the { $kind ->
    [link] link
    [map] map's
   *[node] element
} { $label }
changes-added = Added the { $kind ->
    [link] link
   *[node] element
} { $label }
changes-map-part = The map's { $part }
changes-the-map = The map
changes-more = and { $count } more
