# Sectormap, français. Mêmes messages et variables qu'en anglais (en).

## Types d'éléments de la carte

kind-issue = Forme de violence
kind-department = Ministère
kind-objective = Objectif
kind-commitment = Engagement
kind-organisation = Organisation

link-pursues = poursuit
link-relevant = concerne
link-obliges = oblige
link-engages = collabore avec
link-related = lié à

link-name-pursues = poursuit
link-name-relevant = pertinent
link-name-obliges = oblige
link-name-engages = collabore
link-name-related = lié

engagement-committed = Engagé
engagement-open = Ouvert
engagement-resistant = Réticent
engagement-unknown = Inconnu

color-by-kind = Type
color-by-score = Note
color-by-sector = Secteur

list-and = { $first } et { $last }
list-more = { $first } et { $count } autres

count-nodes = { $count ->
    [one] { $count } nœud
   *[other] { $count } nœuds
}
count-links = { $count ->
    [one] { $count } lien
   *[other] { $count } liens
}

## L'image : légende, notes, description

scene-untitled = Carte Sectormap
scene-count-kind = { $count } { $kind ->
    [issue] { $count ->
        [one] forme de violence
       *[other] formes de violence
    }
    [department] { $count ->
        [one] ministère
       *[other] ministères
    }
    [objective] { $count ->
        [one] objectif
       *[other] objectifs
    }
    [commitment] { $count ->
        [one] engagement
       *[other] engagements
    }
   *[organisation] { $count ->
        [one] organisation
       *[other] organisations
    }
}
scene-no-nodes = aucun nœud
scene-coloured-kind = couleurs par type
scene-coloured-score-year = ministères colorés selon leur note de { $year }
scene-coloured-score-none = ministères colorés selon leur note (aucune note)
scene-coloured-sector = ministères colorés par secteur
scene-description = Carte de { $links } liens entre { $nodes } ; { $colour }.

badge-score = { $score }/10 en { $year }
badge-not-scored-in = non noté en { $year }
badge-not-scored = non noté

legend-nodes = Nœuds
legend-links = Liens
legend-sector = Secteur
legend-no-sector = aucun secteur indiqué
legend-fill-score = { $kind } (fond : note)
legend-fill-sector = { $kind } (fond : secteur)
legend-tint-sector = { $kind } (teinte : secteur de son ministère)
legend-score-year = Note du ministère en { $year }, sur 10
legend-score-none = Note du ministère, sur 10 (pas encore de notes)
legend-not-scored = non noté
legend-relevant-made = Pertinent, et le ministère reconnaît le lien
legend-relevant-not-made = Pertinent, mais le ministère ne reconnaît pas le lien
legend-relevant-unchecked = Pertinent ; reste à vérifier si le ministère reconnaît le lien
legend-strength = Intensité { $strength } : pertinence { $word ->
    [weak] faible
    [moderate] moyenne
   *[strong] forte
}
legend-link-pursues = Le ministère poursuit l'objectif
legend-link-obliges = L'engagement oblige le ministère
legend-link-engages = L'organisation collabore avec le ministère
legend-link-related = Lié

## Le graphique du bulletin de notes

chart-title = Bulletin de notes : notes sur 10
chart-mean = Moyenne des ministères notés
chart-empty = Aucun ministère n'a encore été noté
chart-empty-sentence = Aucun ministère n'a encore été noté.
chart-end = { $label }  { $score }
chart-end-year = { $label }  { $score } en { $year }
chart-never-scored = Jamais notés : { $names }.
chart-describe-years = Notes sur 10 de { $count } ministères de { $first } à { $last }, avec la moyenne de chaque année.
chart-describe-year = Notes sur 10 de { $count } ministères en { $year }.
chart-computed = Points pleins : calculés à partir des notes de la campagne, { $formula }
chart-headline = Points creux : chiffres globaux publiés, sans notes derrière eux

## Lacunes

gap-title-unlinked-objective = Objectifs liés à aucune forme de violence
gap-title-unrecognised-link = Liens que le ministère ne reconnaît pas
gap-title-unchecked-link = Liens pas encore vérifiés
gap-title-department-without-vaw = Ministères sans lien avec la violence à l'égard des femmes
gap-title-single-form = Ministères qui ne voient qu'une forme de violence
gap-title-health-and-justice-only = Formes de violence laissées à la santé et à la justice
gap-title-unlinked-issue = Formes de violence auxquelles aucun ministère n'est lié
gap-title-idle-commitment = Engagements qui n'obligent aucun ministère
gap-title-not-scored = Ministères non notés la dernière année

gap-unlinked-objective = { $owned ->
    [yes] L'objectif « { $objective } » ({ $department }) n'est lié à aucune forme de violence à l'égard des femmes : rien ne montre en quoi le poursuivre pourrait aider à y mettre fin.
   *[no] L'objectif « { $objective } » n'est lié à aucune forme de violence à l'égard des femmes : rien ne montre en quoi le poursuivre pourrait aider à y mettre fin.
}
gap-the-objective = { $owned ->
    [yes] l'objectif « { $objective } » ({ $department })
   *[no] l'objectif « { $objective } »
}
gap-unrecognised-link = { $issue } concerne { $target }, mais le ministère ne reconnaît pas lui-même ce lien.
gap-unchecked-link = { $issue } concerne { $target } ; personne n'a encore vérifié si le ministère reconnaît lui-même ce lien.
gap-department-without-vaw = { $department } : aucun lien avec une forme de violence à l'égard des femmes ; ni le ministère ni aucun de ses objectifs n'est lié à une forme de violence{ $obliged ->
    [0] {""}
    [one] , alors qu'un engagement de la carte l'y oblige
   *[other] , alors que { $obliged } engagements de la carte l'y obligent
}.
gap-single-form = Les liens de { $department } avec la violence à l'égard des femmes ne concernent que { $only } ; d'autres formes de violence, comme { $others }, ne touchent pas son action.
gap-unlinked-issue = Aucun ministère ni objectif n'est lié à { $issue } : aucune partie du gouvernement n'en apparaît responsable.
gap-health-and-justice-only = { $issue } ne touche que { $sectors ->
    [both] les secteurs de la santé et de la justice
    [health] le secteur de la santé
   *[justice] le secteur de la justice
} ({ $departments }) : aucun ministère de l'éducation, des affaires sociales, du travail, des transports ou des affaires étrangères n'y est lié.
gap-idle-commitment = { $commitment } n'oblige aucun ministère sur cette carte : personne n'apparaît tenu d'en rendre compte.
gap-not-scored-before = { $department } n'a pas de note pour { $latest }, la dernière année notée. Sa dernière note était { $score }/10 en { $year }.
gap-not-scored-never = { $department } n'a pas de note pour { $latest }, la dernière année notée. Aucune note ne lui a jamais été attribuée.

## L'éditeur sans fenêtre : étapes d'annulation et messages

map-untitled = Sans titre
new-node-label = { $kind ->
    [issue] Nouvelle forme de violence
    [department] Nouveau ministère
    [objective] Nouvel objectif
    [commitment] Nouvel engagement
   *[organisation] Nouvelle organisation
}
step-add-node = { $kind ->
    [issue] Ajouter une forme de violence
    [department] Ajouter un ministère
    [objective] Ajouter un objectif
    [commitment] Ajouter un engagement
   *[organisation] Ajouter une organisation
}
step-add-link = Ajouter un lien « { $kind } »
step-add-any-link = Ajouter un lien
step-delete-node = Supprimer le nœud
step-delete-link = Supprimer le lien
step-delete-items = Supprimer { $count } éléments
step-pin = Épingler
step-unpin = Désépingler
step-place-nodes = Placer les nœuds
step-relayout = Redisposer
step-tidy = Ranger la sélection
step-make-room = Faire de la place
layout-stopped = La disposition s'est arrêtée sans résultat ; la carte est restée telle quelle.
status-busy = Disposition de la carte en cours ({ $percent } %) ; les modifications attendent qu'elle soit terminée.
status-not-done = Non effectué : { $reason }
status-relayout-running = Nouvelle disposition de la carte…
status-relayout-done = Carte entièrement redisposée (graine { $seed }, comme `export --relayout --seed { $seed }`) ; les nœuds épinglés n'ont pas bougé. Annuler revient en arrière ; redisposez encore pour une autre disposition.
status-all-pinned = Tous les nœuds sont épinglés : il n'y a rien à disposer. Désépinglez-en d'abord quelques-uns.
status-tidy-running = Rangement des nœuds sélectionnés…
status-tidy-done = Nœuds sélectionnés rangés ; les autres sont restés en place.
status-tidy-none = Sélectionnez d'abord les nœuds non épinglés à ranger.
status-undid = Annulé : { $step }
status-redid = Rétabli : { $step }
status-nothing-to-undo = Rien à annuler
status-nothing-to-redo = Rien à rétablir
status-undo-failed = Impossible d'annuler : { $reason }
status-redo-failed = Impossible de rétablir : { $reason }
link-no-such-node = Aucun nœud n'a l'identifiant « { $id } ».
link-to-itself = Un nœud ne peut pas être lié à lui-même.
link-exists = Ces deux nœuds ont déjà un lien « { $kind } ».
recovery-when = le { $date } à { $time }
recovery-when-unknown = à une date inconnue

