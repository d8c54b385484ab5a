# Sectormap, español. Mismos mensajes y variables que en inglés (en).

## Tipos de elementos del mapa

kind-issue = Forma de VCM
kind-department = Ministerio
kind-objective = Objetivo
kind-commitment = Compromiso
kind-organisation = Organización

link-pursues = persigue
link-relevant = es pertinente para
link-obliges = obliga a
link-engages = colabora con
link-related = relacionado con

link-name-pursues = persigue
link-name-relevant = pertinente
link-name-obliges = obliga
link-name-engages = colabora
link-name-related = relacionado

engagement-committed = Comprometido
engagement-open = Abierto
engagement-resistant = Reticente
engagement-unknown = Desconocido

color-by-kind = Tipo
color-by-score = Puntuación
color-by-sector = Sector

list-and = { $first } y { $last }
list-more = { $first } y { $count } más

count-nodes = { $count ->
    [one] { $count } nodo
   *[other] { $count } nodos
}
count-links = { $count ->
    [one] { $count } vínculo
   *[other] { $count } vínculos
}

## La imagen: leyenda, puntuaciones, descripción

scene-untitled = Mapa de Sectormap
scene-count-kind = { $count } { $kind ->
    [issue] { $count ->
        [one] forma de VCM
       *[other] formas de VCM
    }
    [department] { $count ->
        [one] ministerio
       *[other] ministerios
    }
    [objective] { $count ->
        [one] objetivo
       *[other] objetivos
    }
    [commitment] { $count ->
        [one] compromiso
       *[other] compromisos
    }
   *[organisation] { $count ->
        [one] organización
       *[other] organizaciones
    }
}
scene-no-nodes = ningún nodo
scene-coloured-kind = coloreado por tipo
scene-coloured-score-year = ministerios coloreados según su puntuación de { $year }
scene-coloured-score-none = ministerios coloreados por puntuación (sin puntuaciones)
scene-coloured-sector = ministerios coloreados por sector
scene-description = Mapa de { $links } vínculos entre { $nodes }; { $colour }.

badge-score = { $score }/10 en { $year }
badge-not-scored-in = sin nota en { $year }
badge-not-scored = sin nota

legend-nodes = Nodos
legend-links = Vínculos
legend-sector = Sector
legend-no-sector = sin sector
legend-fill-score = { $kind } (relleno: puntuación)
legend-fill-sector = { $kind } (relleno: sector)
legend-tint-sector = { $kind } (tono: sector de su ministerio)
legend-score-year = Puntuación del ministerio en { $year }, sobre 10
legend-score-none = Puntuación del ministerio, sobre 10 (aún sin puntuaciones)
legend-not-scored = sin puntuar
legend-relevant-made = Pertinente, y el ministerio reconoce el vínculo
legend-relevant-not-made = Pertinente, pero el ministerio no reconoce el vínculo
legend-relevant-unchecked = Pertinente; falta comprobar si el ministerio reconoce el vínculo
legend-strength = Intensidad { $strength }: pertinencia { $word ->
    [weak] débil
    [moderate] moderada
   *[strong] fuerte
}
legend-link-pursues = El ministerio persigue el objetivo
legend-link-obliges = El compromiso obliga al ministerio
legend-link-engages = La organización colabora con el ministerio
legend-link-related = Relacionado

## El gráfico del boletín de calificaciones

chart-title = Boletín de calificaciones: puntuaciones sobre 10
chart-mean = Media de los ministerios puntuados
chart-empty = Aún no se ha puntuado a ningún ministerio
chart-empty-sentence = Aún no se ha puntuado a ningún ministerio.
chart-end = { $label }  { $score }
chart-end-year = { $label }  { $score } en { $year }
chart-never-scored = Sin puntuar en ningún año: { $names }.
chart-describe-years = Puntuaciones sobre 10 de { $count } ministerios de { $first } a { $last }, con la media de cada año.
chart-describe-year = Puntuaciones sobre 10 de { $count } ministerios en { $year }.
chart-computed = Puntos rellenos: calculados a partir de las valoraciones de la ronda, { $formula }
chart-headline = Puntos huecos: cifras generales publicadas, sin valoraciones detrás

## Brechas

gap-title-unlinked-objective = Objetivos sin vínculo con ninguna forma de VCM
gap-title-unrecognised-link = Vínculos que el ministerio no reconoce
gap-title-unchecked-link = Vínculos aún sin comprobar
gap-title-department-without-vaw = Ministerios sin vínculo con la VCM
gap-title-single-form = Ministerios que solo ven una forma de VCM
gap-title-health-and-justice-only = Formas de VCM relegadas a salud y justicia
gap-title-unlinked-issue = Formas de VCM sin ningún ministerio vinculado
gap-title-idle-commitment = Compromisos que no obligan a ningún ministerio
gap-title-not-scored = Ministerios sin puntuar en el último año

gap-unlinked-objective = { $owned ->
    [yes] El objetivo «{ $objective }» ({ $department }) no está vinculado a ninguna forma de violencia contra las mujeres, así que nada muestra cómo perseguirlo podría ayudar a erradicar la VCM.
   *[no] El objetivo «{ $objective }» no está vinculado a ninguna forma de violencia contra las mujeres, así que nada muestra cómo perseguirlo podría ayudar a erradicar la VCM.
}
gap-the-objective = { $owned ->
    [yes] el objetivo «{ $objective }» ({ $department })
   *[no] el objetivo «{ $objective }»
}
gap-unrecognised-link = { $issue } incide en { $target }, pero el ministerio no reconoce ese vínculo por sí mismo.
gap-unchecked-link = { $issue } incide en { $target }; aún no se ha comprobado si el ministerio reconoce ese vínculo por sí mismo.
gap-department-without-vaw = { $department } no tiene vínculo con ninguna forma de violencia contra las mujeres: ni el ministerio ni ninguno de sus objetivos está vinculado a una forma de VCM{ $obliged ->
    [0] {""}
    [one] , aunque un compromiso del mapa lo obliga
   *[other] , aunque { $obliged } compromisos del mapa lo obligan
}.
gap-single-form = Los vínculos de { $department } con la VCM solo abarcan { $only }; otras formas de violencia contra las mujeres, como { $others }, no llegan a su trabajo.
gap-unlinked-issue = Ningún ministerio ni objetivo está vinculado a { $issue }: ninguna parte del gobierno aparece como responsable.
gap-health-and-justice-only = { $issue } solo llega { $sectors ->
    [both] a los sectores de salud y justicia
    [health] al sector de la salud
   *[justice] al sector de la justicia
} ({ $departments }): ningún ministerio de educación, bienestar social, trabajo, transporte o asuntos exteriores está vinculado a esta forma de violencia.
gap-idle-commitment = { $commitment } no obliga a ningún ministerio en este mapa, así que nadie aparece como responsable de cumplirlo.
gap-not-scored-before = { $department } no tiene puntuación en { $latest }, el último año puntuado. Su última puntuación fue { $score }/10 en { $year }.
gap-not-scored-never = { $department } no tiene puntuación en { $latest }, el último año puntuado. Nunca ha recibido puntuación.

## El editor sin ventana: pasos de deshacer y mensajes

map-untitled = Sin título
new-node-label = { $kind ->
    [issue] Nueva forma de VCM
    [department] Nuevo ministerio
    [objective] Nuevo objetivo
    [commitment] Nuevo compromiso
   *[organisation] Nueva organización
}
step-add-node = { $kind ->
    [issue] Añadir forma de VCM
    [department] Añadir ministerio
    [objective] Añadir objetivo
    [commitment] Añadir compromiso
   *[organisation] Añadir organización
}
step-add-link = Añadir vínculo «{ $kind }»
step-add-any-link = Añadir vínculo
step-delete-node = Eliminar nodo
step-delete-link = Eliminar vínculo
step-delete-items = Eliminar { $count } elementos
step-pin = Fijar
step-unpin = Soltar
step-place-nodes = Colocar nodos
step-relayout = Redistribuir
step-tidy = Ordenar selección
step-make-room = Hacer sitio
layout-stopped = La distribución se detuvo sin resultado; el mapa quedó como estaba.
status-busy = Se está distribuyendo el mapa ({ $percent } %); las ediciones esperan hasta que termine.
status-not-done = No se hizo: { $reason }
status-relayout-running = Redistribuyendo el mapa…
status-relayout-done = Mapa redistribuido de nuevo (semilla { $seed }, como `export --relayout --seed { $seed }`); los nodos fijados no se movieron. Deshacer lo revierte; vuelva a redistribuir para otra disposición.
status-all-pinned = Todos los nodos están fijados: no hay nada que distribuir. Suelte algunos primero.
status-tidy-running = Ordenando los nodos seleccionados…
status-tidy-done = Nodos seleccionados ordenados; el resto siguió en su sitio.
status-tidy-none = Seleccione primero los nodos no fijados que quiera ordenar.
status-undid = Deshecho: { $step }
status-redid = Rehecho: { $step }
status-nothing-to-undo = Nada que deshacer
status-nothing-to-redo = Nada que rehacer
status-undo-failed = No se pudo deshacer: { $reason }
status-redo-failed = No se pudo rehacer: { $reason }
link-no-such-node = Ningún nodo tiene el identificador «{ $id }».
link-to-itself = Un nodo no puede vincularse consigo mismo.
link-exists = Estos dos nodos ya tienen un vínculo «{ $kind }».
recovery-when = el { $date } a las { $time }
recovery-when-unknown = en un momento desconocido

