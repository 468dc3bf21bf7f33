"""Spanish news reporting (wire, war, Spanish and Latin American local crime pages), labelled by
hand before running the extractor: casualty constructions (se cobró N vidas, victims with no
numeral, una veintena / decenas / centenares, ranges, restated figures, ultimados, sin vida,
abatidos, lesionados, occisos, quoted officials, según) beside numbers that are no casualty
figure (times, dates, years, ages, survivors, houses, funeral crowds, shots fired, list numbers,
arrests, troops, money, populations). Every sentence is our own; names and figures are invented."""

from __future__ import annotations

import pytest

from harmledger.extract import extract_claims

Expected = tuple[str, str, int | None, int | None, str]

CLAIMS: list[object] = [
    (
        "Al menos 17 civiles murieron el martes en un bombardeo contra un mercado de la ciudad.",
        [("killed", "civilians", 17, None, "at_least")],
    ),
    (
        "El ataque se cobró 17 vidas, entre ellas las de cuatro menores.",
        [("killed", "people", 17, 17, "exact"), ("killed", "children", 4, 4, "exact")],
    ),
    (
        "Una mujer murió y otras tres personas resultaron heridas tras el derrumbe de un edificio"
        " alcanzado por un misil.",
        [("killed", "women", 1, 1, "exact"), ("injured", "people", 3, 3, "exact")],
    ),
    (
        "Decenas de personas resultaron heridas en los enfrentamientos del fin de semana.",
        [("injured", "people", 24, None, "vague")],
    ),
    (
        "Centenares de civiles han muerto desde el inicio de la ofensiva.",
        [("killed", "civilians", 200, None, "vague")],
    ),
    (
        "Una veintena de personas murieron en el ataque contra el autobús.",
        [("killed", "people", 20, 20, "about")],
    ),
    (
        "Entre 30 y 40 personas murieron en la explosión, según fuentes hospitalarias.",
        [("killed", "people", 30, 40, "range")],
    ),
    (
        "Más de 200 personas resultaron heridas durante la protesta.",
        [("injured", "people", 201, None, "more_than")],
    ),
    (
        "Casi 50 civiles perdieron la vida en los bombardeos de la última semana.",
        [("killed", "civilians", 50, 50, "about")],
    ),
    (
        "Unas 300 personas siguen desaparecidas tras el alud.",
        [("missing", "people", 300, 300, "about")],
    ),
    (
        "Hasta 60 personas podrían haber muerto en el naufragio, según la ONU.",
        [("killed", "people", None, 60, "up_to")],
    ),
    (
        "Dos hombres fueron ultimados a balazos la noche del sábado en la colonia Centro.",
        [("killed", "men", 2, 2, "exact")],
    ),
    (
        "Los cuerpos sin vida de tres personas fueron localizados en un paraje cercano a la"
        " carretera.",
        [("bodies_recovered", "people", 3, 3, "exact")],
    ),
    (
        "Cuatro guerrilleros fueron abatidos por el Ejército en una zona rural del departamento.",
        [("killed", "combatants", 4, 4, "exact")],
    ),
    (
        "Tres policías resultaron lesionados durante el ataque armado contra la patrulla.",
        [("injured", "other", 3, 3, "exact")],
    ),
    (
        "En el lugar quedaron dos occisos y un lesionado, informó la Fiscalía.",
        [("killed", "people", 2, 2, "exact"), ("injured", "people", 1, 1, "exact")],
    ),
    (
        "El tiroteo dejó cuatro muertos y siete heridos en un bar del centro.",
        [("killed", "people", 4, 4, "exact"), ("injured", "people", 7, 7, "exact")],
    ),
    (
        "La cifra de fallecidos ascendió a 89, informó el Ministerio de Sanidad.",
        [("killed", "people", 89, 89, "exact")],
    ),
    (
        "«Hemos contabilizado 23 muertos, la mayoría niños», declaró el alcalde.",
        [("killed", "people", 23, 23, "exact")],
    ),
    (
        "Según la Cruz Roja, al menos 12 personas han muerto y 40 han resultado heridas.",
        [("killed", "people", 12, None, "at_least"), ("injured", "people", 40, 40, "exact")],
    ),
    (
        "Más de 1.200 personas han sido desplazadas por la violencia en la región.",
        [("displaced", "people", 1201, None, "more_than")],
    ),
    (
        "Miles de personas han huido de la ciudad desde el comienzo de los combates.",
        [("displaced", "people", 2000, None, "vague")],
    ),
    (
        "Un menor de 15 años murió tras ser alcanzado por una bala perdida.",
        [("killed", "children", 1, 1, "exact")],
    ),
    (
        "Ningún civil resultó herido en el ataque, aseguró el Ejército.",
        [("injured", "civilians", 0, 0, "exact")],
    ),
    (
        "Las autoridades confirmaron el hallazgo de 11 cuerpos en una fosa clandestina.",
        [("bodies_recovered", "people", 11, 11, "exact")],
    ),
    (
        "Un hombre murió y una mujer resultó herida en el ataque.",
        [("killed", "men", 1, 1, "exact"), ("injured", "women", 1, 1, "exact")],
    ),
    (
        "La explosión causó la muerte de nueve personas en el centro comercial.",
        [("killed", "people", 9, 9, "exact")],
    ),
    (
        "El balance provisional es de 34 muertos y más de un centenar de heridos.",
        [("killed", "people", 34, 34, "exact"), ("injured", "people", 101, None, "more_than")],
    ),
    (
        "El número de víctimas mortales se eleva ya a 150.",
        [("killed", "people", 150, 150, "exact")],
    ),
    (
        "Al menos tres personas perdieron la vida y otras cinco resultaron lesionadas en un ataque"
        " armado en un bar.",
        [("killed", "people", 3, None, "at_least"), ("injured", "people", 5, 5, "exact")],
    ),
    (
        "Varios civiles resultaron heridos por la metralla.",
        [("injured", "civilians", 3, None, "vague")],
    ),
    (
        "Dos mil personas han muerto en el conflicto, según la ONU.",
        [("killed", "people", 2000, 2000, "exact")],
    ),
    (
        "Los ataques han dejado 43.799 muertos desde octubre, según el Ministerio de Salud.",
        [("killed", "people", 43799, 43799, "exact")],
    ),
    (
        "Cerca de 70 personas murieron y un centenar resultaron heridas.",
        [("killed", "people", 70, 70, "about"), ("injured", "people", 100, 100, "about")],
    ),
    (
        "Unos 15 soldados murieron en la emboscada.",
        [("killed", "combatants", 15, 15, "about")],
    ),
    (
        "Fueron hallados sin vida los cuerpos de dos mujeres en un canal de riego.",
        [("bodies_recovered", "women", 2, 2, "exact")],
    ),
    (
        "La masacre dejó siete víctimas mortales, entre ellas dos niños.",
        [("killed", "people", 7, 7, "exact"), ("killed", "children", 2, 2, "exact")],
    ),
    (
        "El atentado causó 12 muertos, de los cuales cinco eran mujeres.",
        [("killed", "people", 12, 12, "exact"), ("killed", "women", 5, 5, "exact")],
    ),
    (
        "Un ataque con drones mató a tres civiles e hirió a otros ocho.",
        [("killed", "civilians", 3, 3, "exact"), ("injured", "civilians", 8, 8, "exact")],
    ),
    (
        "El fuego de artillería mató a decenas de combatientes.",
        [("killed", "combatants", 24, None, "vague")],
    ),
    (
        "Entre 200 y 250 migrantes permanecen desaparecidos.",
        [("missing", "people", 200, 250, "range")],
    ),
    (
        "Diecisiete personas murieron en el ataque. Las 17 víctimas trabajaban en una fábrica.",
        [("killed", "people", 17, 17, "exact")],
    ),
    (
        "Un hombre de 40 años fue asesinado a balazos alrededor de las 22:00 horas del domingo.",
        [("killed", "men", 1, 1, "exact")],
    ),
    (
        "Dos personas murieron y 14 viviendas quedaron destruidas tras el bombardeo del 3 de mayo.",
        [("killed", "people", 2, 2, "exact")],
    ),
    (
        "Sujetos armados dispararon 40 veces contra un grupo de personas y mataron a seis.",
        [("killed", "people", 6, 6, "exact")],
    ),
    (
        "Una mujer fue asesinada a tiros frente a su domicilio en el barrio de San Antonio.",
        [("killed", "women", 1, 1, "exact")],
    ),
    (
        "La violencia se cobró la vida de 23 personas durante el fin de semana en el estado.",
        [("killed", "people", 23, 23, "exact")],
    ),
    (
        "El conflicto se ha cobrado ya más de 500 vidas en la provincia.",
        [("killed", "people", 501, None, "more_than")],
    ),
    (
        "Los occisos, tres hombres de entre 25 y 30 años, presentaban impactos de bala.",
        [("killed", "men", 3, 3, "exact")],
    ),
    (
        "La balacera dejó como saldo dos personas sin vida y tres lesionados.",
        [("killed", "people", 2, 2, "exact"), ("injured", "people", 3, 3, "exact")],
    ),
    (
        "Según el reporte de la Secretaría de Seguridad, cinco personas fueron asesinadas en distintos hechos.",
        [("killed", "people", 5, 5, "exact")],
    ),
    (
        "«Hay al menos 40 fallecidos y el número podría aumentar», afirmó el gobernador en rueda de prensa.",
        [("killed", "people", 40, None, "at_least")],
    ),
    (
        "Una treintena de personas resultaron heridas por la onda expansiva.",
        [("injured", "people", 30, 30, "about")],
    ),
    (
        "Medio centenar de civiles murieron en el asalto a la aldea.",
        [("killed", "civilians", 50, 50, "about")],
    ),
    (
        "Decenas de miles de personas se han visto obligadas a abandonar sus hogares.",
        [("displaced", "people", 20000, None, "vague")],
    ),
    (
        "Entre 15 y 20 personas resultaron heridas, de acuerdo con Protección Civil.",
        [("injured", "people", 15, 20, "range")],
    ),
    (
        "De 10 a 12 personas continúan desaparecidas tras el ataque al pueblo.",
        [("missing", "people", 10, 12, "range")],
    ),
    (
        "Los cadáveres de cuatro hombres fueron encontrados en una cuneta con signos de tortura.",
        [("bodies_recovered", "men", 4, 4, "exact")],
    ),
    (
        "Un policía murió y otros dos resultaron heridos en la emboscada.",
        [("killed", "other", 1, 1, "exact"), ("injured", "other", 2, 2, "exact")],
    ),
    (
        "El número de muertos por los bombardeos ya supera los 300, según las autoridades locales.",
        [("killed", "people", 301, None, "more_than")],
    ),
    (
        "Al menos una docena de niños se encuentran entre los fallecidos.",
        [("killed", "children", 12, None, "at_least")],
    ),
    (
        "Seis personas fallecieron y una veintena resultaron heridas en el atentado con coche bomba.",
        [("killed", "people", 6, 6, "exact"), ("injured", "people", 20, 20, "about")],
    ),
    (
        "Los ataques aéreos mataron a varios civiles, entre ellos dos mujeres.",
        [("killed", "civilians", 3, None, "vague"), ("killed", "women", 2, 2, "exact")],
    ),
    (
        "Cientos de personas murieron en la ofensiva, de acuerdo con organizaciones humanitarias.",
        [("killed", "people", 200, None, "vague")],
    ),
    (
        "Tres personas murieron a causa de las heridas en el hospital.",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "Una niña de siete años resultó herida por una bala perdida.",
        [("injured", "children", 1, 1, "exact")],
    ),
    (
        "Dos menores de edad perdieron la vida en el ataque contra la escuela.",
        [("killed", "children", 2, 2, "exact")],
    ),
    (
        "La Fiscalía General informó que el número de homicidios en el mes fue de 89.",
        [("killed", "people", 89, 89, "exact")],
    ),
    (
        "Cuatro personas fueron halladas sin vida en el interior de una vivienda.",
        [("bodies_recovered", "people", 4, 4, "exact")],
    ),
    (
        "El ataque armado contra una familia dejó cinco muertos, entre ellos tres niños.",
        [("killed", "people", 5, 5, "exact"), ("killed", "children", 3, 3, "exact")],
    ),
    (
        "Al menos 32 personas murieron. Entre los fallecidos hay seis niños, según fuentes médicas.",
        [("killed", "people", 32, None, "at_least"), ("killed", "children", 6, 6, "exact")],
    ),
    (
        "Localizaron sin vida a un hombre en un camino vecinal del municipio.",
        [("bodies_recovered", "men", 1, 1, "exact")],
    ),
    (
        "Hallan sin vida a cuatro personas dentro de un vehículo abandonado.",
        [("bodies_recovered", "people", 4, 4, "exact")],
    ),
    (
        "El ataque dejó sin vida a dos personas en la plaza principal.",
        [("killed", "people", 2, 2, "exact")],
    ),
    (
        "Un agente murió y otros dos resultaron heridos durante el patrullaje.",
        [("killed", "other", 1, 1, "exact"), ("injured", "other", 2, 2, "exact")],
    ),
    (
        "La cifra de fallecidos rebasó los 40 tras el ataque al mercado.",
        [("killed", "people", 41, None, "more_than")],
    ),
    (
        "Tres personas encontraron la muerte en el ataque contra el autobús.",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "Un hombre resultó herido de bala y murió horas después en el hospital.",
        [("killed", "men", 1, 1, "exact")],
    ),
    (
        "Suman ya 14 los muertos por la ola de violencia en la región.",
        [("killed", "people", 14, 14, "exact")],
    ),
    (
        "El saldo de la masacre es de ocho muertos.",
        [("killed", "people", 8, 8, "exact")],
    ),
    (
        "Murieron 12 personas, entre ellas una mujer embarazada.",
        [("killed", "people", 12, 12, "exact")],
    ),
    (
        "Dos de los heridos murieron posteriormente en el hospital.",
        [("killed", "people", 2, 2, "exact")],
    ),
    (
        "Tres elementos de la Guardia Nacional perdieron la vida en la emboscada.",
        [("killed", "other", 3, 3, "exact")],
    ),
    (
        "El número de personas asesinadas en el municipio asciende a 27 en lo que va de año.",
        [("killed", "people", 27, 27, "exact")],
    ),
    (
        "Un total de 45 personas han muerto desde que comenzaron las protestas, según la Defensoría del Pueblo.",
        [("killed", "people", 45, 45, "exact")],
    ),
    (
        "Otras 60 personas resultaron heridas, algunas de gravedad.",
        [("injured", "people", 60, 60, "exact")],
    ),
    (
        "En las últimas 24 horas, 35 personas han muerto por los bombardeos.",
        [("killed", "people", 35, 35, "exact")],
    ),
    (
        "El 14 de febrero, 9 personas murieron en un ataque con drones.",
        [("killed", "people", 9, 9, "exact")],
    ),
    (
        "Quince personas fueron asesinadas el fin de semana en Ciudad Juárez.",
        [("killed", "people", 15, 15, "exact")],
    ),
    (
        "La ofensiva ha causado más de 3.000 muertos civiles, según la ONU.",
        [("killed", "civilians", 3001, None, "more_than")],
    ),
    (
        "Murieron tres personas y una decena resultaron heridas.",
        [("killed", "people", 3, 3, "exact"), ("injured", "people", 10, 10, "about")],
    ),
    (
        "El sepelio de los 14 fallecidos reunió a más de 1.000 personas.",
        [("killed", "people", 14, 14, "exact")],
    ),
    (
        "Tres elementos de la policía municipal resultaron heridos en el ataque.",
        [("injured", "other", 3, 3, "exact")],
    ),
    (
        "Dos hombres resultaron heridos de bala y murieron en el hospital.",
        [("killed", "men", 2, 2, "exact")],
    ),
    (
        "Fueron localizados los cuerpos sin vida de 3 personas en una barranca.",
        [("bodies_recovered", "people", 3, 3, "exact")],
    ),
    (
        "Mueren cinco personas en ataque armado contra un bar de Celaya",
        [("killed", "people", 5, 5, "exact")],
    ),
    (
        "Matan a tres en una fiesta familiar en Zacatecas",
        [("killed", "people", 3, 3, "exact")],
    ),
    (
        "Asesinan a mujer frente a su domicilio en Ecatepec",
        [("killed", "women", 1, 1, "exact")],
    ),
    (
        "Ejecutan a dos hombres en la carretera a Uruapan",
        [("killed", "men", 2, 2, "exact")],
    ),
    (
        "Hay al menos 30 muertos tras el bombardeo, según la defensa civil.",
        [("killed", "people", 30, None, "at_least")],
    ),
    (
        "Se contabilizan 112 fallecidos y 340 heridos desde el inicio de los disturbios.",
        [("killed", "people", 112, 112, "exact"), ("injured", "people", 340, 340, "exact")],
    ),
    (
        "El ataque dejó un saldo de 9 muertos y 21 heridos.",
        [("killed", "people", 9, 9, "exact"), ("injured", "people", 21, 21, "exact")],
    ),
    (
        "Un total de 250 personas han perdido la vida en la provincia este año.",
        [("killed", "people", 250, 250, "exact")],
    ),
    (
        "Doscientas cincuenta personas murieron en el asalto, según testigos.",
        [("killed", "people", 250, 250, "exact")],
    ),
    (
        "Hieren a balazos a un taxista en la colonia Morelos",
        [("injured", "people", 1, 1, "exact")],
    ),
    (
        "Abaten a seis presuntos guerrilleros en Nariño",
        [("killed", "combatants", 6, 6, "exact")],
    ),
    (
        "Veintiún civiles murieron en el ataque contra el convoy humanitario.",
        [("killed", "civilians", 21, 21, "exact")],
    ),
    (
        "El ataque se saldó con cuatro muertos, según la policía.",
        [("killed", "people", 4, 4, "exact")],
    ),
    (
        "Los muertos ya son 56, de acuerdo con el último balance de Protección Civil.",
        [("killed", "people", 56, 56, "exact")],
    ),
    (
        "Al menos dos personas murieron y otras seis resultaron heridas, informó el Ministerio del Interior.",
        [("killed", "people", 2, None, "at_least"), ("injured", "people", 6, 6, "exact")],
    ),
    (
        "«Tenemos confirmadas 17 personas fallecidas», dijo el secretario de Seguridad en conferencia.",
        [("killed", "people", 17, 17, "exact")],
    ),
    (
        "Las autoridades reportaron 4 personas lesionadas por arma de fuego.",
        [("injured", "people", 4, 4, "exact")],
    ),
    (
        "En lo que va del año, 1.245 personas han sido asesinadas en el estado, según cifras oficiales.",
        [("killed", "people", 1245, 1245, "exact")],
    ),
    (
        "Una menor de 12 años resultó herida y su padre murió en el ataque.",
        [("injured", "children", 1, 1, "exact"), ("killed", "men", 1, 1, "exact")],
    ),
    (
        "Ultiman a balazos a joven en Tlaquepaque",
        [("killed", "people", 1, 1, "exact")],
    ),
    (
        "Tres niños y dos adultos murieron cuando un misil impactó en su casa.",
        [("killed", "children", 3, 3, "exact"), ("killed", "people", 2, 2, "exact")],
    ),
    (
        "El número de desplazados por la violencia supera los 5.000.",
        [("displaced", "people", 5001, None, "more_than")],
    ),
    (
        "Asesinan a balazos a mujer en un puesto de comida",
        [("killed", "women", 1, 1, "exact")],
    ),
]