## La fenêtre de l'éditeur

tab-filters = Filtres
tab-views = Vues
tab-gaps = Lacunes

gaps-none = Aucune lacune : chaque objectif est lié à une forme de violence, chaque lien est reconnu par son ministère et chaque ministère est noté.
gaps-empty-map = La carte est vide : ajoutez des ministères et des formes de violence pour trouver des lacunes.
gaps-nothing-to-check = Pas encore de lacunes à chercher : elles se trouvent entre les ministères, leurs objectifs et les formes de violence ; ajoutez-en à la carte.
gaps-count = { $count ->
    [one] { $count } constat. Cliquez dessus pour le voir sur la carte.
   *[other] { $count } constats. Cliquez sur l'un d'eux pour le voir sur la carte.
}
gaps-more = …et { $count } autres ; `sectormap check CARTE --gaps` les liste tous.

menu-file = Fichier
menu-edit = Édition
menu-view = Affichage
menu-present = Présenter
menu-layout = Disposition
menu-relayout-all = Tout redisposer
menu-tidy-selection = Ranger la sélection
menu-layout-note = Les nœuds restent là où vous les placez ; les nœuds épinglés ne bougent jamais.
menu-new = Nouveau
menu-open = Ouvrir…
menu-open-recent = Ouvrir un fichier récent
menu-no-recent = Aucune carte récente
menu-save = Enregistrer
menu-save-as = Enregistrer sous…
menu-export = Exporter…
menu-quit = Quitter
menu-undo = Annuler
menu-undo-step = Annuler : { $step }
menu-redo = Rétablir
menu-redo-step = Rétablir : { $step }
menu-delete-selected = Supprimer la sélection
menu-select-all = Tout sélectionner
menu-zoom-fit = Ajuster à la fenêtre
menu-zoom-in = Zoom avant
menu-zoom-out = Zoom arrière
menu-legend = Légende
menu-title-source = Titre et source
menu-focus-selected = Centrer le focus sur le nœud sélectionné
menu-leave-focus = Quitter le focus
menu-filters-panel = Panneau des filtres
menu-views-panel = Panneau des vues
menu-gaps-panel = Panneau des lacunes
menu-report-panel = Panneau du bulletin de notes
menu-inspector-panel = Panneau de l'inspecteur
menu-dark-theme = Thème sombre
menu-language = Langue
menu-present-first = Présenter depuis la première vue
menu-present-current = Présenter depuis la vue actuelle
menu-save-view = Enregistrer le canevas comme nouvelle vue

toolbar-add-hint = { $kind ->
    [issue] Ajouter une forme de violence au centre de la vue
    [department] Ajouter un ministère au centre de la vue
    [objective] Ajouter un objectif au centre de la vue
    [commitment] Ajouter un engagement au centre de la vue
   *[organisation] Ajouter une organisation au centre de la vue
}
toolbar-connect = Relier
toolbar-connect-hint = Cliquez sur un nœud, puis sur un autre, pour les relier
toolbar-fit = Ajuster
toolbar-fit-hint = Ajuster à la fenêtre (F)
toolbar-tidy = Ranger
toolbar-tidy-hint = Redisposer les nœuds sélectionnés ; les autres restent (Ctrl+L)
toolbar-relayout = Redisposer
toolbar-relayout-hint = Redisposer tous les nœuds non épinglés ; Annuler revient en arrière (Ctrl+Maj+L)
toolbar-colour = Couleur :

focus-on = Focus : { $name }
focus-steps = Étapes
focus-narrow = Resserrer le focus
focus-widen = Élargir le focus
focus-others = Les autres
focus-dimmed = Estompés
focus-hidden = Masqués
focus-save = Enregistrer comme vue
focus-save-hint = Enregistrer le focus comme vue
focus-leave-hint = Quitter le mode focus
focus-keys = + et − élargissent et resserrent ; Échap pour quitter

filters-kinds = Types
filters-sectors = Secteurs
filters-jurisdictions = Territoires
filters-show-all = Tout afficher
filters-hidden = { $count ->
    [one] { $count } nœud masqué
   *[other] { $count } nœuds masqués
}

search-hint = Rechercher (Ctrl+F)
search-name = Rechercher des nœuds
search-more = et { $count } autres

views-new = + Nouvelle
views-new-hint = Nouvelle vue à partir du canevas
views-none = Aucune vue enregistrée. Préparez le canevas (filtres, focus, couleurs, zoom), puis enregistrez-le comme vue.
views-help = Cliquez sur une vue pour l'afficher. F5 les présente dans cet ordre.
views-name = Nom
views-caption = Légende de la vue
views-show = Afficher
views-show-hint = Afficher cette vue
views-update = Mettre à jour
views-update-hint = Mettre à jour cette vue à partir du canevas
views-up = Monter la vue
views-down = Descendre la vue
views-delete = Supprimer
views-delete-hint = Supprimer cette vue
views-name-empty = Une vue doit avoir un nom.
views-name-taken = Une autre vue s'appelle déjà « { $name } ».
views-focus = { $count ->
    [one] Focus : { $name }, { $count } étape
   *[other] Focus : { $name }, { $count } étapes
}
views-filters = { $count ->
    [one] { $count } filtre
   *[other] { $count } filtres
}
views-colour-by = { $by ->
    [score] couleurs par note
    [sector] couleurs par secteur
   *[kind] couleurs par type
}
views-year = année { $year }
views-camera = cadrage enregistré
step-rename-view = Renommer la vue
step-edit-caption = Modifier la légende de la vue
step-move-view = Déplacer la vue
step-delete-view = Supprimer la vue

score-not-a-number = Tapez un nombre de 0 à 10.
score-out-of-range = Une note va de 0 à 10.
year-not-a-number = Tapez une année, par exemple 2006.
year-out-of-range = Une année va de { $first } à { $last }.
typed-not-changed = { $field } : aucune modification. { $why }

step-score = Note { $year }
evidence-item = Élément de preuve { $n }
evidence-remove = Retirer l'élément de preuve { $n }
evidence-add = Ajouter un élément de preuve

report-title = Bulletin de notes
report-csv = CSV…
report-csv-hint = Exporter le bulletin de notes en CSV
report-png = Graphique PNG…
report-png-hint = Exporter le graphique du bulletin en PNG
report-svg = Graphique SVG…
report-svg-hint = Exporter le graphique du bulletin en SVG
report-no-departments = Pas encore de ministère sur cette carte.
report-mean = Moyenne
report-sector = Secteur
report-sort = Trier par { $column }
report-sort-order = { $order ->
    [highest] Trier par { $column }, du plus haut au plus bas
   *[lowest] Trier par { $column }, du plus bas au plus haut
}
report-cell = { $department }, note { $year }
report-no-change = inchangé
report-up = en hausse de { $change }
report-down = en baisse de { $change }
report-change = Évolution : { $words }
report-off = Non
report-latest = Dernière année
report-colour-by = Colorer la carte selon les notes de
report-illustrative = illustrative
report-illustrative-note = { $year } est une campagne illustrative : ses notes sont inventées pour montrer comment on évalue.
report-computed-note = * Calculée à partir des notes de la campagne : { $formula }. Les autres notes sont des chiffres globaux publiés.