## La ventana del editor

tab-filters = Filtros
tab-views = Vistas
tab-gaps = Brechas

gaps-none = No se encontraron brechas: todos los objetivos están vinculados a una forma de VCM, todos los vínculos los reconoce su ministerio y todos los ministerios tienen puntuación.
gaps-empty-map = El mapa está vacío: añada ministerios y formas de VCM para encontrar brechas.
gaps-nothing-to-check = Aún no hay brechas que buscar: se buscan entre los ministerios, sus objetivos y las formas de VCM; añada algunos al mapa.
gaps-count = { $count ->
    [one] { $count } hallazgo. Haga clic en él para verlo en el mapa.
   *[other] { $count } hallazgos. Haga clic en uno para verlo en el mapa.
}
gaps-more = …y { $count } más; `sectormap check MAPA --gaps` los enumera todos.

menu-file = Archivo
menu-edit = Edición
menu-view = Ver
menu-present = Presentar
menu-layout = Distribución
menu-relayout-all = Redistribuir todo
menu-tidy-selection = Ordenar selección
menu-layout-note = Los nodos se quedan donde usted los pone; los fijados nunca se mueven.
menu-new = Nuevo
menu-open = Abrir…
menu-open-recent = Abrir reciente
menu-no-recent = No hay mapas recientes
menu-save = Guardar
menu-save-as = Guardar como…
menu-export = Exportar…
menu-quit = Salir
menu-undo = Deshacer
menu-undo-step = Deshacer: { $step }
menu-redo = Rehacer
menu-redo-step = Rehacer: { $step }
menu-delete-selected = Eliminar selección
menu-select-all = Seleccionar todo
menu-zoom-fit = Ajustar a la ventana
menu-zoom-in = Acercar
menu-zoom-out = Alejar
menu-legend = Leyenda
menu-title-source = Título y fuente
menu-focus-selected = Enfocar el nodo seleccionado
menu-leave-focus = Salir del enfoque
menu-filters-panel = Panel de filtros
menu-views-panel = Panel de vistas
menu-gaps-panel = Panel de brechas
menu-report-panel = Panel del boletín de calificaciones
menu-inspector-panel = Panel del inspector
menu-dark-theme = Tema oscuro
menu-language = Idioma
menu-present-first = Presentar desde la primera vista
menu-present-current = Presentar desde la vista actual
menu-save-view = Guardar el lienzo como vista nueva

toolbar-add-hint = { $kind ->
    [issue] Añadir una forma de VCM en el centro de la vista
    [department] Añadir un ministerio en el centro de la vista
    [objective] Añadir un objetivo en el centro de la vista
    [commitment] Añadir un compromiso en el centro de la vista
   *[organisation] Añadir una organización en el centro de la vista
}
toolbar-connect = Vincular
toolbar-connect-hint = Haga clic en un nodo y luego en otro para vincularlos
toolbar-fit = Ajustar
toolbar-fit-hint = Ajustar a la ventana (F)
toolbar-tidy = Ordenar
toolbar-tidy-hint = Volver a distribuir los nodos seleccionados; el resto se queda (Ctrl+L)
toolbar-relayout = Redistribuir
toolbar-relayout-hint = Distribuir de nuevo todos los nodos no fijados; Deshacer lo revierte (Ctrl+Mayús+L)
toolbar-colour = Color:

focus-on = Enfoque: { $name }
focus-steps = Pasos
focus-narrow = Reducir el enfoque
focus-widen = Ampliar el enfoque
focus-others = Los demás
focus-dimmed = Atenuados
focus-hidden = Ocultos
focus-save = Guardar como vista
focus-save-hint = Guardar el enfoque como vista
focus-leave-hint = Salir del modo de enfoque
focus-keys = + y − amplían y reducen; Esc sale

filters-kinds = Tipos
filters-sectors = Sectores
filters-jurisdictions = Jurisdicciones
filters-show-all = Mostrar todo
filters-hidden = { $count ->
    [one] { $count } nodo oculto
   *[other] { $count } nodos ocultos
}

search-hint = Buscar (Ctrl+F)
search-name = Buscar nodos
search-more = y { $count } más

views-new = + Nueva
views-new-hint = Nueva vista a partir del lienzo
views-none = No hay vistas guardadas. Prepare el lienzo (filtros, enfoque, colores, zoom) y guárdelo como vista.
views-help = Haga clic en una vista para mostrarla. F5 las presenta en este orden.
views-name = Nombre
views-caption = Leyenda de la vista
views-show = Mostrar
views-show-hint = Mostrar esta vista
views-update = Actualizar
views-update-hint = Actualizar esta vista a partir del lienzo
views-up = Subir la vista
views-down = Bajar la vista
views-delete = Eliminar
views-delete-hint = Eliminar esta vista
views-name-empty = Una vista necesita un nombre.
views-name-taken = Ya hay otra vista llamada «{ $name }».
views-focus = { $count ->
    [one] Enfoque: { $name }, { $count } paso
   *[other] Enfoque: { $name }, { $count } pasos
}
views-filters = { $count ->
    [one] { $count } filtro
   *[other] { $count } filtros
}
views-colour-by = { $by ->
    [score] color por puntuación
    [sector] color por sector
   *[kind] color por tipo
}
views-year = año { $year }
views-camera = encuadre guardado
step-rename-view = Renombrar vista
step-edit-caption = Editar leyenda de la vista
step-move-view = Mover vista
step-delete-view = Eliminar vista

score-not-a-number = Escriba un número de 0 a 10.
score-out-of-range = Una puntuación va de 0 a 10.
year-not-a-number = Escriba un año, como 2006.
year-out-of-range = Un año va de { $first } a { $last }.
typed-not-changed = { $field }: sin cambios. { $why }

step-score = Puntuación { $year }
evidence-item = Prueba { $n }
evidence-remove = Quitar la prueba { $n }
evidence-add = Añadir prueba

report-title = Boletín de calificaciones
report-csv = CSV…
report-csv-hint = Exportar el boletín de calificaciones como CSV
report-png = Gráfico PNG…
report-png-hint = Exportar el gráfico del boletín como PNG
report-svg = Gráfico SVG…
report-svg-hint = Exportar el gráfico del boletín como SVG
report-no-departments = Aún no hay ministerios en este mapa.
report-mean = Media
report-sector = Sector
report-sort = Ordenar por { $column }
report-sort-order = { $order ->
    [highest] Ordenar por { $column }, de mayor a menor
   *[lowest] Ordenar por { $column }, de menor a mayor
}
report-cell = { $department }, puntuación { $year }
report-no-change = sin cambios
report-up = sube { $change }
report-down = baja { $change }
report-change = Cambio: { $words }
report-off = No
report-latest = Último año
report-colour-by = Colorear el mapa según las puntuaciones de
report-illustrative = ilustrativa
report-illustrative-note = { $year } es una ronda ilustrativa: sus valoraciones son inventadas para mostrar cómo se evalúa.
report-computed-note = * Calculada a partir de las valoraciones de la ronda: { $formula }. Las demás puntuaciones son cifras generales publicadas.