NON_CLAIMS: list[str] = [
    "El ataque se produjo hacia las 23.30 horas del 14 de marzo de 2023.",
    "Los 23 sobrevivientes fueron trasladados en autobús a la capital.",
    "Más de 500 personas asistieron al funeral de las víctimas.",
    "Los agresores efectuaron al menos 30 disparos contra la vivienda.",
    "El bombardeo destruyó 40 viviendas en el barrio.",
    "El detenido, de 32 años, fue puesto a disposición del juez.",
    "La guerra, que comenzó en 2011, ha obligado a cerrar 300 escuelas.",
    "El Ejército desplegó a 2.000 efectivos en la zona tras la masacre.",
    "La policía detuvo a 12 personas relacionadas con el crimen.",
    "El conflicto armado se prolonga desde hace más de 50 años.",
    "El 80 % de la población vive por debajo del umbral de pobreza.",
    "La ciudad, de 150.000 habitantes, quedó sin electricidad durante dos días.",
    "Los hechos ocurrieron en el kilómetro 45 de la carretera federal 15.",
    "1. El ataque contra el hospital. 2. La respuesta del gobierno. 3. Las víctimas.",
    "El gobierno anunció una ayuda de 3 millones de euros para las familias afectadas.",
    "Unos 400 manifestantes se concentraron frente al ayuntamiento.",
    "Los insurgentes lanzaron 15 cohetes contra la base militar.",
    "Fue el cuarto ataque contra la comunidad en lo que va de año.",
    "Unas 3.000 personas viven en el campamento.",
    "Más de 20 vehículos resultaron calcinados.",
    "El juicio contra los 11 acusados comenzará el próximo lunes.",
    "Los 33 mineros atrapados fueron rescatados con vida.",
    "Se registraron 14 sismos de magnitud superior a 4.",
    "El sospechoso disparó en cinco ocasiones contra el vehículo.",
    "La operación contó con la participación de 300 agentes y dos helicópteros.",
    "El Ejército lanzó 120 ataques aéreos durante el fin de semana.",
    "El partido obtuvo 45 escaños en las elecciones de 2019.",
    "Las autoridades han identificado al menos 72 fosas comunes en el estado.",
    "La ONU calcula que 1,5 millones de personas necesitan ayuda humanitaria.",
    "El hospital cuenta con 250 camas y 40 médicos.",
    "El tribunal condenó a 25 años de prisión al autor del crimen.",
    "El ataque ocurrió a las 9:15 de la mañana, en la calle 72.",
    "Unos 5.000 soldados participan en la ofensiva.",
    "Tres de cada diez hogares carecen de agua potable.",
    "La fiscalía abrió 17 carpetas de investigación por homicidio en lo que va del mes.",
    "El presunto asesino, de 19 años, fue detenido a las 3.00 horas.",
    "Más de 10.000 personas firmaron la petición para esclarecer la masacre.",
    "Los tres detenidos tienen entre 20 y 25 años.",
    "Las 12 casas de la manzana fueron desalojadas por precaución.",
    "Cientos de vecinos marcharon en silencio para exigir justicia.",
    "El velorio reunió a unas 200 personas en la iglesia del pueblo.",
    "La víctima, de 45 años, había denunciado amenazas en dos ocasiones.",
    "La masacre ocurrió el 12 de junio de 1997 en una vereda del municipio.",
    "El atacante disparó más de 20 veces contra la multitud.",
    "Al menos 15 casas fueron incendiadas durante el ataque.",
    "Unos 2.000 asistentes acudieron al entierro de las víctimas del atentado.",
    "Los 23 sobrevivientes del naufragio fueron atendidos en el puerto.",
    "Los agentes encontraron 40 casquillos de diferentes calibres en el lugar.",
    "Los hechos se registraron alrededor de las 04:30 horas en la avenida 20 de Noviembre.",
    "El gobierno envió 500 soldados y 30 vehículos blindados a la región.",
    "La organización cuenta con más de 3.000 miembros en todo el país.",
    "Las fuerzas de seguridad detuvieron a 45 presuntos integrantes de la banda.",
    "En 2020 se registraron 3.500 denuncias por extorsión en el estado.",
    "El ataque duró cerca de 30 minutos, según testigos.",
    "La hija de la víctima, de 12 años, presenció el crimen.",
    "Más de 60 familias recibieron ayuda humanitaria tras los combates.",
    "La Fiscalía abrió 17 carpetas de investigación por homicidio durante el mes.",
    "El crimen ocurrió alrededor de las 20:30 horas del lunes 5 de agosto.",
    "El atacante, de 17 años, fue detenido tras una persecución de 20 minutos.",
    "Los sicarios dispararon en 15 ocasiones contra la fachada.",
    "Unos 300 efectivos militares llegaron a la zona para reforzar la seguridad.",
    "El grupo armado cuenta con unos 2.500 hombres, según la inteligencia militar.",
    "Se recogieron 50 casquillos percutidos en la escena del crimen.",
    "El ataque ocurrió el 29 de agosto a las 16:50 horas.",
    "Se encontraron 23 cartuchos útiles y 8 armas largas en el inmueble.",
    "Los 5 detenidos fueron trasladados a la Fiscalía.",
    "La familia recibió 10.000 pesos de ayuda del municipio.",
    "El edificio de 12 pisos quedó completamente destruido.",
    "Según el censo de 2020, el municipio tiene 45.000 habitantes.",
    "El número 3 de la organización fue capturado el jueves.",
    "La caravana de 7.000 migrantes avanzó hacia la frontera.",
]

