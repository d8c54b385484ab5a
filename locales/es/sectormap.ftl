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
menu-panel = Panel de { $panel }
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
import-merge-counts = Elementos: { $added } añadidos, { $changed } cambiados, { $unchanged } sin cambios. Vínculos: { $links } añadidos, { $changed_links } cambiados.
import-merge-rule = Los elementos coinciden por ID y luego por etiqueta y tipo. Las celdas vacías no cambian nada; los nodos del mapa conservan su lugar. Deshacer una vez anula toda la combinación.
import-left-alone = Sin cambios: { $problem }
data-title = Exportar datos
data-xlsx = Libro (.xlsx): Elements, Connections, Report card; se vuelve a leer en Sectormap y Kumu
data-graphml = GraphML (.graphml): para Gephi y yEd, con posiciones y colores
data-gexf = GEXF 1.3 (.gexf): para Gephi, con posiciones, colores y atributos con tipo
data-kumu = Plano de Kumu (.kumu.json)
data-note = Las traducciones y las vistas guardadas solo quedan en el archivo del mapa.
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