inspector-link = Vínculo
inspector-map = Mapa
inspector-selection = Selección
inspector-selected = { $nodes ->
    [one] { $nodes } nodo
   *[other] { $nodes } nodos
} y { $links ->
    [one] { $links } vínculo seleccionados
   *[other] { $links } vínculos seleccionados
}
inspector-pin-all = Fijar toda la selección
inspector-unpin-all = Soltar toda la selección
inspector-tidy = Ordenar la selección
inspector-tidy-hint = Volver a distribuir estos nodos; el resto se queda (Ctrl+L)
inspector-kind = Tipo
inspector-id = Id.: { $id }
inspector-id-hint = El identificador no cambia; los vínculos y las vistas remiten a él.
inspector-label = Etiqueta
inspector-description = Descripción
inspector-tags = Etiquetas (separadas por comas)
inspector-evidence = Pruebas
inspector-fields = Campos
inspector-position = Posición
inspector-pinned = Fijado en su sitio
step-edit-field = { $field ->
    [kind] Editar tipo
    [label] Editar etiqueta
    [description] Editar descripción
    [tags] Editar etiquetas
    [evidence] Editar pruebas
    [fields] Editar campos
    [sector] Editar sector
    [jurisdiction] Editar jurisdicción
    [engagement] Editar disposición
   *[other] Editar { $field }
}
field-remove = Quitar el campo { $name }
field-name = Campo { $name }
field-new = Nombre del campo nuevo
field-new-hint = nombre del campo nuevo
field-add = Añadir campo
field-exists = Ya existe un campo con ese nombre.

link-select-node = Seleccionar este nodo
link-kind = Tipo de vínculo
link-reverse = Invertir la dirección
step-reverse-link = Invertir vínculo
link-label = Etiqueta del vínculo
link-relevance = Pertinencia
link-strength = Intensidad
link-strength-1 = 1 débil
link-strength-2 = 2 moderada
link-strength-3 = 3 fuerte
link-recognised-label = ¿Reconoce el propio ministerio este vínculo?
link-recognised-yes = Sí, en sus propios documentos
link-recognised-no = No
link-recognised-unknown = Sin comprobar
step-edit-link = { $field ->
    [kind] Editar tipo de vínculo
    [label] Editar etiqueta del vínculo
    [strength] Editar intensidad del vínculo
    [recognised] Editar reconocimiento del vínculo
    [evidence] Editar pruebas del vínculo
   *[other] Editar vínculo: { $field }
}
map-nothing-selected = Nada seleccionado: estos son los campos del propio mapa.
map-title = Título del mapa
map-subtitle = Subtítulo
map-source = Línea de fuente
step-edit-map = { $field ->
    [title] Editar título del mapa
    [subtitle] Editar subtítulo del mapa
    [source] Editar fuente del mapa
   *[other] Editar mapa: { $field }
}
map-on-this-map = En este mapa
map-counts = { $nodes ->
    [one] { $nodes } nodo
   *[other] { $nodes } nodos
}, { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}
map-scores-for = Puntuaciones de { $year }
map-scores-from = Puntuaciones de { $first } a { $last }
map-no-scores = Aún no hay puntuaciones

dept-sector = Sector
dept-use-sector = Usar este sector
sector-health = salud
sector-justice = policía y justicia penal
sector-education = educación
sector-welfare = bienestar social
sector-labour = trabajo
sector-transport = transporte
sector-foreign = asuntos exteriores
sector-cross-government = todo el gobierno
dept-jurisdiction = Jurisdicción
dept-engagement = Disposición
dept-scores = Puntuaciones (sobre 10)
dept-remove-score = Quitar la puntuación de { $year }
step-remove-score = Quitar puntuación { $year }
dept-score-for = Puntuación de { $year }
dept-score-source = Fuente de la puntuación de { $year }
dept-source-hint = fuente
step-score-source = Fuente de la puntuación { $year }
dept-new-year = Año de la nueva puntuación
dept-year-hint = año
dept-new-value = Valor de la nueva puntuación
dept-add-score = Añadir puntuación
dept-year-taken = { $year } ya tiene una puntuación.
dept-score-not-added = Puntuación no añadida: { $why }
step-add-score = Añadir puntuación { $year }

cancel = Cancelar
export-title = Exportar imagen
export-format = Formato
export-size = Tamaño
export-pixels = { $width } × { $height } píxeles
export-background = Fondo
background-white = blanco
background-transparent = transparente
background-dark = oscuro
export-colour-by = Colorear por
export-what = Qué
export-whole = Todo el mapa
export-current = Vista actual (filtros y zona visible)
export-width = Ancho
export-width-name = Ancho en píxeles
export-scale = Escala
export-no-scores = sin puntuaciones
export-score-year = Año de las puntuaciones

menu-select-ends = Seleccionar sus dos extremos
menu-add-here = { $kind ->
    [issue] Añadir forma de VCM aquí
    [department] Añadir ministerio aquí
    [objective] Añadir objetivo aquí
    [commitment] Añadir compromiso aquí
   *[organisation] Añadir organización aquí
}
canvas-empty = Este mapa está vacío.
    Añada un nodo con la barra de herramientas o haga doble clic aquí.
canvas-laying-out = Distribuyendo { $nodes ->
    [one] { $nodes } nodo
   *[other] { $nodes } nodos
} y { $links ->
    [one] { $links } vínculo
   *[other] { $links } vínculos
}…
step-move-nodes = { $count ->
    [one] Mover nodo
   *[other] Mover { $count } nodos
}
canvas-connect-from = Vincular desde { $node }
canvas-connect-to = Vincular: ahora haga clic en el nodo de destino (Esc para parar)
canvas-connect-from-hint = Vincular: haga clic en el nodo de origen (Esc para parar)
node-rename = Renombrar
node-pin-here = Fijar aquí
node-centre = Centrar la vista aquí
node-focus = Enfocar aquí
node-focus-hint = Mostrar el entorno de este nodo y atenuar el resto (.)
node-tidy-selected = Ordenar los nodos seleccionados
node-tidy-this = Ordenar este nodo
node-tidy-hint = Volver a distribuir; el resto se queda donde está (Ctrl+L)
rename-hint = Etiqueta del nodo
rename-name = Renombrar nodo
picker-linked = Añadir aquí un nodo vinculado:
picker-node = Añadir aquí un nodo:

present-previous = ◀ Anterior
present-previous-name = Vista anterior
present-next = Siguiente ▶
present-next-name = Vista siguiente
present-text-size = Tamaño del texto
present-smaller = Texto más pequeño
present-larger = Texto más grande
present-contrast = Alto contraste (C)
present-keys = → / Av Pág / Espacio: siguiente · ← / Re Pág: anterior
present-leave = Salir (Esc)
present-leave-name = Salir de la presentación

status-hint = Haga doble clic en el lienzo para añadir un nodo; arrastre el asa + de un nodo hasta otro para vincularlos.
status-zoom = { $percent } %
status-laying-out = Distribuyendo
status-new-map = Mapa nuevo
status-opened = Abierto { $path }
status-saved = Guardado { $path }
status-exporting = Exportando { $path }…
status-exported = Exportado { $path }
status-restored = Se restauró { $name } tal como estaba { $when }. Guárdelo para conservar los cambios.
status-view-saved = Lo que muestra el lienzo se guardó como «{ $name }»; escriba un nombre para la vista.
status-view-updated = «{ $name }» muestra ahora el lienzo tal como está.
status-filters-cleared = Se quitaron los filtros y el enfoque para mostrar estos nodos.
status-report-written = Boletín de calificaciones escrito en { $path }
error-report = { $path }: no se escribió el boletín de calificaciones: { $reason }
error-invalid-map = { $count ->
    [one] { $origin } tiene { $count } problema y no se abrió
   *[other] { $origin } tiene { $count } problemas y no se abrió
}
error-not-opened = No se pudo abrir el mapa
error-not-saved = El mapa no se guardó
error-not-exported = El archivo no se escribió
error-recovery-off = La recuperación tras un cierre inesperado está desactivada: { $dir }: { $reason }
error-recovery-write = No se pudo escribir la copia de recuperación: { $reason }
error-not-restored = No se pudieron restaurar los cambios perdidos
error-copy-kept = La copia se conserva en { $path }.
file-stem-map = mapa
file-report-card = { $stem }-boletin.{ $ext }
view-default-name = Vista { $n }
step-new-view = Nueva vista
step-update-view = Actualizar vista