inspector-link = Lien
inspector-map = Carte
inspector-selection = Sélection
inspector-selected = { $nodes ->
    [one] { $nodes } nœud
   *[other] { $nodes } nœuds
} et { $links ->
    [one] { $links } lien sélectionnés
   *[other] { $links } liens sélectionnés
}
inspector-pin-all = Épingler toute la sélection
inspector-unpin-all = Désépingler toute la sélection
inspector-tidy = Ranger la sélection
inspector-tidy-hint = Redisposer ces nœuds ; les autres restent (Ctrl+L)
inspector-kind = Type
inspector-id = Identifiant : { $id }
inspector-id-hint = L'identifiant ne change pas ; les liens et les vues y renvoient.
inspector-label = Libellé
inspector-description = Description
inspector-tags = Mots-clés (séparés par des virgules)
inspector-evidence = Éléments de preuve
inspector-fields = Champs
inspector-position = Position
inspector-pinned = Épinglé à sa place
step-edit-field = { $field ->
    [kind] Modifier le type
    [label] Modifier le libellé
    [description] Modifier la description
    [tags] Modifier les mots-clés
    [evidence] Modifier les éléments de preuve
    [fields] Modifier les champs
    [sector] Modifier le secteur
    [jurisdiction] Modifier le territoire
    [engagement] Modifier l'implication
   *[other] Modifier { $field }
}
field-remove = Retirer le champ { $name }
field-name = Champ { $name }
field-new = Nom du nouveau champ
field-new-hint = nom du nouveau champ
field-add = Ajouter un champ
field-exists = Un champ porte déjà ce nom.

link-select-node = Sélectionner ce nœud
link-kind = Type de lien
link-reverse = Inverser le sens
step-reverse-link = Inverser le lien
link-label = Libellé du lien
link-relevance = Pertinence
link-strength = Intensité
link-strength-1 = 1 faible
link-strength-2 = 2 moyenne
link-strength-3 = 3 forte
link-recognised-label = Le ministère reconnaît-il lui-même ce lien ?
link-recognised-yes = Oui, dans ses propres documents
link-recognised-no = Non
link-recognised-unknown = Pas encore vérifié
step-edit-link = { $field ->
    [kind] Modifier le type du lien
    [label] Modifier le libellé du lien
    [strength] Modifier l'intensité du lien
    [recognised] Modifier la reconnaissance du lien
    [evidence] Modifier les preuves du lien
   *[other] Modifier le lien : { $field }
}
map-nothing-selected = Rien n'est sélectionné : voici les champs de la carte elle-même.
map-title = Titre de la carte
map-subtitle = Sous-titre
map-source = Ligne de source
step-edit-map = { $field ->
    [title] Modifier le titre de la carte
    [subtitle] Modifier le sous-titre de la carte
    [source] Modifier la source de la carte
   *[other] Modifier la carte : { $field }
}
map-on-this-map = Sur cette carte
map-counts = { $nodes ->
    [one] { $nodes } nœud
   *[other] { $nodes } nœuds
}, { $links ->
    [one] { $links } lien
   *[other] { $links } liens
}
map-scores-for = Notes de { $year }
map-scores-from = Notes de { $first } à { $last }
map-no-scores = Pas encore de notes

dept-sector = Secteur
dept-use-sector = Utiliser ce secteur
sector-health = santé
sector-justice = police et justice pénale
sector-education = éducation
sector-welfare = protection sociale
sector-labour = travail
sector-transport = transports
sector-foreign = affaires étrangères
sector-cross-government = interministériel
dept-jurisdiction = Territoire
dept-engagement = Implication
dept-scores = Notes (sur 10)
dept-remove-score = Retirer la note de { $year }
step-remove-score = Retirer la note { $year }
dept-score-for = Note de { $year }
dept-score-source = Source de la note de { $year }
dept-source-hint = source
step-score-source = Source de la note { $year }
dept-new-year = Année de la nouvelle note
dept-year-hint = année
dept-new-value = Valeur de la nouvelle note
dept-add-score = Ajouter une note
dept-year-taken = { $year } a déjà une note.
dept-score-not-added = Note non ajoutée : { $why }
step-add-score = Ajouter la note { $year }

cancel = Annuler
export-title = Exporter l'image
export-format = Format
export-size = Taille
export-pixels = { $width } × { $height } pixels
export-background = Fond
background-white = blanc
background-transparent = transparent
background-dark = sombre
export-colour-by = Couleurs par
export-what = Contenu
export-whole = Toute la carte
export-current = Vue actuelle (filtres et zone visible)
export-width = Largeur
export-width-name = Largeur en pixels
export-scale = Échelle
export-no-scores = aucune note
export-score-year = Année des notes

menu-select-ends = Sélectionner ses deux extrémités
menu-add-here = { $kind ->
    [issue] Ajouter une forme de violence ici
    [department] Ajouter un ministère ici
    [objective] Ajouter un objectif ici
    [commitment] Ajouter un engagement ici
   *[organisation] Ajouter une organisation ici
}
canvas-empty = Cette carte est vide.
    Ajoutez un nœud avec la barre d'outils ci-dessus, ou double-cliquez ici.
canvas-laying-out = Disposition de { $nodes ->
    [one] { $nodes } nœud
   *[other] { $nodes } nœuds
} et { $links ->
    [one] { $links } lien
   *[other] { $links } liens
}…
step-move-nodes = { $count ->
    [one] Déplacer le nœud
   *[other] Déplacer { $count } nœuds
}
canvas-connect-from = Relier depuis { $node }
canvas-connect-to = Relier : cliquez maintenant sur le nœud d'arrivée (Échap pour arrêter)
canvas-connect-from-hint = Relier : cliquez sur le nœud de départ (Échap pour arrêter)
node-rename = Renommer
node-pin-here = Épingler ici
node-centre = Centrer la vue ici
node-focus = Focus ici
node-focus-hint = Montrer le voisinage de ce nœud et estomper le reste (.)
node-tidy-selected = Ranger les nœuds sélectionnés
node-tidy-this = Ranger ce nœud
node-tidy-hint = Redisposer ; les autres restent en place (Ctrl+L)
rename-hint = Libellé du nœud
rename-name = Renommer le nœud
picker-linked = Ajouter ici un nœud relié :
picker-node = Ajouter ici un nœud :

present-previous = ◀ Précédente
present-previous-name = Vue précédente
present-next = Suivante ▶
present-next-name = Vue suivante
present-text-size = Taille du texte
present-smaller = Texte plus petit
present-larger = Texte plus grand
present-contrast = Contraste élevé (C)
present-keys = → / Page suiv. / Espace : suivante · ← / Page préc. : précédente
present-leave = Quitter (Échap)
present-leave-name = Quitter la présentation

status-hint = Double-cliquez sur le canevas pour ajouter un nœud ; faites glisser la poignée + d'un nœud sur un autre pour les relier.
status-zoom = { $percent } %
status-laying-out = Disposition
status-new-map = Nouvelle carte
status-opened = Ouvert : { $path }
status-saved = Enregistré : { $path }
status-exporting = Export de { $path }…
status-exported = Exporté : { $path }
status-restored = { $name } a été restauré tel qu'il était { $when }. Enregistrez-le pour garder les modifications.
status-view-saved = Ce que montre le canevas a été enregistré sous « { $name } » ; tapez un nom pour cette vue.
status-view-updated = « { $name } » montre désormais le canevas tel qu'il est.
status-filters-cleared = Les filtres et le focus ont été retirés pour montrer ces nœuds.
status-report-written = Bulletin de notes écrit dans { $path }
error-report = { $path } : le bulletin de notes n'a pas été écrit : { $reason }
error-invalid-map = { $count ->
    [one] { $origin } contient { $count } problème et n'a pas été ouvert
   *[other] { $origin } contient { $count } problèmes et n'a pas été ouvert
}
error-not-opened = La carte n'a pas pu être ouverte
error-not-saved = La carte n'a pas été enregistrée
error-not-exported = Le fichier n'a pas été écrit
error-recovery-off = La récupération après incident est désactivée : { $dir } : { $reason }
error-recovery-write = La copie de récupération n'a pas pu être écrite : { $reason }
error-not-restored = Les modifications perdues n'ont pas pu être restaurées
error-copy-kept = La copie est conservée dans { $path }.
file-stem-map = carte
file-report-card = { $stem }-bulletin.{ $ext }
view-default-name = Vue { $n }
step-new-view = Nouvelle vue
step-update-view = Mettre à jour la vue