SPEAKERS: list[tuple[str, str]] = [
    ("Entre 30 y 40 personas murieron en la explosión, según fuentes hospitalarias.", "fuentes"),
    ("La cifra de fallecidos ascendió a 89, informó el Ministerio de Sanidad.", "Sanidad"),
    ("«Hemos contabilizado 23 muertos, la mayoría niños», declaró el alcalde.", "alcalde"),
    (
        "Según la Cruz Roja, al menos 12 personas han muerto y 40 han resultado heridas.",
        "Cruz Roja",
    ),
    ("En el lugar quedaron dos occisos y un lesionado, informó la Fiscalía.", "Fiscalía"),
    ("Hasta 60 personas podrían haber muerto en el naufragio, según la ONU.", "ONU"),
    ("El ataque se saldó con cuatro muertos, según la policía.", "policía"),
    (
        "«Tenemos confirmadas 17 personas fallecidas», dijo el secretario de Seguridad.",
        "secretario",
    ),
    (
        "Al menos dos personas murieron, informó el Ministerio del Interior.",
        "Ministerio del Interior",
    ),
]


def _claims(text: str) -> list[Expected]:
    return sorted(
        (c.measure, c.who, c.low, c.high, c.qualifier)  # type: ignore[misc]
        for c in extract_claims(text, "es")
        if c.is_casualty
    )


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_spanish_claims_are_read_as_labelled(text: str, expected: list[Expected]) -> None:
    assert _claims(text) == sorted(expected)


@pytest.mark.parametrize("text", NON_CLAIMS)
def test_spanish_numbers_that_are_no_casualty_figure(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_spanish_speakers(text: str, speaker: str) -> None:
    speakers = {c.speaker for c in extract_claims(text, "es") if c.is_casualty}
    assert speakers and all(s and speaker in s for s in speakers)