dialog-open = Abrir
dialog-export = Exportar
dialog-map-files = Mapa de Sectormap
dialog-unsaved = Cambios sin guardar
dialog-unsaved-question = { $doing ->
    [new] ¿Guardar los cambios de { $name } antes de empezar un mapa nuevo?
    [open] ¿Guardar los cambios de { $name } antes de abrir otro mapa?
   *[close] ¿Guardar los cambios de { $name } antes de cerrar?
}
dialog-discard = Descartar
dialog-open-title = Abrir un mapa
dialog-save-title = Guardar el mapa como
dialog-export-title = Exportar como { $format }
dialog-report-title = Exportar el boletín de calificaciones como { $format }
dialog-no-chooser = Aquí no hay selector de archivos; escriba la ruta del archivo.
dialog-path = Ruta del archivo
dialog-replace = Reemplazar
dialog-ok = Aceptar
dialog-is-folder = { $path } es una carpeta: añádale un nombre de archivo.
dialog-no-folder = La carpeta { $folder } no existe.
dialog-exists = { $backup ->
    [yes] { $path } ya existe. Pulse Reemplazar para sobrescribirlo (la versión anterior se conserva como .bak).
   *[no] { $path } ya existe. Pulse Reemplazar para sobrescribirlo.
}
recover-title = ¿Restaurar los cambios sin guardar?
recover-text = Sectormap se cerró sin guardar estos mapas. Se conservaron sus últimos cambios sin guardar.
recover-kept = Cambios conservados { $when }
recover-restore = Restaurar
recover-later = Decidir más tarde

## Map languages and translations
menu-map-language = Idioma del mapa
menu-map-language-own = { $name } ({ $tag }, el del mapa)
menu-map-language-other = { $name } ({ $tag })
menu-map-language-none = Añada traducciones en el inspector para ver el mapa en otro idioma.
translations-heading = Traducciones
translations-into = Al
translations-none = (ninguno aún)
translations-tag-hint = código, p. ej. fr
translations-tag-tooltip = Un código de idioma BCP 47: es, fr, ar, pt-BR...
translations-add = Añadir idioma
translations-written-in = Escrito en { $language }; los campos vacíos muestran el original.
translations-field = { $field } en { $language }
translations-field-label = Etiqueta
translations-field-description = Descripción
translations-field-title = Título
translations-field-subtitle = Subtítulo
translations-field-source = Línea de fuente
translations-caption = Leyenda en { $language }
translations-step-caption = Traducir la leyenda
map-language-field = Idioma del mapa (p. ej. en, es, ar)
map-language-bad = No es un código de idioma: use uno como en, es, fr o ar.
shaped-on-map = En el mapa:

## Import and data export
menu-import = Importar…
menu-export-data = Exportar datos…
import-go = Importar
import-files = Libros de cálculo, CSV, GraphML, GEXF, Kumu
import-pick-title = Importar un archivo
import-failed = No se pudo importar { $path }
import-failed-title = No se pudo leer el archivo
import-opened = Importado como mapa nuevo: guárdelo para conservarlo.
import-undo = Importar { $file }
import-merged = Combinado. Elementos: { $added } añadidos; elementos y vínculos cambiados: { $changed }; vínculos: { $links } añadidos.
import-role-elements = elementos
import-role-connections = conexiones
import-role-relevance = matriz de pertinencia
import-role-report-card = boletín de calificaciones
import-role-score-notes = notas de las puntuaciones
import-role-map = título y fuente del mapa
import-role-ignored = ignorada (lo dice su nombre)
import-role-unknown = ilegible: llámela Elements, Connections, Relevance o Report card, o añada (ignore) a su nombre
import-format-workbook = un libro de cálculo
import-format-map = un mapa de Sectormap
import-title = Importar { $file }
import-read-as = Leído como { $format }.
import-sheet = Hoja «{ $name }»: { $role }, { $rows } filas
import-holds = El archivo contiene { $nodes } elementos y { $links } vínculos.
import-as-new = Abrirlo como mapa nuevo
import-merge = Combinarlo con este mapa
import-kinds-intro = Algunos tipos de elemento no son tipos de Sectormap. Elija qué es cada uno:
import-no-type = Elementos sin tipo
import-type-count = { $name }: { $count ->
        [one] un elemento
       *[other] { $count } elementos
    } (el primero en { $place })
import-choose-kind = Elegir…
import-kind-for = Tipo para { $name }
import-problems = { $count ->
        [one] Un problema
       *[other] { $count } problemas
    }: corríjalos en el archivo o elija tipos arriba.
import-more = …y { $count } más
import-notes = { $count ->
        [one] Una cosa se leyó de otro modo que en el archivo:
       *[other] { $count } cosas se leyeron de otro modo que en el archivo:
    }
import-skip = Importar { $nodes ->
        [one] el elemento
       *[other] los { $nodes } elementos
    } y { $links ->
        [0] ningún vínculo
        [one] el vínculo
       *[other] los { $links } vínculos
    } que se leen y omitir { $count ->
        [one] el problema de la lista
       *[other] los { $count } problemas de la lista
    }
error-import-instead = { $file } es { $format ->
        [xlsx] un libro de cálculo
        [csv] un archivo CSV
        [graphml] un archivo GraphML
        [gexf] un archivo GEXF
       *[kumu] un plano de Kumu
    }, no un mapa de Sectormap. Impórtelo para hacer un mapa con lo que contiene.
error-import-button = Importar este archivo…
error-backup = Junto a él hay una copia de seguridad del último guardado: { $backup }. Abra la copia: el mapa se abre como { $file }, con los cambios sin guardar; al guardar, se escribe en lugar del archivo dañado, que se conserva como copia de seguridad.
error-backup-button = Abrir la copia de seguridad
status-backup-opened = Se abrió la copia de seguridad de { $file }: guarde para que sustituya al archivo dañado.
import-merge-counts = Elementos: { $added } añadidos, { $changed } cambiados, { $unchanged } sin cambios. Vínculos: { $links } añadidos, { $changed_links } cambiados.
import-merge-rule = Los elementos coinciden por ID y luego por etiqueta y tipo. Las celdas vacías no cambian nada; los nodos del mapa conservan su lugar. Deshacer una vez anula toda la combinación.
import-left-alone = Sin cambios: { $problem }
data-title = Exportar datos
data-xlsx = Libro (.xlsx): Elements, Connections, Report card, Rubric, Marks; se vuelve a leer en Sectormap y Kumu
data-graphml = GraphML (.graphml): para Gephi y yEd, con posiciones y colores
data-gexf = GEXF 1.3 (.gexf): para Gephi, con posiciones, colores y atributos con tipo
data-kumu = Plano de Kumu (.kumu.json)
data-note = Las traducciones y las vistas guardadas solo quedan en el archivo del mapa.
menu-export-reply-packs = Exportar paquetes de respuesta…
reply-packs-title = Exportar paquetes de respuesta
reply-packs-intro = Un libro por ministerio evaluado, con su id como nombre, con nuestra calificación y evidencia para cada pregunta y columnas para que el ministerio esté de acuerdo o no, con su propia evidencia.
reply-packs-no-rounds = Este mapa aún no tiene ninguna ronda de evaluación.
reply-packs-round = Ronda { $year }
reply-packs-round-illustrative = Ronda { $year } (ilustrativa)
reply-packs-count = { $count ->
        [one] Un ministerio es evaluado en esta ronda: un paquete.
       *[other] { $count } ministerios son evaluados en esta ronda: { $count } paquetes.
    }
reply-packs-note = Las notas privadas de los evaluadores nunca van en un paquete. Importe un paquete rellenado con Archivo > Importar…
reply-packs-export = Elegir una carpeta…
reply-packs-folder-title = Carpeta para los paquetes de respuesta de { $year }
reply-packs-is-file = { $path } es un archivo; elija una carpeta para los paquetes.
file-reply-packs = paquetes-respuesta-{ $year }
import-role-rubric = rúbrica de evaluación
import-role-marks = calificaciones de la evaluación
import-role-replies = respuestas de un ministerio
import-role-pack = ronda y ministerio del paquete de respuesta
import-reply-pack = Un paquete de respuesta de { $department } para { $year }: { $replies ->
        [one] una respuesta
       *[other] { $replies } respuestas
    }, { $disagreements ->
        [one] un desacuerdo
       *[other] { $disagreements } desacuerdos
    }.