dialog-open = Ouvrir
dialog-export = Exporter
dialog-map-files = Carte Sectormap
dialog-unsaved = Modifications non enregistrées
dialog-unsaved-question = { $doing ->
    [new] Enregistrer les modifications de { $name } avant de commencer une nouvelle carte ?
    [open] Enregistrer les modifications de { $name } avant d'ouvrir une autre carte ?
   *[close] Enregistrer les modifications de { $name } avant de fermer ?
}
dialog-discard = Abandonner
dialog-open-title = Ouvrir une carte
dialog-save-title = Enregistrer la carte sous
dialog-export-title = Exporter en { $format }
dialog-report-title = Exporter le bulletin de notes en { $format }
dialog-no-chooser = Aucun sélecteur de fichiers n'est disponible ici ; tapez le chemin du fichier.
dialog-path = Chemin du fichier
dialog-replace = Remplacer
dialog-ok = OK
dialog-is-folder = { $path } est un dossier : ajoutez-y un nom de fichier.
dialog-no-folder = Le dossier { $folder } n'existe pas.
dialog-exists = { $backup ->
    [yes] { $path } existe déjà. Appuyez sur Remplacer pour l'écraser (l'ancienne version est conservée en .bak).
   *[no] { $path } existe déjà. Appuyez sur Remplacer pour l'écraser.
}
recover-title = Restaurer les modifications non enregistrées ?
recover-text = Sectormap s'est arrêté sans enregistrer ces cartes. Leurs dernières modifications non enregistrées ont été conservées.
recover-kept = Modifications conservées { $when }
recover-restore = Restaurer
recover-later = Décider plus tard