import-reply-pack-rule = Cada respuesta se muestra junto a nuestra calificación y nunca la cambia. Deshacer una vez anula toda la importación.
import-reply-agrees = { $criterion }: de acuerdo
import-reply-disagrees = { $criterion }: en desacuerdo
import-reply-skipped = { $criterion }: en blanco ({ $place }), omitida
import-reply-nothing = Estas respuestas ya están en el mapa: nada que importar.
import-replies-done = Respuestas de { $department } importadas: { $replies } registradas.
## Briefing pack (PDF)
briefing-label = Dossier informativo
briefing-untitled = Mapa sin título
briefing-date = Fecha: { $date }
briefing-contents = Índice
briefing-part-cover = Portada
briefing-part-map = El mapa completo
briefing-part-views = Vistas guardadas
briefing-part-report = Boletín de calificaciones
briefing-part-assessment = Evaluación
briefing-part-gaps = Carencias en la respuesta a la VCM
briefing-department = Ministerio
briefing-page = Página { $page } de { $count }
briefing-gaps-count = { $count ->
    [one] { $count } hallazgo, agrupado por regla.
   *[other] { $count } hallazgos, agrupados por regla.
}
briefing-gaps-views = { $count ->
    [one] { $count } de los { $total } hallazgos del mapa atañe a las vistas de este dossier.
   *[other] { $count } de los { $total } hallazgos del mapa atañen a las vistas de este dossier, agrupados por regla.
}
briefing-view-framed = Encuadrado en { $node } y lo que está a { $depth ->
    [one] un vínculo
   *[other] { $depth } vínculos
} o menos; el resto del mapa queda fuera.
briefing-map-larger = Impreso en { $paper } { $turn ->
    [landscape] horizontal
   *[portrait] vertical
} para que ningún texto del mapa mida menos de 6 pt.
briefing-map-overview = Demasiado denso para imprimirlo entero sin textos de menos de 6 pt, el mapa se divide en { $count } partes, recuadradas y numeradas aquí; cada una sigue en su propia página, y después un índice de la parte en que está cada elemento.
briefing-map-overview-alt = El mapa entero sin sus textos, dividido en { $count } partes numeradas
briefing-map-legend-alt = Leyenda
briefing-map-part = Parte { $part } de { $count }: { $title }
briefing-map-part-note = Fila { $row }, columna { $column } del resumen; lo que queda cortado en los bordes aparece entero en la parte de al lado.
briefing-map-index = Índice: { $title }
briefing-map-index-note = Cada elemento y la parte en que aparece entero, numerada como en el resumen.
briefing-map-index-element = Elemento
briefing-map-index-kind = Tipo
briefing-map-index-part = Parte
menu-export-briefing = Exportar dossier…
briefing-dialog-title = Exportar dossier (PDF)
briefing-pages = Páginas
briefing-all-views = Todas las vistas guardadas
briefing-paper = Papel
briefing-orientation = Orientación
briefing-orientation-auto = Mapas girados para caber
briefing-orientation-portrait = Vertical
briefing-orientation-landscape = Horizontal
briefing-export = Exportar PDF…
briefing-no-parts = Elija al menos una parte.
## The assessment part of the briefing, and assessments on the web page
assess-heading = La evaluación de { $year }
assess-heading-illustrative = La evaluación de { $year } (ilustrativa)
assess-illustrative = Esta ronda es ilustrativa: sus valoraciones, pruebas y respuestas son inventadas para mostrar cómo se evalúa y no son conclusiones.
assess-source = Fuente: { $source }
assess-formula-heading = Cómo se calcula la puntuación
assess-formula = puntuación = 10 × Σ peso × (nivel ÷ nivel máximo) ÷ Σ peso, sobre los criterios aplicables valorados con un nivel (se excluyen los no aplicables y los no valorados)
assess-formula-mark = Cuenta la valoración que acordaron ambos evaluadores donde discreparon y, si no, la del primero; cada puntuación indica sobre cuántos criterios se basa.
assess-criteria = Criterios
assess-criterion = { $number }. { $title }
assess-weight = peso { $weight }
assess-applies-all = se aplica a todos los ministerios
assess-applies-sectors = se aplica a los ministerios de { $sectors }
assess-applies-linked = se aplica a los ministerios vinculados a { $names }
assess-cites = cita { $commitment }
assess-cites-clause = cita { $commitment }, { $clause }
assess-allows-na = admite «no aplicable»
assess-guidance = Orientación: { $guidance }
assess-level = { $label }: { $description }
assess-marks = Valoraciones por ministerio
assess-score = Puntuación
assess-marked = Valorados
assess-of = { $marked } de { $applicable }
assess-na = N/A
assess-table-key = Las columnas 1 a { $count } son los criterios anteriores. N/A: no aplicable; –: aún sin valorar; vacío: no se aplica a este ministerio. Puntuaciones sobre 10, según la fórmula anterior.
assess-not-assessed = Sin evaluar en esta ronda: { $names }.
assess-evidence-heading = Valoraciones y pruebas, ministerio por ministerio
assess-score-line = Puntuación { $score } sobre 10, con { $marked } de { $applicable } criterios.
assess-no-score = Aún sin puntuación: { $marked } de { $applicable } criterios valorados.
assess-replied = Respuesta: el ministerio ha respondido.
assess-not-replied = Respuesta: aún no se ha recibido.
assess-mark = { $criterion }: { $level }
assess-not-marked = aún sin valorar
assess-no-evidence = No hay pruebas registradas.
assess-page = p. { $page }
assess-quote = «{ $quote }»
assess-dated = fechado { $date }
assess-accessed = consultado { $date }
assess-reply-agrees = El ministerio está de acuerdo: { $reason }
assess-reply-disagrees = El ministerio no está de acuerdo: { $reason }
assess-reply-evidence = Sus pruebas: { $evidence }
assess-verdict-accepted = Decisión: el ministerio tiene razón; se cambió la valoración.
assess-verdict-rejected = Decisión: la valoración se mantiene.
assess-verdict-open = Decisión: pendiente.
assess-changes = De un año a otro: de { $before } a { $year }
assess-changes-title = De un año a otro
assess-changes-first = La ronda de { $year } es la primera: no hay nada anterior con que compararla.
assess-changes-rule = Las valoraciones solo se comparan cuando un criterio continúa uno de la ronda de { $before }; un criterio que cambió demasiado para compararlo nunca se compara.
assess-not-comparable = Sin comparar (cambiaron demasiado desde { $before }): { $names }.
assess-new = Nuevos en { $year }: { $names }.
assess-change-department = { $name }: { $points } puntos de media
assess-most-improved = { $name }: { $points } puntos de media, el que más mejora
assess-change-criterion = { $criterion }: { $from } → { $to } ({ $points })
assess-reason = Motivo: { $reason }
assess-no-changes = Ningún ministerio tiene valoraciones en ambas rondas en un criterio comparable.
## The web page (File > Export web page…, sectormap html)

menu-export-web = Exportar página web…
dialog-web-title = Exportar como página web
dialog-web-embed = Para insertar (sin cabecera, búsqueda ni tablas)
web-skip = Ir al mapa
web-map-label = Mapa
web-map-role = mapa interactivo
web-zoom = Zoom
web-zoom-in = Acercar
web-zoom-out = Alejar
web-zoom-fit = Ver todo el mapa
web-story = Vistas
web-previous = Vista anterior
web-next = Vista siguiente
web-step = Vista { $number } de { $count }
web-whole-map = Todo el mapa
web-keys = Arrastre o use las flechas para mover el mapa, + y − para el zoom, Tab para llegar a cada nodo e Intro para abrirlo. Av Pág, Re Pág o las flechas recorren las vistas; / busca.
web-search-label = Buscar en el mapa
web-search-placeholder = Nombre, descripción o etiqueta
web-search-none = Nada en el mapa coincide.
web-close = Cerrar
web-details-hint = Haga clic en un nodo (o pulse Intro sobre él) para ver su descripción, pruebas, puntuaciones y vínculos.
web-views = Vistas
web-filters = Mostrar
web-no-sector = Sin sector
web-jurisdiction = Jurisdicción
web-engagement = Compromiso
web-tags = Etiquetas
web-evidence = Pruebas
web-scores = Puntuaciones por año
web-year = Año
web-score = Puntuación
web-links = Vínculos
web-link-note = intensidad { $strength } de 3, { $made }
web-recognised = el ministerio establece este vínculo
web-not-recognised = el ministerio no establece este vínculo
web-unchecked = aún no se ha comprobado si el ministerio establece este vínculo
web-report-caption = Puntuaciones sobre 10 por año; – significa sin puntuación.
web-computed = calculada a partir de las valoraciones de la ronda
web-gaps = Carencias
web-show-on-map = Ver en el mapa
web-made = Hecho con Sectormap. Esta página funciona sin conexión y no envía nada a ninguna parte.

## Peticiones: lo que se pide a un ministerio (en el idioma del mapa)
ask-recognise-objective = Reconozca que { $issue } incide en su objetivo de { $objective }.
ask-recognise-department = Reconozca que { $issue } incide en su trabajo.
ask-criterion = { $criterion }: { $next }
ask-commitment = Cumpla lo que { $commitment } le obliga a hacer.
ask-commitment-clause = Cumpla lo que { $commitment } le obliga a hacer ({ $clause }).
ask-address-issue = Aborde { $issue } en su propia estrategia y sus objetivos: incide en su trabajo, pero aún no reconoce por sí mismo ninguno de sus vínculos.

## Informes por ministerio (en el idioma del mapa)
brief-title = Lo que pedimos a { $department }
brief-date = { $date }
brief-from-map = del mapa «{ $map }»
brief-empty = Nada en este mapa vincula aún a { $department } con la violencia contra las mujeres: ninguna forma de violencia incide en el ministerio ni en sus objetivos, y ningún compromiso lo obliga. Vincule sus objetivos con las formas de violencia que los afectan y este informe dirá qué pedirle.
brief-why = Por qué la violencia contra las mujeres es asunto suyo
brief-why-nothing = En este mapa aún no hay ninguna forma de violencia contra las mujeres vinculada a ustedes ni a sus objetivos: lo que se les pide abajo viene de los compromisos que les obligan.
brief-objective = Su objetivo «{ $objective }»: { $list }.
brief-objective-quoted = Su objetivo «{ $objective }» (en sus palabras: «{ $words }»): { $list }.
brief-direct = Su trabajo en conjunto: { $list }.
brief-nothing-bears = aún no hay ninguna forma de violencia contra las mujeres vinculada
brief-bearing = { $issue } incide { $strength }, y { $made }
brief-strength-1 = un poco
brief-strength-2 = claramente
brief-strength-3 = fuertemente
brief-made = usted reconoce este vínculo
brief-not-made = usted no reconoce este vínculo
brief-unchecked = aún no se ha comprobado si usted reconoce este vínculo
brief-asks = Lo que le pedimos
brief-no-asks = En este mapa no se le pide nada más.
brief-asks-count = { $count ->
    [one] Una petición
   *[other] { $count } peticiones
}, { $urgent } urgentes.
brief-urgency-urgent = Urgente
brief-urgency-important = Importante
brief-urgency-to-consider = A considerar
brief-scores = Su puntuación
brief-not-scored = Aún no ha sido evaluado.
brief-year = Año
brief-score = Puntuación
brief-change = Cambio
brief-computed = * calculada a partir de las notas de la evaluación de ese año, con la fórmula publicada: 10 × la parte ponderada del nivel máximo alcanzado, en los criterios que se aplican.
brief-no-score-yet = aún sin puntuación
brief-marks = Sus notas en { $year }: { $score }
brief-illustrative = una ronda ilustrativa, no resultados reales
brief-not-marked = aún sin nota
brief-not-applicable = no se aplica
brief-replied = Ha respondido a esta evaluación.
brief-not-replied = Aún no ha respondido a esta evaluación.
brief-commitments = Los compromisos que le obligan
brief-no-commitments = Ningún compromiso de este mapa le obliga aún.
brief-picture = Dónde está usted en el mapa
brief-picture-alt = { $department }, sus objetivos, las formas de violencia contra las mujeres que inciden en ellos y los compromisos y organizaciones que lo rodean, tal como los dibuja el mapa.
brief-picture-small = Al ancho de esta página, algunas palabras de la imagen miden menos de 6 pt: el informe en PDF la presenta lo bastante grande para leerla en papel.