## Map languages and translations
menu-map-language = Langue de la carte
menu-map-language-own = { $name } ({ $tag }, celle de la carte)
menu-map-language-other = { $name } ({ $tag })
menu-map-language-none = Ajoutez des traductions dans l'inspecteur pour afficher la carte dans une autre langue.
translations-heading = Traductions
translations-into = Vers
translations-none = (aucune pour l'instant)
translations-tag-hint = code, p. ex. es
translations-tag-tooltip = Un code de langue BCP 47 : es, fr, ar, pt-BR...
translations-add = Ajouter une langue
translations-written-in = Rédigé en { $language } ; les champs vides affichent l'original.
translations-field = { $field } en { $language }
translations-field-label = Libellé
translations-field-description = Description
translations-field-title = Titre
translations-field-subtitle = Sous-titre
translations-field-source = Ligne de source
translations-caption = Légende en { $language }
translations-step-caption = Traduire la légende
map-language-field = Langue de la carte (p. ex. en, es, ar)
map-language-bad = Ce n'est pas un code de langue : utilisez-en un comme en, es, fr ou ar.
shaped-on-map = Sur la carte :

## Import and data export
menu-import = Importer…
menu-export-data = Exporter les données…
import-go = Importer
import-files = Classeurs, CSV, GraphML, GEXF, Kumu
import-pick-title = Importer un fichier
import-failed = Impossible d'importer { $path }
import-failed-title = Le fichier n'a pas pu être lu
import-opened = Importé comme nouvelle carte : enregistrez-la pour la garder.
import-undo = Importer { $file }
import-merged = Fusion faite. Éléments : { $added } ajoutés ; éléments et liens modifiés : { $changed } ; liens : { $links } ajoutés.
import-role-elements = éléments
import-role-connections = connexions
import-role-relevance = matrice de pertinence
import-role-report-card = bulletin de notes
import-role-score-notes = notes des scores
import-role-map = titre et source de la carte
import-role-ignored = ignorée (son nom le dit)
import-role-unknown = illisible : nommez-la Elements, Connections, Relevance ou Report card, ou ajoutez (ignore) à son nom
import-format-workbook = un classeur
import-format-map = une carte Sectormap
import-title = Importer { $file }
import-read-as = Lu comme { $format }.
import-sheet = Feuille « { $name } » : { $role }, { $rows } lignes
import-holds = Le fichier contient { $nodes } éléments et { $links } liens.
import-as-new = L'ouvrir comme nouvelle carte
import-merge = Le fusionner avec cette carte
import-kinds-intro = Certains types d'éléments ne sont pas des types Sectormap. Choisissez ce qu'est chacun :
import-no-type = Éléments sans type
import-type-count = { $name } : { $count ->
        [one] un élément
       *[other] { $count } éléments
    } (le premier en { $place })
import-choose-kind = Choisir…
import-kind-for = Type pour { $name }
import-problems = { $count ->
        [one] Un problème
       *[other] { $count } problèmes
    } : corrigez-les dans le fichier ou choisissez des types ci-dessus.
import-more = …et { $count } de plus
import-notes = { $count ->
        [one] Une chose a été lue autrement que dans le fichier :
       *[other] { $count } choses ont été lues autrement que dans le fichier :
    }
import-skip = Importer { $nodes ->
        [one] l’élément
       *[other] les { $nodes } éléments
    } et { $links ->
        [0] aucun lien
        [one] le lien
       *[other] les { $links } liens
    } lisibles, et ignorer { $count ->
        [one] le problème de la liste
       *[other] les { $count } problèmes de la liste
    }
error-import-instead = { $file } est { $format ->
        [xlsx] un classeur
        [csv] un fichier CSV
        [graphml] un fichier GraphML
        [gexf] un fichier GEXF
       *[kumu] un plan Kumu
    }, pas une carte Sectormap. Importez-le pour faire une carte de ce qu’il contient.
error-import-button = Importer ce fichier…
error-backup = Une sauvegarde du dernier enregistrement se trouve à côté : { $backup }. Ouvrez la sauvegarde : la carte s’ouvre sous le nom { $file }, ses modifications non enregistrées ; l’enregistrer la met à la place du fichier abîmé, qui est conservé comme sauvegarde.
error-backup-button = Ouvrir la sauvegarde
status-backup-opened = Sauvegarde de { $file } ouverte : enregistrez pour qu’elle remplace le fichier abîmé.
import-merge-counts = Éléments : { $added } ajoutés, { $changed } modifiés, { $unchanged } inchangés. Liens : { $links } ajoutés, { $changed_links } modifiés.
import-merge-rule = Les éléments correspondent par ID, puis par libellé et type. Les cellules vides ne changent rien ; les nœuds de la carte gardent leur place. Une annulation défait toute la fusion.
import-left-alone = Laissé tel quel : { $problem }
data-title = Exporter les données
data-xlsx = Classeur (.xlsx) : Elements, Connections, Report card, Rubric, Marks ; se relit dans Sectormap et Kumu
data-graphml = GraphML (.graphml) : pour Gephi et yEd, avec positions et couleurs
data-gexf = GEXF 1.3 (.gexf) : pour Gephi, avec positions, couleurs et attributs typés
data-kumu = Plan Kumu (.kumu.json)
data-note = Les traductions et les vues enregistrées restent dans le fichier de la carte.
menu-export-reply-packs = Exporter les dossiers de réponse…
reply-packs-title = Exporter les dossiers de réponse
reply-packs-intro = Un classeur par ministère évalué, nommé d'après son id, avec notre note et nos preuves pour chaque question et des colonnes où le ministère dit s'il est d'accord, avec ses propres preuves.
reply-packs-no-rounds = Cette carte n'a encore aucune campagne d'évaluation.
reply-packs-round = Campagne { $year }
reply-packs-round-illustrative = Campagne { $year } (illustrative)
reply-packs-count = { $count ->
        [one] Un ministère est évalué dans cette campagne : un dossier.
       *[other] { $count } ministères sont évalués dans cette campagne : { $count } dossiers.
    }
reply-packs-note = Les notes privées des évaluateurs ne figurent jamais dans un dossier. Importez un dossier rempli avec Fichier > Importer…
reply-packs-export = Choisir un dossier…
reply-packs-folder-title = Dossier pour les dossiers de réponse de { $year }
reply-packs-is-file = { $path } est un fichier ; choisissez un dossier pour les dossiers de réponse.
file-reply-packs = dossiers-reponse-{ $year }
import-role-rubric = grille d'évaluation
import-role-marks = notes de l'évaluation
import-role-replies = réponses d'un ministère
import-role-pack = campagne et ministère du dossier de réponse
import-reply-pack = Un dossier de réponse de { $department } pour { $year } : { $replies ->
        [one] une réponse
       *[other] { $replies } réponses
    }, { $disagreements ->
        [one] un désaccord
       *[other] { $disagreements } désaccords
    }.
import-reply-pack-rule = Chaque réponse s'affiche à côté de notre note et ne la change jamais. Une seule annulation défait toute l'importation.
import-reply-agrees = { $criterion } : d'accord
import-reply-disagrees = { $criterion } : pas d'accord
import-reply-skipped = { $criterion } : laissée vide ({ $place }), ignorée
import-reply-nothing = Ces réponses sont déjà sur la carte : rien à importer.
import-replies-done = Réponses de { $department } importées : { $replies } enregistrées.
## Briefing pack (PDF)
briefing-label = Dossier d'information
briefing-untitled = Carte sans titre
briefing-date = Date : { $date }
briefing-contents = Sommaire
briefing-part-cover = Couverture
briefing-part-map = La carte entière
briefing-part-views = Vues enregistrées
briefing-part-report = Bulletin de notes
briefing-part-assessment = Évaluation
briefing-part-gaps = Lacunes de la réponse aux violences
briefing-department = Ministère
briefing-page = Page { $page } sur { $count }
briefing-gaps-count = { $count ->
    [one] { $count } constat, groupé par règle.
   *[other] { $count } constats, groupés par règle.
}
briefing-gaps-views = { $count ->
    [one] { $count } des { $total } constats de la carte concerne les vues de ce dossier.
   *[other] { $count } des { $total } constats de la carte concernent les vues de ce dossier, groupés par règle.
}
briefing-view-framed = Cadré sur { $node } et ce qui se trouve à { $depth ->
    [one] un lien
   *[other] { $depth } liens
} ou moins ; le reste de la carte est laissé de côté.
briefing-map-larger = Imprimé en { $paper } { $turn ->
    [landscape] paysage
   *[portrait] portrait
} pour qu'aucun texte de la carte ne fasse moins de 6 pt.
briefing-map-overview = Trop dense pour être imprimée entière sans texte de moins de 6 pt, la carte est découpée en { $count } parties, encadrées et numérotées ici ; chacune suit sur sa propre page, puis un index de la partie où se trouve chaque élément.
briefing-map-overview-alt = La carte entière sans ses textes, découpée en { $count } parties numérotées
briefing-map-legend-alt = Légende
briefing-map-part = Partie { $part } sur { $count } : { $title }
briefing-map-part-note = Ligne { $row }, colonne { $column } de la vue d'ensemble ; ce qui est coupé sur les bords est entier sur la partie voisine.
briefing-map-index = Index : { $title }
briefing-map-index-note = Chaque élément et la partie où il est dessiné en entier, numérotée comme sur la vue d'ensemble.
briefing-map-index-element = Élément
briefing-map-index-kind = Type
briefing-map-index-part = Partie
menu-export-briefing = Exporter le dossier…
briefing-dialog-title = Exporter le dossier (PDF)
briefing-pages = Pages
briefing-all-views = Toutes les vues enregistrées
briefing-paper = Papier
briefing-orientation = Orientation
briefing-orientation-auto = Cartes tournées pour tenir
briefing-orientation-portrait = Portrait
briefing-orientation-landscape = Paysage
briefing-export = Exporter en PDF…
briefing-no-parts = Choisissez au moins une partie.
## The assessment part of the briefing, and assessments on the web page
assess-heading = L'évaluation { $year }
assess-heading-illustrative = L'évaluation { $year } (illustrative)
assess-illustrative = Cette campagne est illustrative : ses notes, preuves et réponses sont inventées pour montrer comment on évalue, et ne sont pas des constats.
assess-source = Source : { $source }
assess-formula-heading = Comment la note est calculée
assess-formula = note = 10 × Σ poids × (niveau ÷ niveau maximal) ÷ Σ poids, sur les critères applicables notés d'un niveau (critères non applicables et non notés exclus)
assess-formula-mark = La note qui compte est celle sur laquelle les deux évaluateurs se sont accordés quand ils divergeaient, sinon celle du premier ; chaque note indique sur combien de critères elle repose.
assess-criteria = Critères
assess-criterion = { $number }. { $title }
assess-weight = poids { $weight }
assess-applies-all = posé à tous les ministères
assess-applies-sectors = posé aux ministères du secteur { $sectors }
assess-applies-linked = posé aux ministères liés à { $names }
assess-cites = cite { $commitment }
assess-cites-clause = cite { $commitment }, { $clause }
assess-allows-na = peut être noté « non applicable »
assess-guidance = Conseils : { $guidance }
assess-level = { $label } : { $description }
assess-marks = Notes par ministère
assess-score = Note
assess-marked = Notés
assess-of = { $marked } sur { $applicable }
assess-na = S.O.
assess-table-key = Les colonnes 1 à { $count } sont les critères ci-dessus. S.O. : sans objet ; – : pas encore noté ; vide : non posé à ce ministère. Notes sur 10, selon la formule ci-dessus.
assess-not-assessed = Non évalués lors de cette campagne : { $names }.
assess-evidence-heading = Notes et preuves, ministère par ministère
assess-score-line = Note { $score } sur 10, sur { $marked } critères notés parmi { $applicable }.
assess-no-score = Pas encore de note : { $marked } critères notés sur { $applicable }.
assess-replied = Réponse : le ministère a répondu.
assess-not-replied = Réponse : aucune reçue pour l'instant.
assess-mark = { $criterion } : { $level }
assess-not-marked = pas encore noté
assess-no-evidence = Aucune preuve enregistrée.
assess-page = p. { $page }
assess-quote = « { $quote } »
assess-dated = daté du { $date }
assess-accessed = consulté le { $date }
assess-reply-agrees = Le ministère est d'accord : { $reason }
assess-reply-disagrees = Le ministère n'est pas d'accord : { $reason }
assess-reply-evidence = Ses preuves : { $evidence }
assess-verdict-accepted = Décision : le ministère a raison ; la note a été changée.
assess-verdict-rejected = Décision : la note est maintenue.
assess-verdict-open = Décision : en attente.
assess-changes = D'une année à l'autre : de { $before } à { $year }
assess-changes-title = D'une année à l'autre
assess-changes-first = La campagne { $year } est la première : rien d'antérieur à comparer.
assess-changes-rule = Les notes ne sont comparées que lorsqu'un critère prolonge un critère de la campagne { $before } ; un critère trop modifié pour être comparé ne l'est jamais.
assess-not-comparable = Non comparés (trop modifiés depuis { $before }) : { $names }.
assess-new = Nouveaux en { $year } : { $names }.
assess-change-department = { $name } : { $points } points en moyenne
assess-most-improved = { $name } : { $points } points en moyenne, la plus forte progression
assess-change-criterion = { $criterion } : { $from } → { $to } ({ $points })
assess-reason = Motif : { $reason }
assess-no-changes = Aucun ministère n'a de notes dans les deux campagnes sur un critère comparable.
## The web page (File > Export web page…, sectormap html)

menu-export-web = Exporter une page web…
dialog-web-title = Exporter en page web
dialog-web-embed = Pour intégration (sans en-tête, recherche ni tableaux)
web-skip = Aller à la carte
web-map-label = Carte
web-map-role = carte interactive
web-zoom = Zoom
web-zoom-in = Zoomer
web-zoom-out = Dézoomer
web-zoom-fit = Voir toute la carte
web-story = Vues
web-previous = Vue précédente
web-next = Vue suivante
web-step = Vue { $number } sur { $count }
web-whole-map = Toute la carte
web-keys = Faites glisser ou utilisez les flèches pour déplacer la carte, + et − pour zoomer, Tab pour atteindre chaque nœud et Entrée pour l'ouvrir. Page suivante, Page précédente ou les flèches parcourent les vues ; / recherche.
web-search-label = Rechercher sur la carte
web-search-placeholder = Nom, description ou étiquette
web-search-none = Rien sur la carte ne correspond.
web-close = Fermer
web-details-hint = Cliquez sur un nœud (ou appuyez sur Entrée) pour voir sa description, ses sources, ses notes et ses liens.
web-views = Vues
web-filters = Afficher
web-no-sector = Sans secteur
web-jurisdiction = Juridiction
web-engagement = Engagement
web-tags = Étiquettes
web-evidence = Sources
web-scores = Notes par année
web-year = Année
web-score = Note
web-links = Liens
web-link-note = intensité { $strength } sur 3, { $made }
web-recognised = le ministère fait ce lien
web-not-recognised = le ministère ne fait pas ce lien
web-unchecked = personne n'a encore vérifié si le ministère fait ce lien
web-report-caption = Notes sur 10 par année ; – : non noté.
web-computed = calculée à partir des notes de la campagne
web-gaps = Lacunes
web-show-on-map = Voir sur la carte
web-made = Fait avec Sectormap. Cette page fonctionne hors ligne et n'envoie rien nulle part.

## Demandes : ce qui est demandé à un ministère (dans la langue de la carte)
ask-recognise-objective = Reconnaissez que { $issue } concerne votre objectif : { $objective }.
ask-recognise-department = Reconnaissez que { $issue } concerne votre travail.
ask-criterion = { $criterion } : { $next }
ask-commitment = Faites ce que { $commitment } vous oblige à faire.
ask-commitment-clause = Faites ce que { $commitment } vous oblige à faire ({ $clause }).
ask-address-issue = Traitez { $issue } dans votre propre stratégie et vos objectifs : cela concerne votre travail, mais vous ne faites encore vous-même aucun de ses liens.

## Notes par ministère (dans la langue de la carte)
brief-title = Ce que nous demandons à { $department }
brief-date = { $date }
brief-from-map = d'après la carte « { $map } »
brief-empty = Rien sur cette carte ne relie encore { $department } à la violence à l'égard des femmes : aucune forme de violence ne touche le ministère ni ses objectifs, et aucun engagement ne l'oblige. Reliez ses objectifs aux formes de violence qui les touchent, et cette note dira quoi lui demander.
brief-why = Pourquoi la violence à l'égard des femmes vous concerne
brief-why-nothing = Aucune forme de violence à l’égard des femmes n’est encore liée à vous ni à vos objectifs sur cette carte : ce qui vous est demandé ci-dessous vient des engagements qui vous obligent.
brief-objective = Votre objectif « { $objective } » : { $list }.
brief-objective-quoted = Votre objectif « { $objective } » (dans vos mots : « { $words } ») : { $list }.
brief-direct = Votre travail dans son ensemble : { $list }.
brief-nothing-bears = aucune forme de violence à l'égard des femmes n'y est encore reliée
brief-bearing = { $issue } le touche { $strength }, et { $made }
brief-strength-1 = un peu
brief-strength-2 = nettement
brief-strength-3 = fortement
brief-made = vous faites vous-même ce lien
brief-not-made = vous ne faites pas vous-même ce lien
brief-unchecked = personne n'a encore vérifié si vous faites ce lien
brief-asks = Ce que nous vous demandons
brief-no-asks = Cette carte ne vous demande rien de plus.
brief-asks-count = { $count ->
    [one] Une demande
   *[other] { $count } demandes
}, dont { $urgent } urgentes.
brief-urgency-urgent = Urgent
brief-urgency-important = Important
brief-urgency-to-consider = À envisager
brief-scores = Vos notes
brief-not-scored = Vous n'avez pas encore été noté.
brief-year = Année
brief-score = Note
brief-change = Évolution
brief-computed = * calculée à partir des évaluations de l'année, selon la formule publiée : 10 × la part pondérée du niveau le plus haut atteint, sur les critères qui s'appliquent.
brief-no-score-yet = pas encore de note
brief-marks = Vos évaluations en { $year } : { $score }
brief-illustrative = un cycle d'illustration, pas des résultats réels
brief-not-marked = pas encore évalué
brief-not-applicable = sans objet
brief-replied = Vous avez répondu à cette évaluation.
brief-not-replied = Vous n'avez pas encore répondu à cette évaluation.
brief-commitments = Les engagements qui vous obligent
brief-no-commitments = Aucun engagement de cette carte ne vous oblige encore.
brief-picture = Votre place sur la carte
brief-picture-alt = { $department }, ses objectifs, les formes de violence à l'égard des femmes qui les touchent, et les engagements et organisations qui l'entourent, tels que la carte les dessine.
brief-picture-small = À la largeur de cette page, certains mots de l’image font moins de 6 pt : la note en PDF la présente assez grande pour être lue sur papier.

## Assessments: the Assessment panel, marking, colouring the map by a criterion
color-by-criterion = Critère
scene-coloured-criterion = ministères colorés selon leur niveau sur « { $criterion } » en { $year }
scene-coloured-criterion-none = ministères colorés selon un critère (aucun choisi)
legend-fill-criterion = { $kind } (fond : niveau)
legend-criterion = { $criterion } ({ $year })
legend-criterion-none = Aucun critère choisi
legend-not-applicable = sans objet
legend-not-marked = non évalué
menu-assess-panel = Panneau d’évaluation
marking-title = Évaluation
marking-round = Campagne
marking-no-round = aucune
marking-no-rounds = Aucune campagne d’évaluation pour l’instant. Créez-en une avec « Nouvelle campagne… ».
marking-round-illustrative = { $year } (illustrative)
marking-new-round = Nouvelle campagne…
marking-new-round-title = Nouvelle campagne
marking-new-round-year = Année de la nouvelle campagne
marking-round-exists = Il existe déjà une campagne { $year }.
marking-from-starter = Questions de la grille de départ
marking-copy-round = Questions de la campagne { $year }, chacune dans sa continuité
marking-copy-none = Copier la campagne précédente (il n’y en a pas)
marking-create-round = Créer la campagne
marking-starter-error = Impossible de lire la grille de départ : { $why }
marking-second = Double évaluation (à l’aveugle)
marking-second-hint = Évaluez en second : vos niveaux vont à la seconde évaluation, et les premières évaluations sont masquées partout tant que ce mode est actif.
marking-you = Vous :
marking-your-name = Votre nom
marking-default-name = Évaluateur·rice
marking-name-ask = Votre nom est enregistré avec chaque modification d’une réponse.
marking-name-keep = Utiliser « { $name } »
marking-tab-marks = Évaluations
marking-tab-disagreements = { $count ->
    [0] Désaccords
   *[other] Désaccords ({ $count })
}
marking-tab-agreement = Concordance
marking-colour-by = Colorer la carte selon
marking-colour-off = aucun critère
marking-colour-this = Colorer la carte selon ce critère
marking-colour-elsewhere = Le critère se choisit dans le panneau d’évaluation.
marking-source = Source : { $source }
marking-illustrative = Illustrative
marking-illustrative-hint = Les évaluations de cette campagne sont inventées pour montrer le fonctionnement ; ce ne sont pas de vrais constats.
marking-progress = Évalués { $marked } sur { $total } · avec preuves { $evidenced } · manquants { $missing } · preuves anciennes { $stale } · évaluateurs en désaccord { $disputed } · réponses à trancher { $replies }
marking-progress-second = Évalués en second { $marked } sur { $total }
marking-score-heading = Note
marking-reply-heading = Réponse
marking-score = { $score } ({ $marked } sur { $applicable })
marking-score-basis = Calculée sur { $marked } des { $applicable } critères posés à ce ministère ({ $na } sans objet).
marking-formula = Note = 10 × Σ poids × (niveau ÷ niveau le plus haut) ÷ Σ poids, sur les critères posés et évalués par un niveau ; ceux sans objet ou pas encore évalués ne comptent pas.
marking-score-of = Note de { $department }
marking-hidden = masquée
marking-hidden-hint = Masqué pendant la double évaluation, pour que les premières évaluations restent à l’aveugle.
marking-replied = a répondu
marking-replied-open = { $count ->
    [one] a répondu · { $count } à trancher
   *[other] a répondu · { $count } à trancher
}
marking-not-replied = pas de réponse
marking-cell = { $department }, { $criterion }
marking-does-not-apply = « { $criterion } » n’est pas posé à ce ministère.
marking-flags-key = ∅ évalué sans preuve · ◷ preuves anciennes · ⇄ les deux évaluateurs diffèrent · ↩ une réponse à trancher · « · » non posé au ministère
marking-flag-no-evidence = sans preuve
marking-flag-stale = preuves anciennes
marking-flag-disputed = les évaluateurs diffèrent
marking-flag-reply = réponse à trancher
marking-na = Sans objet
marking-na-hint = Le critère ne s’applique pas à ce ministère pour cette campagne.
marking-not-marked = non évalué
marking-close-answer = Fermer la réponse
marking-in-round = campagne { $year }
marking-cites = Cite { $commitment } : { $clause }
marking-not-put = Ce critère n’est pas posé à ce ministère ; un niveau ici ne compte pas.
marking-mark = Niveau
marking-choose = Évaluer : { $level }
marking-clear = Effacer le niveau
marking-clear-hint = Laisser le critère non évalué
marking-marked-by = Évalué par { $name }
marking-second-was = Seconde évaluation : { $mark } (par { $name })
marking-settled-on = Retenu : { $mark }
marking-to-settle = Les deux évaluateurs diffèrent : tranchez dans Désaccords.
marking-last-round = Campagne précédente ({ $year }) : { $mark }
marking-not-comparable = non comparable
marking-change-reason = Pourquoi le niveau a changé depuis la campagne précédente
marking-second-mark = Seconde évaluation (à l’aveugle)
marking-blind-note = La première évaluation reste masquée jusqu’à la fin de la double évaluation.
marking-second-notes = Notes du second évaluateur
marking-notes = Notes privées
marking-notes-hint = Jamais envoyées au ministère
marking-history = { $count ->
    [one] Historique ({ $count } modification)
   *[other] Historique ({ $count } modifications)
}
marking-history-line = { $when } · { $who } : { $what }
marking-evidence = { $count ->
    [0] Preuves
   *[other] Preuves ({ $count })
}
marking-no-evidence = Pas encore de preuve.
marking-evidence-item = Preuve { $n }
marking-evidence-remove = Retirer la preuve { $n }
marking-evidence-add = Ajouter une preuve
marking-evidence-field = Preuve { $n } : { $field }
marking-evidence-title = Titre
marking-evidence-link = Lien ou fichier
marking-evidence-page = Page
marking-evidence-quote = Citation
marking-evidence-date = Date du document
marking-evidence-accessed = Consulté
marking-evidence-not-date = Ce n’est pas une date : écrivez-la sous la forme 2008-03-31, 2008-03 ou 2008.
marking-evidence-open = Ouvrir le lien
marking-stale = ancienne : datée de { $date }
marking-stale-hint = Le document est antérieur à l’année précédant la campagne ; cherchez-en un plus récent.
marking-reply = La réponse du ministère
marking-no-reply = Pas encore de réponse.
marking-coalition-mark = Le niveau de la coalition
marking-department-says = Le ministère
marking-reply-agrees = D’accord
marking-reply-disagrees = Pas d’accord
marking-reply-reason = Motif : { $reason }
marking-reply-evidence = Ses preuves : { $evidence }
marking-accept = Accepter
marking-accept-hint = Le ministère a raison. Le niveau ne change pas tout seul : modifiez-le plus haut, comme une étape à part.
marking-reject = Rejeter
marking-reject-hint = Le niveau est maintenu.
marking-accepted = Acceptée : modifiez le niveau plus haut selon ce que montre la réponse, comme une étape à part.
marking-rejected = Rejetée : le niveau est maintenu.
marking-undecide = Trancher à nouveau
marking-differ = { $first } ({ $by }) et { $second } ({ $other })
marking-open = Ouvrir
marking-settle-on = Retenir :
marking-settle = Retenir { $mark } pour { $department }, { $criterion }
marking-no-disagreements = Aucun désaccord en suspens dans cette campagne.
marking-agreement-intro = À quelle fréquence les deux évaluateurs ont donné le même niveau, et le kappa de Cohen (accord au-delà du hasard : 1 total, 0 pas mieux que le hasard). Un kappa faible suggère un critère vague.
marking-criterion = Critère
marking-pairs = Évalués par les deux
marking-agreed = Même niveau
marking-rate = Accord
marking-kappa = Kappa
marking-vague = Peu d’accord au-delà du hasard : le critère est peut-être vague.
marking-no-kappa = Pas de kappa : pas encore de paires, ou les deux ont toujours donné le même niveau.
marking-not-put-short = non posé
inspector-marks = Évaluation { $year }
inspector-marks-score = Note : { $score }
inspector-asks = Demandes ({ $count })
inspector-asks-hint = Ce que la note demande à ce ministère, le plus urgent d'abord. Les mots viennent de la carte tant que vous ne les changez pas.
inspector-ask-urgency = Urgence de la demande { $n }
inspector-ask-text = Demande { $n }
inspector-ask-up = Monter la demande { $n }
inspector-ask-down = Descendre la demande { $n }
inspector-ask-drop = Écarter
inspector-ask-drop-n = Écarter la demande { $n }
inspector-ask-restore = Rétablir
inspector-ask-restore-n = Rétablir la demande { $n }
inspector-ask-dropped = écartée
inspector-ask-dropped-hint = Absente de la note : Rétablir l'y remet.
inspector-ask-own = la vôtre
inspector-ask-edited = modifiée
inspector-ask-new = Nouvelle demande
inspector-ask-new-hint = Une demande à vous
inspector-ask-add = Ajouter une demande
inspector-ask-needs-words = Une demande à vous a besoin de mots : écartez-la plutôt.
step-ask-urgency = Changer l'urgence d'une demande
step-ask-text = Reformuler une demande
step-ask-move = Déplacer une demande
step-ask-drop = Écarter une demande
step-ask-restore = Rétablir une demande
step-ask-add = Ajouter une demande
log-mark = niveau : { $from } → { $to }
log-second = seconde évaluation : { $mark }
log-second-notes = notes du second évaluateur
log-settled = retenu : { $mark }
log-notes = notes privées
log-change-reason = pourquoi le niveau a changé
log-evidence-added = preuve ajoutée
log-evidence-removed = preuve { $n } retirée
log-reply-accepted = réponse acceptée
log-reply-rejected = réponse rejetée
log-reply-reopened = réponse à trancher à nouveau
log-reply-agrees = réponse reçue : d’accord avec le niveau
log-reply-disagrees = réponse reçue : en désaccord avec le niveau
log-the-department = le ministère
step-marking-answer = Réponse de { $department } à « { $criterion } »
step-marking-round = Nouvelle campagne { $year }
report-year-illustrative = { $year } (illustrative)
report-computed = calculée
report-computed-hint = Calculée à partir des évaluations de la campagne selon la formule publiée.
report-computed-key = ∑ calculée à partir des évaluations de la campagne selon la formule publiée (survolez pour la voir) ; les autres notes sont des chiffres globaux.
report-headline-hint = Un chiffre global : saisi, sans évaluation derrière.
marking-kappa-low = { $kappa } · vague ?
menu-export-briefs = Exporter les notes…
briefs-title = Exporter les notes
briefs-intro = Une note par ministère, nommée d'après son id : pourquoi les violences faites aux femmes le concernent, ce qui lui est demandé (le plus urgent d'abord), sa note, les engagements qui l'obligent et une image de son voisinage sur la carte.
brief-dialog-title = Exporter la note
brief-dialog-intro = La note de { $department } : pourquoi les violences faites aux femmes le concernent, ce qui lui est demandé (le plus urgent d'abord), sa note, les engagements qui l'obligent et une image de son voisinage sur la carte.
briefs-pdf = PDF (.pdf) : à imprimer ou envoyer tel quel
briefs-docx = Word (.docx) : à modifier avant l'envoi
briefs-html = Page web (.html) : une page hors ligne
briefs-count = { $count ->
        [0] Cette carte n'a aucun ministère.
        [one] Un ministère : une note.
       *[other] { $count } ministères : { $count } notes.
    }
briefs-note = Les notes montrent la carte dans la langue affichée, datées d'aujourd'hui. La ligne de commande écrit les mêmes fichiers : sectormap brief CARTE --all DOSSIER.
briefs-export = Choisir un dossier…
brief-dialog-export = Choisir un fichier…
briefs-folder-title = Dossier pour les notes ({ $format })
briefs-is-file = { $path } est un fichier ; choisissez un dossier pour les notes.
file-briefs = notes
status-exported-files = Exporté : { $count ->
        [one] un fichier
       *[other] { $count } fichiers
    } dans { $path }
node-export-brief = Exporter la note…
node-neighbourhood-view = Enregistrer une vue de son voisinage
node-neighbourhood-view-hint = Une vue enregistrée au nom du ministère montrant ce que montre sa note : le ministère, ses objectifs, les formes de violence qui les concernent, ses engagements et organisations.
step-neighbourhood-view = Enregistrer la vue { $name }
gaps-asks-title = Demandes par ministère
gaps-asks-hint = Combien de demandes la note de chaque ministère lui adresse. Cliquez sur l'un pour le sélectionner.
gaps-asks-row = { $department } : { $count ->
        [one] une demande
       *[other] { $count } demandes
    }
report-asks = Demandes
report-asks-cell = Demandes à { $department }
report-asks-hint = Combien de demandes la note du ministère lui adresse. Cliquez pour le sélectionner sur la carte.
brief-dialog-note = La note montre la carte dans la langue affichée, datée d'aujourd'hui. La ligne de commande écrit le même fichier : sectormap brief CARTE --department ID -o FICHIER.
disk-changed-title = { $name } a changé sur le disque depuis que vous l'avez ouvert
disk-changed-text = Quelqu'un d'autre (un autre éditeur, un script) a enregistré { $name } après que vous l'avez ouvert ou enregistré pour la dernière fois. Enregistrer maintenant remplacerait sa version.
disk-merge-counts = Fusionner sa version ajoute { $added } éléments et { $links } liens et modifie { $changed } éléments et liens ; rien de la vôtre ni de la sienne n'est retiré.
disk-merge = Fusionner sa version dans la mienne
disk-clean-text = Vous n'avez pas de modifications non enregistrées : rechargez pour voir sa version.
disk-reload = Recharger sa version
disk-save-new = Enregistrer la mienne comme nouveau fichier…
disk-unreadable = Sa version ne peut pas être lue : { $reason }
disk-merge-undo = Fusionner la version du disque
disk-merged = Version du disque fusionnée : { $added } éléments et { $links } liens ajoutés, { $changed } modifiés. Enregistrez pour écrire les deux.
disk-reloaded = Rechargé : { $path }

## Partager une carte (Fichier > Partager par un dossier…, Fusionner les modifications de…, le panneau Modifications)
share-restored = La valeur est revenue, comme votre modification. Enregistrez pour la garder.
status-undo-others = Non annulé : cela reprendrait des modifications faites depuis par d'autres. Modifiez-le à la main.
status-redo-others = Non rétabli : cela reprendrait des modifications faites depuis par d'autres. Modifiez-le à la main.
menu-share = Partager par un dossier…
menu-merge-changes = Fusionner les modifications de…
menu-changes-panel = Panneau des modifications
tab-changes = Modifications
fold-inspector = Inspecteur (replié : la fenêtre est étroite)
fold-report = Bulletin ▴
fold-close = Replier ce panneau
share-title = Partager cette carte par un dossier
share-text = Le partage crée un dossier nommé { $folder } à côté de la carte. Le Sectormap de chacun y écrit ses modifications, dans un fichier à lui, et fusionne celles des autres à mesure qu'elles arrivent : le travail de personne n'est écrasé. Gardez la carte et le dossier ensemble sur un lecteur que vous utilisez tous (un lecteur partagé, Dropbox, Syncthing).
share-email-text = Pas de lecteur partagé ? Envoyez votre fichier du dossier par courriel : Fichier > Fusionner les modifications de… le reprend.
share-name = Votre nom
share-name-hint = Les autres le voient à côté de vos modifications.
share-go = Partager
share-join-title = { $map } est partagée
share-join-text = D'autres modifient cette carte par le dossier { $folder }. Donnez le nom que les autres verront à côté de vos modifications ; ensuite les vôtres et les leurs se fusionnent pendant que vous travaillez.
share-join = Rejoindre
share-alone = Cette carte est partagée, mais il n'y a pas de dossier de données pour garder qui vous êtes : elle est ouverte seule, et son enregistrement est vérifié comme pour toute carte.
share-join-failed = Le dossier partagé n'a pas pu être lu, la carte est donc ouverte seule : { $reason }
share-joined = Carte partagée : { $devices ->
    [one] vous seul pour l'instant
   *[other] modifications de { $devices } personnes fusionnées
}.
share-arrived = Des modifications de { $names } sont arrivées ({ $count ->
    [one] une modification
   *[other] { $count } modifications
}).
share-shared-title = Cette carte est partagée
share-shared-text = Elle est partagée par le dossier { $folder }, avec { $devices ->
    [one] personne d'autre pour l'instant
   *[other] les fichiers de { $devices } personnes
}.
share-you-are = Vous êtes { $name }.
share-no-data-dir = Il n'y a pas de dossier de données pour garder qui vous êtes. Donnez un dossier à SECTORMAP_DATA_DIR et relancez Sectormap.
share-not-possible = La carte ne peut pas être partagée
share-done-title = La carte est partagée
share-done-text = Le dossier est { $folder }. Gardez-le à côté de la carte, sur un lecteur que les autres utilisent ; leurs modifications arriveront quand ils enregistreront.
share-done-status = Partagée par { $folder }
share-indicator = Partagée · { $devices ->
    [one] 1 personne
   *[other] { $devices } personnes
}
share-indicator-hint = Partagée par { $folder }. Le panneau Modifications montre le travail des autres.
menu-connect-live = Se connecter à un serveur de synchronisation…
menu-disconnect-live = Se déconnecter du serveur de synchronisation
live-title = Se connecter à un serveur de synchronisation
live-text = Pendant la connexion, vos modifications parviennent aussitôt à toutes les personnes qui travaillent sur le même document du serveur, et les leurs vous arrivent en moins d’une seconde.
live-shares = Cette carte n’est pas encore partagée : la connexion la partage d’abord par un dossier à côté d’elle.
live-url = Adresse du serveur
live-document = Nom du document
live-token = Jeton
live-token-hint = Le mot de passe que demande le serveur (prérempli depuis { $variable }).
live-go = Se connecter au serveur
live-not-possible = Connexion à un serveur de synchronisation impossible
live-untitled = Enregistrez la carte avant de la connecter à un serveur de synchronisation.
live-failed = Non connectée : { $reason }
live-connected = En direct sur { $url } : vos modifications partent au fur et à mesure.
live-indicator = En direct · { $url }
live-lost = Serveur de synchronisation perdu : { $reason } ; vos modifications sont gardées et partiront à la reconnexion.
live-disconnected = Déconnectée de { $url } ; vos modifications sont gardées.
live-not-connected = La carte n’est connectée à aucun serveur de synchronisation.
merge-pick-title = Fusionner les modifications du fichier d'une autre personne
merge-files = Fichiers de modifications Sectormap
merge-untitled = Enregistrez d'abord la carte : seule une carte enregistrée peut être partagée et reprendre les modifications des autres.
merge-failed-title = Les modifications n'ont pas pu être fusionnées
merge-title = Fusionner les modifications de { $file }
merge-from = Modifications de { $names }.
merge-nothing = Rien de nouveau : cette carte a déjà toutes les modifications du fichier.
merge-counts = La fusion ajoute { $added }, modifie { $changed } et retire { $removed } éléments, liens et parties de la carte :
merge-conflicts = { $count ->
    [one] Une valeur a été fixée par deux personnes à la fois : celle qui a perdu est gardée dans le panneau Modifications, où vous pouvez la rétablir.
   *[other] { $count } valeurs ont été fixées par deux personnes à la fois : celles qui ont perdu sont gardées dans le panneau Modifications, où vous pouvez les rétablir.
}
merge-shares = Cette carte n'est pas encore partagée. La fusion la partage par un dossier à côté d'elle, à partir de ce fichier : la carte devient ce que contient le fichier (les modifications ci-dessus), puis vos modifications et les siennes se fusionnent pendant que vous travaillez.
merge-go = Fusionner
merge-share-go = Partager et fusionner
merge-done = Modifications de { $names } fusionnées. Enregistrez pour les garder.
merge-done-saved = Modifications de { $names } fusionnées ; la carte est partagée et enregistrée.
changes-not-shared = Cette carte n'est pas partagée. Partagez-la par un dossier et les modifications des autres s'afficheront ici à mesure qu'elles arrivent.
changes-shared = Partagée par { $folder }
changes-people = { $devices ->
    [one] Vous seul pour l'instant
   *[other] { $devices } personnes
} · vous êtes { $name }
changes-added-nodes = A ajouté { $count ->
    [one] un élément
   *[other] { $count } éléments
}
changes-added-links = A ajouté { $count ->
    [one] un lien
   *[other] { $count } liens
}
changes-changed-nodes = A modifié { $count ->
    [one] un élément
   *[other] { $count } éléments
}
changes-changed-links = A modifié { $count ->
    [one] un lien
   *[other] { $count } liens
}
changes-changed = A modifié { $kind ->
    [link] le lien
   *[node] l'élément
} { $label }
changes-more-fields = …et { $count } modifications de plus, non listées
changes-kept = Valeurs qui ont perdu ({ $count })
changes-kept-hint = Deux personnes les ont fixées à la fois ; l'autre valeur l'a emporté. Rétablir remet la vôtre (ou la leur).
changes-kept-who = Fixée par { $by }, remplacée par celle de { $over }
changes-restore = Rétablir
changes-restore-named = Rétablir { $field } de { $label }
changes-records = Modifications des autres
changes-none = Pas encore de modifications des autres.
changes-someone = quelqu'un
changes-revived = { $deleted } a supprimé { $kind ->
    [link] le lien
   *[node] l'élément
} { $label } pendant que { $changed } le modifiait : il a été gardé.
changes-dismiss = Masquer
changes-dismiss-named = Masquer l'avis sur { $label }
changes-deleted = A supprimé { $kind ->
    [link] le lien
    [map] de la carte :
   *[node] l'élément
} { $label }
changes-added = A ajouté { $kind ->
    [link] le lien
   *[node] l'élément
} { $label }
changes-map-part = De la carte : { $part }
changes-the-map = La carte
changes-more = et { $count } de plus