## Assessments: the Assessment panel, marking, colouring the map by a criterion
color-by-criterion = Criterio
scene-coloured-criterion = ministerios coloreados según su nivel en «{ $criterion }» en { $year }
scene-coloured-criterion-none = ministerios coloreados por un criterio (ninguno elegido)
legend-fill-criterion = { $kind } (relleno: nivel)
legend-criterion = { $criterion } ({ $year })
legend-criterion-none = Ningún criterio elegido
legend-not-applicable = no aplicable
legend-not-marked = sin calificar
menu-assess-panel = Panel de evaluación
marking-title = Evaluación
marking-round = Ronda
marking-no-round = ninguna
marking-no-rounds = Todavía no hay ninguna ronda de evaluación. Cree una con «Nueva ronda…».
marking-round-illustrative = { $year } (ilustrativa)
marking-new-round = Nueva ronda…
marking-new-round-title = Nueva ronda
marking-new-round-year = Año de la nueva ronda
marking-round-exists = Ya hay una ronda de { $year }.
marking-from-starter = Preguntas de la rúbrica inicial
marking-copy-round = Preguntas de la ronda de { $year }, cada una como continuación
marking-copy-none = Copiar la ronda anterior (no hay ninguna)
marking-create-round = Crear la ronda
marking-starter-error = No se puede leer la rúbrica inicial: { $why }
marking-second = Segunda calificación (a ciegas)
marking-second-hint = Califique como segunda evaluadora: sus calificaciones van a la segunda calificación y las primeras quedan ocultas en todas partes hasta que desactive esto.
marking-you = Usted:
marking-your-name = Su nombre
marking-default-name = Evaluador/a
marking-name-ask = Su nombre se registra con cada cambio que haga en una respuesta.
marking-name-keep = Usar «{ $name }»
marking-tab-marks = Calificaciones
marking-tab-disagreements = { $count ->
    [0] Desacuerdos
   *[other] Desacuerdos ({ $count })
}
marking-tab-agreement = Concordancia
marking-colour-by = Colorear el mapa según
marking-colour-off = ningún criterio
marking-colour-this = Colorear el mapa según este criterio
marking-colour-elsewhere = El criterio se elige en el panel de evaluación.
marking-source = Fuente: { $source }
marking-illustrative = Ilustrativa
marking-illustrative-hint = Las calificaciones de esta ronda son inventadas para mostrar cómo funciona la evaluación; no son resultados reales.
marking-progress = Calificadas { $marked } de { $total } · con pruebas { $evidenced } · faltan { $missing } · pruebas antiguas { $stale } · evaluadoras en desacuerdo { $disputed } · respuestas por decidir { $replies }
marking-progress-second = Con segunda calificación { $marked } de { $total }
marking-score-heading = Puntuación
marking-reply-heading = Respuesta
marking-score = { $score } ({ $marked } de { $applicable })
marking-score-basis = Calculada con { $marked } de los { $applicable } criterios aplicables a este ministerio ({ $na } no aplicables).
marking-formula = Puntuación = 10 × Σ peso × (nivel ÷ nivel máximo) ÷ Σ peso, sobre los criterios aplicables calificados con un nivel; los no aplicables o aún sin calificar no cuentan.
marking-score-of = Puntuación de { $department }
marking-hidden = oculta
marking-hidden-hint = Oculto durante la segunda calificación, para que las primeras sigan a ciegas.
marking-replied = ha respondido
marking-replied-open = { $count ->
    [one] ha respondido · { $count } por decidir
   *[other] ha respondido · { $count } por decidir
}
marking-not-replied = sin respuesta
marking-cell = { $department }, { $criterion }
marking-does-not-apply = «{ $criterion }» no se aplica a este ministerio.
marking-flags-key = ∅ calificada sin pruebas · ◷ pruebas antiguas · ⇄ las dos evaluadoras difieren · ↩ una respuesta por decidir · «·» no se aplica al ministerio
marking-flag-no-evidence = sin pruebas
marking-flag-stale = pruebas antiguas
marking-flag-disputed = las evaluadoras difieren
marking-flag-reply = respuesta por decidir
marking-na = No aplicable
marking-na-hint = El criterio no se aplica a este ministerio en esta ronda.
marking-not-marked = sin calificar
marking-close-answer = Cerrar la respuesta
marking-in-round = ronda { $year }
marking-cites = Cita { $commitment }: { $clause }
marking-not-put = Este criterio no se aplica a este ministerio; una calificación aquí no cuenta.
marking-mark = Calificación
marking-choose = Calificar como { $level }
marking-clear = Borrar la calificación
marking-clear-hint = Dejar el criterio sin calificar
marking-marked-by = Calificada por { $name }
marking-second-was = Segunda calificación: { $mark } (de { $name })
marking-settled-on = Acordada: { $mark }
marking-to-settle = Las dos evaluadoras difieren: acuérdelo en Desacuerdos.
marking-last-round = Ronda anterior ({ $year }): { $mark }
marking-not-comparable = no comparable
marking-change-reason = Por qué cambió la calificación desde la ronda anterior
marking-second-mark = Segunda calificación (a ciegas)
marking-blind-note = La primera calificación queda oculta hasta desactivar la segunda calificación.
marking-second-notes = Notas de la segunda evaluadora
marking-notes = Notas privadas
marking-notes-hint = Nunca se envían al ministerio
marking-history = { $count ->
    [one] Historial ({ $count } cambio)
   *[other] Historial ({ $count } cambios)
}
marking-history-line = { $when } · { $who }: { $what }
marking-evidence = { $count ->
    [0] Pruebas
   *[other] Pruebas ({ $count })
}
marking-no-evidence = Todavía no hay pruebas.
marking-evidence-item = Prueba { $n }
marking-evidence-remove = Quitar la prueba { $n }
marking-evidence-add = Añadir una prueba
marking-evidence-field = Prueba { $n }: { $field }
marking-evidence-title = Título
marking-evidence-link = Enlace o archivo
marking-evidence-page = Página
marking-evidence-quote = Cita
marking-evidence-date = Fecha del documento
marking-evidence-accessed = Consultado
marking-evidence-not-date = No es una fecha: escríbala como 2008-03-31, 2008-03 o 2008.
marking-evidence-open = Abrir el enlace
marking-stale = antigua: de { $date }
marking-stale-hint = El documento es anterior al año previo a la ronda; busque uno más reciente.
marking-reply = La respuesta del ministerio
marking-no-reply = Todavía no hay respuesta.
marking-coalition-mark = La calificación de la coalición
marking-department-says = El ministerio
marking-reply-agrees = Está de acuerdo
marking-reply-disagrees = No está de acuerdo
marking-reply-reason = Motivo: { $reason }
marking-reply-evidence = Sus pruebas: { $evidence }
marking-accept = Aceptar
marking-accept-hint = El ministerio tiene razón. La calificación no cambia sola: cámbiela arriba, como un paso aparte.
marking-reject = Rechazar
marking-reject-hint = La calificación se mantiene.
marking-accepted = Aceptada: cambie arriba la calificación según lo que muestra la respuesta, como un paso aparte.
marking-rejected = Rechazada: la calificación se mantiene.
marking-undecide = Volver a decidir
marking-differ = { $first } ({ $by }) y { $second } ({ $other })
marking-open = Abrir
marking-settle-on = Acordar:
marking-settle = Acordar { $department }, { $criterion } en { $mark }
marking-no-disagreements = No hay desacuerdos pendientes en esta ronda.
marking-agreement-intro = Con qué frecuencia las dos evaluadoras dieron la misma calificación, y la kappa de Cohen (concordancia más allá del azar: 1 es total, 0 no mejor que el azar). Una kappa baja sugiere que el criterio es vago.
marking-criterion = Criterio
marking-pairs = Calificadas por ambas
marking-agreed = Misma calificación
marking-rate = Concordancia
marking-kappa = Kappa
marking-vague = Poca concordancia más allá del azar: el criterio puede ser vago.
marking-no-kappa = Sin kappa: todavía no hay pares, o ambas dieron siempre la misma calificación.
marking-not-put-short = no aplicable
inspector-marks = Evaluación { $year }
inspector-marks-score = Puntuación: { $score }
inspector-asks = Peticiones ({ $count })
inspector-asks-hint = Lo que el informe pide a este ministerio, lo más urgente primero. Las palabras vienen del mapa salvo que las cambie.
inspector-ask-urgency = Urgencia de la petición { $n }
inspector-ask-text = Petición { $n }
inspector-ask-up = Subir la petición { $n }
inspector-ask-down = Bajar la petición { $n }
inspector-ask-drop = Descartar
inspector-ask-drop-n = Descartar la petición { $n }
inspector-ask-restore = Recuperar
inspector-ask-restore-n = Recuperar la petición { $n }
inspector-ask-dropped = descartada
inspector-ask-dropped-hint = No figura en el informe: Recuperar la vuelve a poner.
inspector-ask-own = propia
inspector-ask-edited = modificada
inspector-ask-new = Nueva petición
inspector-ask-new-hint = Una petición propia
inspector-ask-add = Añadir una petición
inspector-ask-needs-words = Una petición propia necesita un texto: descártela si no la quiere.
step-ask-urgency = Cambiar la urgencia de una petición
step-ask-text = Reformular una petición
step-ask-move = Mover una petición
step-ask-drop = Descartar una petición
step-ask-restore = Recuperar una petición
step-ask-add = Añadir una petición
log-mark = calificación: { $from } → { $to }
log-second = segunda calificación: { $mark }
log-second-notes = notas de la segunda evaluadora
log-settled = acordada en { $mark }
log-notes = notas privadas
log-change-reason = por qué cambió la calificación
log-evidence-added = prueba añadida
log-evidence-removed = prueba { $n } quitada
log-reply-accepted = respuesta aceptada
log-reply-rejected = respuesta rechazada
log-reply-reopened = respuesta por decidir de nuevo
log-reply-agrees = respuesta recibida: de acuerdo con la calificación
log-reply-disagrees = respuesta recibida: en desacuerdo con la calificación
log-the-department = el ministerio
step-marking-answer = Respuesta de { $department } a «{ $criterion }»
step-marking-round = Nueva ronda { $year }
report-year-illustrative = { $year } (ilustrativa)
report-computed = calculada
report-computed-hint = Calculada con las calificaciones de la ronda según la fórmula publicada.
report-computed-key = ∑ calculada con las calificaciones de la ronda según la fórmula publicada (pase el puntero para verla); las demás puntuaciones son cifras globales.
report-headline-hint = Una cifra global: escrita a mano, sin calificación detrás.
marking-kappa-low = { $kappa } · ¿vago?
menu-export-briefs = Exportar informes…
briefs-title = Exportar informes
briefs-intro = Un informe por ministerio, con su id como nombre: por qué la violencia contra las mujeres le concierne, qué se le pide (lo más urgente primero), cómo puntuó, los compromisos que lo obligan y una imagen de su entorno en el mapa.
brief-dialog-title = Exportar informe
brief-dialog-intro = El informe de { $department }: por qué la violencia contra las mujeres le concierne, qué se le pide (lo más urgente primero), cómo puntuó, los compromisos que lo obligan y una imagen de su entorno en el mapa.
briefs-pdf = PDF (.pdf): para imprimir o enviar tal cual
briefs-docx = Word (.docx): para editar antes de enviar
briefs-html = Página web (.html): una página sin conexión
briefs-count = { $count ->
        [0] Este mapa no tiene ministerios.
        [one] Un ministerio: un informe.
       *[other] { $count } ministerios: { $count } informes.
    }
briefs-note = Los informes muestran el mapa en el idioma de la pantalla, con la fecha de hoy. La línea de comandos escribe los mismos archivos: sectormap brief MAPA --all CARPETA.
briefs-export = Elegir una carpeta…
brief-dialog-export = Elegir un archivo…
briefs-folder-title = Carpeta para los informes ({ $format })
briefs-is-file = { $path } es un archivo; elija una carpeta para los informes.
file-briefs = informes
status-exported-files = Exportado { $count ->
        [one] un archivo
       *[other] { $count } archivos
    } en { $path }
node-export-brief = Exportar informe…
node-neighbourhood-view = Guardar una vista de su entorno
node-neighbourhood-view-hint = Una vista guardada con el nombre del ministerio que muestra lo que muestra su informe: el ministerio, sus objetivos, las formas de VCM que les afectan, sus compromisos y organizaciones.
step-neighbourhood-view = Guardar la vista { $name }
gaps-asks-title = Peticiones por ministerio
gaps-asks-hint = Cuántas peticiones le hace a cada ministerio su informe. Haga clic en uno para seleccionarlo.
gaps-asks-row = { $department }: { $count ->
        [one] una petición
       *[other] { $count } peticiones
    }
report-asks = Peticiones
report-asks-cell = Peticiones a { $department }
report-asks-hint = Cuántas peticiones le hace su informe al ministerio. Haga clic para seleccionarlo en el mapa.
brief-dialog-note = El informe muestra el mapa en el idioma de la pantalla, con la fecha de hoy. La línea de comandos escribe el mismo archivo: sectormap brief MAPA --department ID -o ARCHIVO.
disk-changed-title = { $name } cambió en el disco desde que lo abrió
disk-changed-text = Otra persona (otro editor, un script) guardó { $name } después de que usted lo abriera o lo guardara por última vez. Guardar ahora reemplazaría su versión.
disk-merge-counts = Fusionar su versión añade { $added } elementos y { $links } vínculos y cambia { $changed } elementos y vínculos; no se quita nada suyo ni de la otra versión.
disk-merge = Fusionar su versión con la mía
disk-clean-text = No tiene cambios sin guardar: vuelva a cargar para ver su versión.
disk-reload = Volver a cargar su versión
disk-save-new = Guardar la mía como archivo nuevo…
disk-unreadable = Su versión no se puede leer: { $reason }
disk-merge-undo = Fusionar la versión del disco
disk-merged = Versión del disco fusionada: { $added } elementos y { $links } vínculos añadidos, { $changed } cambiados. Guarde para escribir ambas.
disk-reloaded = Se volvió a cargar { $path }

## Compartir un mapa (Archivo > Compartir mediante una carpeta…, Fusionar cambios de…, el panel Cambios)
share-restored = El valor ha vuelto, como cambio suyo. Guarde para conservarlo.
status-undo-others = No se deshizo: desharía cambios que otras personas hicieron después. Cámbielo a mano.
status-redo-others = No se rehízo: desharía cambios que otras personas hicieron después. Cámbielo a mano.
menu-share = Compartir mediante una carpeta…
menu-merge-changes = Fusionar cambios de…
menu-changes-panel = Panel de cambios
tab-changes = Cambios
fold-inspector = Inspector (plegado: la ventana es estrecha)
fold-report = Boletín de calificaciones ▴
fold-close = Plegar este panel
share-title = Compartir este mapa mediante una carpeta
share-text = Al compartir se crea una carpeta llamada { $folder } junto al mapa. El Sectormap de cada persona escribe allí sus cambios, en un archivo propio, y fusiona los de las demás a medida que llegan: no se sobrescribe el trabajo de nadie. Guarden el mapa y la carpeta juntos en una unidad que todos usen (una unidad compartida, Dropbox, Syncthing).
share-email-text = ¿No hay unidad compartida? Envíe por correo su archivo de la carpeta: Archivo > Fusionar cambios de… lo incorpora.
share-name = Su nombre
share-name-hint = Las demás personas lo ven junto a sus cambios.
share-go = Compartir
share-join-title = { $map } está compartido
share-join-text = Otras personas editan este mapa mediante la carpeta { $folder }. Indique el nombre que verán junto a sus cambios; después, sus cambios y los de ellas se fusionan mientras trabaja.
share-join = Unirse
share-alone = Este mapa está compartido, pero no hay carpeta de datos donde guardar quién es usted: se abre por separado, y al guardarlo se comprueba como cualquier mapa.
share-join-failed = No se pudo leer la carpeta compartida, así que el mapa se abre por separado: { $reason }
share-joined = Mapa compartido: { $devices ->
    [one] solo usted por ahora
   *[other] cambios de { $devices } personas fusionados
}.
share-arrived = Llegaron cambios de { $names } ({ $count ->
    [one] un cambio
   *[other] { $count } cambios
}).
share-shared-title = Este mapa está compartido
share-shared-text = Se comparte mediante la carpeta { $folder }, con { $devices ->
    [one] nadie más todavía
   *[other] archivos de { $devices } personas
}.
share-you-are = Usted es { $name }.
share-no-data-dir = No hay carpeta de datos donde guardar quién es usted. Asigne una carpeta a SECTORMAP_DATA_DIR y vuelva a abrir Sectormap.
share-not-possible = El mapa no se puede compartir
share-done-title = El mapa está compartido
share-done-text = La carpeta es { $folder }. Manténgala junto al mapa, en una unidad que usen las demás personas; sus cambios llegarán cuando guarden.
share-done-status = Compartido mediante { $folder }
share-indicator = Compartido · { $devices ->
    [one] 1 persona
   *[other] { $devices } personas
}
share-indicator-hint = Compartido mediante { $folder }. El panel Cambios muestra el trabajo de las demás personas.
menu-connect-live = Conectar a un servidor de sincronización…
menu-disconnect-live = Desconectar del servidor de sincronización
live-title = Conectar a un servidor de sincronización
live-text = Mientras esté conectado, sus cambios llegan al momento a todas las personas que trabajan en el mismo documento del servidor, y los de ellas le llegan en menos de un segundo.
live-shares = Este mapa aún no está compartido: al conectar se comparte primero mediante una carpeta a su lado.
live-url = Dirección del servidor
live-document = Nombre del documento
live-token = Token
live-token-hint = La contraseña que pide el servidor (tomada de { $variable }).
live-go = Conectar al servidor
live-not-possible = No se puede conectar a un servidor de sincronización
live-untitled = Guarde el mapa antes de conectarlo a un servidor de sincronización.
live-failed = Sin conexión: { $reason }
live-connected = En directo en { $url }: sus cambios salen a medida que los hace.
live-indicator = En directo · { $url }
live-lost = Se perdió el servidor de sincronización: { $reason }; sus cambios se conservan y se enviarán al volver a conectar.
live-disconnected = Desconectado de { $url }; sus cambios se conservan.
live-not-connected = El mapa no está conectado a un servidor de sincronización.
merge-pick-title = Fusionar cambios del archivo de otra persona
merge-files = Archivos de cambios de Sectormap
merge-untitled = Guarde primero el mapa: solo un mapa guardado se puede compartir e incorporar cambios de otras personas.
merge-failed-title = No se pudieron fusionar los cambios
merge-title = Fusionar cambios de { $file }
merge-from = Cambios de { $names }.
merge-nothing = Nada nuevo: este mapa ya tiene todos los cambios del archivo.
merge-counts = La fusión añade { $added }, cambia { $changed } y quita { $removed } elementos, vínculos y partes del mapa:
merge-conflicts = { $count ->
    [one] Dos personas fijaron un valor a la vez: el que perdió se guarda en el panel Cambios, donde puede restaurarlo.
   *[other] Dos personas fijaron { $count } valores a la vez: los que perdieron se guardan en el panel Cambios, donde puede restaurarlos.
}
merge-shares = Este mapa aún no está compartido. La fusión lo comparte mediante una carpeta junto a él, a partir de este archivo: el mapa pasa a ser lo que contiene el archivo (los cambios de arriba) y, desde entonces, sus cambios y los de la otra persona se fusionan mientras ambos trabajan.
merge-go = Fusionar
merge-share-go = Compartir y fusionar
merge-done = Cambios de { $names } fusionados. Guarde para conservarlos.
merge-done-saved = Cambios de { $names } fusionados; el mapa está compartido y guardado.
changes-not-shared = Este mapa no está compartido. Compártalo mediante una carpeta y los cambios de otras personas aparecerán aquí a medida que lleguen.
changes-shared = Compartido mediante { $folder }
changes-people = { $devices ->
    [one] Solo usted por ahora
   *[other] { $devices } personas
} · usted es { $name }
changes-added-nodes = Añadió { $count ->
    [one] un elemento
   *[other] { $count } elementos
}
changes-added-links = Añadió { $count ->
    [one] un vínculo
   *[other] { $count } vínculos
}
changes-changed-nodes = Cambió { $count ->
    [one] un elemento
   *[other] { $count } elementos
}
changes-changed-links = Cambió { $count ->
    [one] un vínculo
   *[other] { $count } vínculos
}
changes-changed = Cambió { $kind ->
    [link] el vínculo
   *[node] el elemento
} { $label }
changes-more-fields = …y { $count } cambios más, no listados
changes-kept = Valores que perdieron ({ $count })
changes-kept-hint = Dos personas los fijaron a la vez; ganó el otro valor. Restaurar vuelve a poner el suyo (o el de la otra persona).
changes-kept-who = Fijado por { $by }, reemplazado por el de { $over }
changes-restore = Restaurar
changes-restore-named = Restaurar { $field } de { $label }
changes-records = Cambios de otras personas
changes-none = Aún no hay cambios de otras personas.
changes-someone = alguien
changes-revived = { $deleted } eliminó { $kind ->
    [link] el vínculo
   *[node] el elemento
} { $label } mientras { $changed } lo cambiaba: se ha conservado.
changes-dismiss = Descartar
changes-dismiss-named = Descartar el aviso sobre { $label }
changes-deleted = Eliminó { $kind ->
    [link] el vínculo
    [map] del mapa:
   *[node] el elemento
} { $label }
changes-added = Añadió { $kind ->
    [link] el vínculo
   *[node] el elemento
} { $label }
changes-map-part = Del mapa: { $part }
changes-the-map = El mapa
changes-more = y { $count } más
