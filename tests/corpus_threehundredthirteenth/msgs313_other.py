"""`other` mail in four languages: job-alert digests and newsletters full of job words, press and
podcast interviews, user research, parcels, banks, GPS, landlords, doctors, friends' own news,
refused courses, head-hunter cold approaches, an out-of-office, and the candidate's own mail.
Hand-written for corpus 313. None of these is a job event for the candidate."""

from __future__ import annotations

from msgs313_common import button, mail, own, paras, shell, simple_html

SEG_JAVI = ("Javier Sánchez Meseguer", "jsanchez@mantenimientossegura.example.es")
NS_ALVARO = ("Álvaro Recuenco", "arecuenco@norteseleccion.example.es")
FIN_ANA = ("Ana Belén Quiles", "anabelen.quiles@fincasmediterraneo.example.es")
OCC_MARC = ("Marc Delmas", "marc.delmas@occitalia.example.fr")
TL_CARMEN = ("Carmen Alcaraz Vidal", "c.alcaraz@talentolevante.example.es")
KB_FELIX = ("Felix Kessler", "f.kessler@kessler-brandt.example.de")


def bulk(list_id: str, unsub: str) -> list[tuple[str, str]]:
    """Mailing-list headers of a bulk sender."""
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ------------------------------------------------------------------ Spanish

_es_alert = """\
Hola Rodrigo,

Estas son las nuevas ofertas de hoy que coinciden con tu alerta «técnico climatización
Murcia»:

1. Técnico/a de mantenimiento HVAC - Hospital privado (Murcia) - 24.000-27.000 €
   «Incorporación inmediata. Entrevista en la misma semana.»
2. Frigorista con carnet RITE - Empresa de logística (Alhama de Murcia)
3. Auditor/a energético/a junior - Consultora (Cartagena) - Teletrabajo parcial
4. Oficial de mantenimiento de edificios - Ayuntamiento (bolsa de empleo)

CONSEJO DEL DÍA: ¿Te han rechazado en varias entrevistas seguidas? Lamentablemente es más
habitual de lo que parece. Revisa nuestro artículo «5 errores que hacen que no pases de la
primera entrevista».

Ver todas las ofertas: https://www.empleosur.example.es/alertas/88213

Recibes este correo porque creaste una alerta en EmpleoSur. Puedes darte de baja aquí:
https://www.empleosur.example.es/baja?u=88213"""

_es_news = """\
BOLETÍN CARRERAS TÉCNICAS · Nº 47 · MAYO 2026

» Cómo encajar un «no» en un proceso de selección
Recibir una carta de rechazo duele, pero también es información. Te contamos cómo pedir
feedback después de una entrevista sin resultar insistente.

» Entrevistas por videollamada: la checklist definitiva
Cámara, luz, conexión… y qué hacer si te dejan plantado o si eres tú quien no puede conectarse.

» La oferta que no es oferta
Cuando te hacen una propuesta verbal: qué preguntar antes de aceptar.

» Certificaciones que más piden en eficiencia energética (CEM, CMVP, BREEAM)

Lee el boletín completo en nuestra web.

Asociación Profesional de Técnicos de Climatización del Sureste
Para dejar de recibir este boletín responde con BAJA o visita el enlace de tu perfil."""

_es_podcast = """\
Hola Rodrigo:

Soy Marina Gil, presento «Clima y Oficio», un pódcast sobre los oficios de la climatización y
la energía. Un compañero tuyo del curso de auditor energético me ha hablado de ti y de tu
paso del mantenimiento de equipos a la eficiencia energética.

¿Te apetecería venir como invitado a una entrevista de unos 40 minutos? Grabamos en remoto,
por ejemplo el jueves 16 o el martes 21 de abril por la tarde. Hablaríamos de cómo es
el día a día de un técnico en plena ola de calor y de qué consejos darías a quien empieza.

No hay ninguna prisa, contéstame cuando puedas.

Un saludo,
Marina Gil
Clima y Oficio (pódcast)"""

_es_radio = """\
Buenas tardes Rodrigo,

Te llamo de parte de Onda Segura Radio, del programa de las mañanas. Mañana abrimos con la ola
de calor y queremos hablar con un técnico de aire acondicionado para dar consejos a los
oyentes: temperatura recomendada, filtros, averías típicas...

Sería una entrevista en directo por teléfono de unos diez minutos, sobre las 9:20. ¿Te
podríamos llamar a este número? Si puedes, respóndeme a este correo con un móvil.

Gracias,
Elena Palazón
Producción - Onda Segura Radio"""

_es_parcel_html = shell("Tu pedido se ha retrasado", paras("""\
Hola Rodrigo,

Lamentablemente, tu pedido n.º 4021-775193 (Multímetro con pinza amperimétrica y sonda de
temperatura) se ha retrasado debido a una incidencia en nuestro centro logístico.

Nueva fecha estimada de entrega: jueves 9 de abril.

No tienes que hacer nada. Sentimos las molestias.

El equipo de EnvíosRápidos"""), brand="EnvíosRápidos", color="#c62828",
    footer="Este es un mensaje automático. No respondas a este correo.")

_es_bank = """\
Estimado cliente:

Ya tiene disponible en la banca online su informe mensual de POSICIÓN GLOBAL a 31 de mayo
de 2026, con el detalle de cuentas, tarjetas y productos de ahorro.

Le recordamos que nunca le pediremos sus claves por correo electrónico.

Banco Huertano
Servicio de Atención al Cliente"""

_es_gps = """\
Hola Rodrigo:

Tu posición en tiempo real se está compartiendo con «Mamá» desde las 18:42. La ubicación
se dejará de compartir automáticamente dentro de 8 horas.

Si no has activado esta función, revisa la configuración de privacidad de la app.

LocaFam - Tu familia, siempre localizada"""

_es_landlord = """\
Hola Rodrigo,

Soy Mercedes, la propietaria del piso de la calle Trapería. Al final tengo que cambiar la
visita del sábado: el inquilino actual no puede dejarnos entrar hasta las 12, así que en vez
de a las 10:30 quedamos a las 12:15 en el portal. Si no te viene bien dímelo y buscamos otro
día.

El piso tiene aire acondicionado por conductos, ya me dirás tú que sabes de eso 😉

Un saludo,
Mercedes Sandoval"""

_es_dentist = """\
Estimado/a paciente:

Le informamos de que su cita del martes 10 de febrero a las 17:30 con la Dra. Abellán ha
sido CANCELADA por motivos de agenda de la doctora.

Le hemos asignado una nueva cita el jueves 12 de febrero a las 18:00. Si no puede acudir,
llámenos al 968 23 11 06 o responda con la palabra CAMBIO.

Clínica Dental Floridablanca
C/ Floridablanca 33, Murcia"""

_es_health = """\
Servicio Murciano de Salud - Cita previa

Su cita con MEDICINA DE FAMILIA en el Centro de Salud El Carmen ha sido modificada.

Nueva fecha: 23/06/2026
Hora: 08:50
Consulta: 14

Si no puede acudir, anule la cita para que otra persona pueda utilizarla.

Este mensaje se ha generado automáticamente."""

_es_friend_rej = """\
Rodri!!

Te cuento: me han dicho que NO en lo de la depuradora. Me llamó la de recursos humanos esta
mañana, muy maja, pero que al final se quedan con uno que ya estaba de interino. Tres
entrevistas y una prueba práctica para esto… Estoy un poco de bajón, la verdad.

Tú cómo vas con lo de las auditorías? A ver si nos tomamos algo el viernes y me cuentas.

Paco"""

_es_friend_fwd = """\
Rodrigo, te reenvío esto que me ha llegado, a ver qué te parece. Es una entrevista para
técnico de mantenimiento en una empresa de Ricote. ¿Tú sabes algo de ellos? ¿Voy con ropa de
trabajo o de calle? Que tú ya tienes experiencia en estas cosas jaja.

Gracias máquina
Paco"""

_es_friend_inner = """\
Estimado Francisco:

Nos complace invitarle a una entrevista para el puesto de Técnico de Mantenimiento Eléctrico
el próximo miércoles 4 de marzo a las 10:00 en nuestras instalaciones del Polígono El
Soto, Ricote.

Un saludo,
RR.HH. Montajes Eléctricos Ricote"""

_es_course = """\
Estimado/a Sr./Sra. ALBARRACÍN PEÑA, RODRIGO:

En relación con su solicitud de participación en la acción formativa «ENAC0108 - Eficiencia
energética de edificios» (Certificado de Profesionalidad, 510 horas), le comunicamos que NO
HA SIDO ADMITIDO/A por haberse cubierto la totalidad de las plazas con candidatos de mayor
puntuación según los criterios de baremación.

Queda usted en lista de reserva con el número 7. Si se produjera alguna baja antes del inicio
del curso, nos pondríamos en contacto con usted.

Centro de Formación Energética del Sureste
Área de Formación para el Empleo"""

_es_headhunter = """\
Hola Rodrigo,

He visto tu perfil en RedProfesional y me ha parecido muy interesante tu trayectoria en
mantenimiento de climatización y tu formación en auditoría energética.

Trabajo como headhunter especializado en energía e infraestructuras y de vez en cuando tengo
posiciones de Facility Manager o Energy Manager en la zona de Valencia y Murcia. Ahora mismo
no tengo nada concreto abierto que encaje, pero me gustaría tenerte en el radar.

Si te parece, podemos conectar y me mandas tu CV actualizado cuando quieras.

Un saludo,
Iñaki Berasategui
Berasategui Executive Search"""

_es_own_app = """\
Estimados señores:

Les escribo para presentar mi candidatura al puesto de Técnico de Mantenimiento Energético
(ref. 2026/114) publicado en su web.

Soy técnico de climatización con nueve años de experiencia en el mantenimiento de
instalaciones térmicas en edificios terciarios de la Región de Murcia y recientemente he
completado el curso de Auditor Energético de Edificios. Me gustaría seguir creciendo en el
ámbito de la eficiencia energética y la gestión de instalaciones.

Adjunto mi currículum. Quedo a su disposición para ampliar cualquier información.

Atentamente,
Rodrigo Albarracín Peña
Tel. 622 48 17 90"""

_es_own_move = """\
Hola Álvaro:

Muchas gracias por la información y por moverlo tan rápido. Una pregunta: ¿sería posible
hacer la entrevista con Inés Saldaña el lunes 24 a las 13:00 en lugar de a las 12:00? A esa
hora estoy terminando una revisión de una enfriadora en un colegio y no quiero ir con prisas.

Si no se puede, me organizo para las 12:00 sin problema.

Un abrazo,
Rodrigo"""

_es_own_follow = """\
Hola Ana Belén,

Perdona que te moleste. Te escribía para saber si hay alguna novedad sobre el puesto de
técnico de mantenimiento de comunidades. Sigo muy interesado.

Muchas gracias,
Rodrigo Albarracín"""

_es_ooo = """\
Gracias por tu mensaje.

Estaré fuera de la oficina, sin acceso al correo, del 3 al 21 de agosto. Durante ese tiempo no
estaré realizando entrevistas ni gestionando procesos de selección.

Para cualquier asunto urgente puedes escribir a mi compañera Rosa Martí
(r.marti@talentolevante.example.es).

Un saludo,
Carmen Alcaraz Vidal
Talento Levante Consultores"""

_es_assoc = """\
Estimado/a socio/a:

Te recordamos que el próximo jueves 15 de octubre celebraremos la jornada técnica
«Auditorías energéticas en edificios públicos: del dato a la medida» en el salón de actos del
Colegio de Ingenieros Técnicos, con inscripción gratuita para socios.

Programa:
  17:00 Bienvenida
  17:15 Monitorización y contadores inteligentes
  18:00 Caso práctico: rehabilitación de un instituto
  18:45 Mesa redonda: el papel del técnico de mantenimiento en la transición energética

Inscríbete en la web de la Asociación.

Asociación Profesional de Técnicos de Climatización del Sureste"""

_es_network = """\
Hola Rodrigo,

Esta semana tu perfil ha aparecido en 14 búsquedas. 3 reclutadores han visto tu perfil,
entre ellos alguien de una empresa de servicios energéticos de Valencia.

Consejo: los perfiles con la sección «Certificaciones» completa reciben hasta un 40 % más de
mensajes de seleccionadores. ¿Has añadido ya tu curso de auditor energético?

RedProfesional"""

_es_ux = """\
Hola Rodrigo:

Soy Julia, del equipo de Experiencia de Usuario de EmpleoSur. Estamos rediseñando la forma en
que los candidatos gestionan sus alertas y sus candidaturas, y nos encantaría hacerte una
entrevista de 30 minutos por videollamada para conocer tu experiencia con la app.

Como agradecimiento, te enviaremos una tarjeta regalo de 25 €. Puedes elegir el horario que
mejor te venga aquí: https://research.empleosur.example.es/agenda

¡Gracias por ayudarnos a mejorar!
Julia Navarro
UX Research · EmpleoSur"""

_es_itv = """\
ITV Región de Murcia - Estación de Espinardo

Su cita para la inspección técnica del vehículo 4821 KLM ha sido reprogramada por una
incidencia en la línea de inspección.

Cita anterior: 19/08/2026 - 09:40
Nueva cita: 21/08/2026 - 09:40

Recuerde traer la ficha técnica y el permiso de circulación."""

# ------------------------------------------------------------------ English

_en_alert = """\
NorthWorks Jobs - your daily matches

Energy Manager - NHS-style hospital trust, Manchester - £38,000-£42,000
"Interviews will be held w/c 3 August. Unfortunately we are unable to reply to every
applicant."

Building Services Engineer - Property management, Salford - £35,000
HVAC Maintenance Technician - Facilities contractor, Stockport - £32,000 + van
Sustainability Officer - University estates team, Manchester

Tip of the week: Got a rejection after a final interview? Here's how to ask for feedback.

View all jobs: https://www.northworks.example.co.uk/alerts/5521

You are receiving this because you signed up to job alerts on NorthWorks.
Unsubscribe: https://www.northworks.example.co.uk/unsubscribe?t=5521"""

_en_podcast = """\
Hi Rodrigo,

I host Built Environment Voices, a podcast about the people who actually keep buildings
running. A listener pointed me to your LinkedIn post about retro-commissioning an old chiller
plant in a school in Murcia - brilliant stuff.

Would you be up for a 45-minute interview for an upcoming episode on "from the plant room to
the energy audit"? We record remotely; any weekday afternoon in July would work for us.

Cheers,
Owen Prescott
Host, Built Environment Voices"""

_en_parcel = """\
Hello Rodrigo,

Unfortunately your parcel (tracking number PT7720019384) is delayed. The delivery to Rua da
Graça, Lisboa has been rescheduled due to high volumes at our hub.

New estimated delivery: Thursday 16 April, between 14:00 and 18:00.

We apologise for the inconvenience.
CorreioVeloz Customer Care
This mailbox is not monitored."""

_en_headhunter = """\
Hi Rodrigo,

I hope you don't mind the approach. I lead the Energy & Sustainability desk at Holloway
Search, and I came across your profile while mapping technical talent for a few clients who
are expanding in Spain and Portugal.

Nothing specific to put in front of you right now, but I'd love a quick informal chat to
understand what you're looking for over the next 12 months. No pressure at all.

Best,
Daniel Holloway
Director, Holloway Search"""

_en_ux = """\
Hi Rodrigo,

Thanks for being a Thermly customer! Our product team is running a series of short user
research interviews to understand how HVAC professionals set up smart thermostats for their
clients.

It's a 40-minute video call, and we'll send you a 50 EUR voucher as a thank-you. If you're
interested, please book a slot here: https://thermly.example.com/research/book

Best,
Aisha Rahman
User Research, Thermly"""

# ------------------------------------------------------------------ German

_de_alert = """\
Ihr Jobletter für „Energieberater Stuttgart“

Wir haben 5 neue Stellenangebote für Sie gefunden:

• Energiemanager (m/w/d) – Klinikum im Großraum Stuttgart – Vollzeit
• Techniker Gebäudeautomation (m/w/d) – Facility-Management-Dienstleister – Esslingen
• Energieauditor DIN EN 16247 (m/w/d) – Ingenieurbüro – Ludwigsburg
• Haustechniker HLK (m/w/d) – Wohnungsbaugesellschaft – Stuttgart-Vaihingen
• Servicetechniker Wärmepumpen (m/w/d) – Solarunternehmen – Filderstadt

Tipp: Eine Absage ist kein Weltuntergang – lesen Sie unseren Ratgeber zum
Vorstellungsgespräch.

Jobletter abbestellen: https://www.jobsued.example.de/jobletter/abmelden"""

_de_news = """\
Karriere-Impuls · Ausgabe Juni 2026

Absage erhalten? So bleiben Sie motiviert
Leider gehören Absagen zu jeder Jobsuche. Unsere Coachin erklärt, wie Sie aus einer Absage
nach dem Vorstellungsgespräch lernen – und warum Sie nachfragen sollten.

Gehaltsverhandlung: Wann ist ein Angebot wirklich ein Angebot?
Was Sie vor der Unterschrift unter einem Arbeitsvertrag prüfen sollten.

Neu in Deutschland? Anerkennung ausländischer Berufsabschlüsse im Handwerk.

Sie erhalten diesen Newsletter, weil Sie sich auf karriere-impuls.example.de angemeldet haben.
Abmelden: https://karriere-impuls.example.de/newsletter/abmelden"""

_de_parcel = """\
Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161094027318. Aufgrund eines
erhöhten Sendungsaufkommens im Paketzentrum kann die Sendung nicht wie geplant zugestellt
werden.

Neuer voraussichtlicher Zustelltermin: Montag, 23.03.2026

Wir bitten um Ihr Verständnis.
Ihr PaketFix Kundenservice"""

_de_landlord = """\
Hallo Herr Albarracín,

leider muss ich den Besichtigungstermin für die Wohnung in der Robert-Koch-Straße
(Vaihingen, 2 Zimmer, 54 m²) am Samstag verschieben - der Vormieter hat noch nicht alle Möbel
abgeholt. Ginge es auch am Sonntag, 29.03., um 11 Uhr? Alternativ könnten wir eine
Videobesichtigung machen, da Sie ja noch in Spanien sind.

Viele Grüße
Brigitte Hafner"""

_de_own_app = """\
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Techniker Energiemanagement & Gebäudebetrieb
(m/w/d), die ich auf Ihrer Karriereseite gefunden habe.

Ich bin Kälte- und Klimatechniker mit neun Jahren Berufserfahrung in Spanien und habe mich
zum Energieauditor für Gebäude weitergebildet. Meine Deutschkenntnisse liegen derzeit bei
A2/B1; ich besuche einen Intensivkurs und bin bereit, nach Stuttgart umzuziehen.

Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.

Mit freundlichen Grüßen
Rodrigo Albarracín Peña"""

_de_ooo = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 18. September nicht im Büro und habe nur eingeschränkt Zugriff auf
meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich
bitte an unser Sekretariat unter +49 711 2270 990.

Beste Grüße
Felix Kessler
Kessler & Brandt Personalberatung"""

_de_friend = """\
Hey Rodrigo,

kurzes Update von mir: Die Absage von den Stadtwerken ist heute gekommen. Nach zwei
Gesprächen und dem Assessment-Center haben sie sich für jemanden mit Master entschieden.
Ärgerlich, aber naja.

Wie läuft's bei dir mit Stuttgart? Wenn du zur Wohnungssuche kommst, kannst du gern bei mir
pennen.

Grüße
Jonas"""

_de_course = """\
Sehr geehrter Herr Albarracín Peña,

vielen Dank für Ihre Anmeldung zum Lehrgang „Gebäudeenergieberater (HWK)“, Beginn
14. September 2026, in Stuttgart.

Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Platz anbieten können: Der Lehrgang
ist ausgebucht, und die Zulassung setzt zudem einen in Deutschland anerkannten
Meisterabschluss oder eine gleichwertige Qualifikation voraus. Wir haben Sie auf die
Warteliste für den Frühjahrskurs 2027 gesetzt.

Mit freundlichen Grüßen
Bildungsakademie der Handwerkskammer Neckar-Alb
Weiterbildung Energie & Umwelt"""

_de_press = """\
Sehr geehrter Herr Albarracín Peña,

für die Herbstausgabe von „TGA-Praxis“ planen wir eine Reportage über Fachkräfte aus dem
europäischen Ausland, die in der deutschen Gebäudetechnik Fuß fassen wollen.

Hätten Sie Lust auf ein Interview? Es würde etwa eine Stunde dauern, gern per Videocall und
auch auf Englisch. Wir würden Ihnen die Zitate vor Veröffentlichung zur Freigabe schicken.

Mit besten Grüßen
Lena Brückner
Redaktion TGA-Praxis"""

# ------------------------------------------------------------------ French

_fr_alert = """\
Vos nouvelles offres d'emploi - alerte « technicien CVC Montpellier »

• Technicien de maintenance CVC (H/F) - Lattes - CDI
• Technicien performance énergétique (H/F) - Montpellier - CDI
• Chargé d'affaires efficacité énergétique (H/F) - Sète
• Agent de maintenance des bâtiments (H/F) - Mairie - Contrat de projet

Le saviez-vous ? 60 % des candidats reçoivent au moins un refus avant leur premier entretien.
Découvrez nos conseils pour préparer votre entretien d'embauche.

Voir toutes les offres : https://www.emploisud.example.fr/alertes/33019
Se désabonner : https://www.emploisud.example.fr/desabonnement?id=33019"""

_fr_news = """\
La Lettre Carrière - octobre 2026

Rebondir après un refus
Malheureusement, un refus après un entretien fait partie du parcours. Trois réflexes pour
transformer un « non » en prochaine opportunité.

Entretien d'embauche : les questions pièges des recruteurs en facility management.

Négocier une promesse d'embauche : ce qui est négociable et ce qui ne l'est pas.

Vous recevez cette lettre car vous êtes inscrit sur notre site.
Se désinscrire : https://lettre-carriere.example.fr/desinscription"""

_fr_parcel = """\
Bonjour,

Malheureusement, votre colis n° 6A19384420175 est retardé en raison d'un incident de
transport. Il sera livré au point relais « Tabac de la Comédie » à partir du mercredi
10 juin.

Nous vous prions de nous excuser pour ce retard.

Le service client ColiFlash"""

_fr_doctor = """\
Bonjour Rodrigo ALBARRACÍN PEÑA,

Votre rendez-vous avec le Dr Sylvie Martinez (médecin généraliste) prévu le mardi 9 juin 2026
à 17h15 a été déplacé par le cabinet.

Nouveau rendez-vous : mercredi 10 juin 2026 à 18h00
Adresse : 14 rue de la Loge, 34000 Montpellier

Pour annuler ou modifier ce rendez-vous, connectez-vous à votre espace patient.

SantéRDV - Ce message est envoyé automatiquement, merci de ne pas y répondre."""

_fr_own_app = """\
Madame, Monsieur,

Technicien en climatisation depuis neuf ans en Espagne, je souhaite m'installer à
Montpellier et évoluer vers l'audit énergétique et la gestion technique de bâtiments. Je me
permets donc de vous adresser ma candidature spontanée.

Je maîtrise la maintenance des installations de chauffage, de climatisation et de production
d'eau chaude, et j'ai suivi une formation d'auditeur énergétique. Mon niveau de français est
B2 et je continue à progresser.

Vous trouverez mon CV en pièce jointe. Je serais ravi de vous rencontrer.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Rodrigo Albarracín Peña"""

_fr_own_move = """\
Bonjour Monsieur Delmas,

Merci beaucoup pour votre proposition d'entretien. Malheureusement, le mercredi 20 mai au
matin je suis en intervention chez un client à Murcie et je ne pourrai pas être à
Montpellier.

Serait-il possible de décaler l'entretien au jeudi 21 ou au vendredi 22 mai ? Je suis
disponible toute la journée ces deux jours.

Je vous prie de m'excuser pour ce contretemps.

Cordialement,
Rodrigo Albarracín Peña"""

_fr_radio = """\
Bonjour Rodrigo,

Je suis journaliste à Radio Lez FM. Nous préparons une émission sur la rénovation
énergétique et les métiers qui recrutent dans l'Hérault. On m'a parlé de votre projet de
venir travailler à Montpellier depuis l'Espagne.

Accepteriez-vous de répondre à une courte interview (10 à 15 minutes, par téléphone) la
semaine prochaine ? Elle serait diffusée dans le magazine du samedi matin.

Bien cordialement,
Amandine Roque
Radio Lez FM"""

_fr_course = """\
Monsieur,

Nous avons bien étudié votre demande d'inscription à la formation « Auditeur énergétique
bâtiment tertiaire » (session de septembre 2026) financée par votre compte personnel de
formation.

Nous sommes au regret de vous informer que votre demande n'a pas été retenue : la session est
complète et les places restantes ont été attribuées en priorité aux demandeurs d'emploi
inscrits en Occitanie. Votre dossier est placé sur liste d'attente.

Le service des admissions
Institut Sud Formation Énergie"""

_fr_headhunter = """\
Bonjour Rodrigo,

Je me permets de vous contacter de manière confidentielle. J'accompagne régulièrement des
acteurs de l'efficacité énergétique et du facility management dans le Sud de la France et
votre parcours a retenu mon attention.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je serais heureux d'échanger
pour mieux comprendre votre projet de mobilité vers Montpellier.

Bien à vous,
Thibault Marchetti
Marchetti & Associés - Conseil en recrutement"""

_fr_flat = """\
Bonjour Monsieur,

Je vous confirme la visite de l'appartement de la rue de l'Aiguillerie (T2, 42 m², 3e
étage) ce samedi 27 juin à 11h00. Merci d'apporter une copie de votre pièce d'identité et, si
possible, vos trois derniers bulletins de salaire ou votre contrat de travail.

Cordialement,
Agnès Fabre
Agence Immobilière de l'Écusson"""

MESSAGES = [
    # ---------------------------------------------------------------- es (22)
    mail("es_alert", "other", "es", "2026-03-16 07:05 +0100",
         ("EmpleoSur Alertas", "alertas@empleosur.example.es"),
         "4 nuevas ofertas para «técnico climatización Murcia»", _es_alert,
         html=shell("Nuevas ofertas", paras(_es_alert), brand="EmpleoSur", color="#0277bd"),
         headers=bulk("EmpleoSur alertas <alertas.empleosur.example.es>",
                      "https://www.empleosur.example.es/baja?u=88213"),
         slug="alerta_empleo_empleosur"),
    mail("es_news", "other", "es", "2026-05-08 09:00 +0200",
         ("Boletín ATCS", "boletin@atcs-sureste.example.es"),
         "Boletín n.º 47: cómo encajar un «no» y la oferta que no es oferta", _es_news,
         charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "q"),
         headers=bulk("Boletin ATCS <boletin.atcs-sureste.example.es>",
                      "mailto:baja@atcs-sureste.example.es"),
         slug="boletin_carreras_rechazo"),
    mail("es_podcast", "other", "es", "2026-04-06 20:14 +0200",
         ("Marina Gil", "marina@climayoficio.example.es"),
         "Entrevista para el pódcast «Clima y Oficio»", _es_podcast,
         contact="marina@climayoficio.example.es", slug="podcast_entrevista"),
    mail("es_radio", "other", "es", "2026-07-27 17:48 +0200",
         ("Elena Palazón - Onda Segura Radio", "produccion@ondasegura.example.es"),
         "Entrevista en directo mañana - ola de calor", _es_radio,
         contact="produccion@ondasegura.example.es", charset="iso-8859-1", cte="8bit",
         slug="radio_entrevista_ola_calor"),
    mail("es_parcel", "other", "es", "2026-04-06 11:03 +0200",
         ("EnvíosRápidos", "no-reply@enviosrapidos.example.es"),
         "Lamentablemente tu pedido se ha retrasado", None, html=_es_parcel_html,
         name_enc=("iso-8859-1", "b"), slug="pedido_retrasado"),
    mail("es_bank", "other", "es", "2026-06-02 06:30 +0200",
         ("Banco Huertano", "avisos@bancohuertano.example.es"),
         "Su posición global a 31/05/2026 ya está disponible", _es_bank,
         charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "q"),
         slug="banco_posicion_global"),
    mail("es_gps", "other", "es", "2026-08-14 18:42 +0200",
         ("LocaFam", "notificaciones@locafam.example.com"),
         "Estás compartiendo tu posición", _es_gps, slug="gps_posicion_compartida"),
    mail("es_landlord", "other", "es", "2026-01-29 21:06 +0100",
         ("Mercedes Sandoval", "mercedes.sandoval@correo.example.com"),
         "Cambio hora visita piso Trapería", _es_landlord,
         contact="mercedes.sandoval@correo.example.com", cte="8bit",
         slug="casera_cambio_visita"),
    mail("es_dentist", "other", "es", "2026-02-06 12:15 +0100",
         ("Clínica Dental Floridablanca", "citas@dentalfloridablanca.example.es"),
         "Su cita ha sido cancelada y reprogramada", _es_dentist,
         charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "q"),
         slug="dentista_cita_cancelada"),
    mail("es_health", "other", "es", "2026-06-15 08:01 +0200",
         ("SMS Cita Previa", "noreply-citaprevia@salud.example.es"),
         "Modificación de su cita en el centro de salud", _es_health,
         headers=[("Auto-Submitted", "auto-generated")], slug="centro_salud_cita_modificada"),
    mail("es_friend_rej", "other", "es", "2026-03-20 14:37 +0100",
         ("Paco Lorente", "pacolorente82@correo.example.com"),
         "me han dicho que no :(", _es_friend_rej,
         contact="pacolorente82@correo.example.com", cte="8bit", slug="amigo_le_rechazan"),
    mail("es_friend_fwd", "other", "es", "2026-02-27 22:10 +0100",
         ("Paco Lorente", "pacolorente82@correo.example.com"),
         "Fwd: Convocatoria entrevista - Técnico de Mantenimiento Eléctrico", _es_friend_fwd,
         contact="pacolorente82@correo.example.com",
         forward={"from": ("RR.HH. Montajes Eléctricos Ricote", "rrhh@montajesricote.example.es"),
                  "to": ("Francisco Lorente", "pacolorente82@correo.example.com"),
                  "subject": "Convocatoria entrevista - Técnico de Mantenimiento Eléctrico",
                  "date": "2026-02-27 13:00 +0100",
                  "message_id": "<conv.88120@montajesricote.example.es>",
                  "body": _es_friend_inner},
         slug="amigo_reenvia_su_convocatoria"),
    mail("es_course", "other", "es", "2026-09-04 10:00 +0200",
         ("CFE Sureste - Formación", "formacion@cfesureste.example.es"),
         "Resolución de admisión - ENAC0108 Eficiencia energética de edificios", _es_course,
         charset="iso-8859-1", cte="quoted-printable", slug="curso_no_admitido"),
    mail("es_headhunter", "other", "es", "2026-05-21 09:34 +0200",
         ("Iñaki Berasategui", "inaki@berasategui-search.example.es"),
         "Tu perfil - energía e infraestructuras", _es_headhunter,
         contact="inaki@berasategui-search.example.es", name_enc=("utf-8", "b"),
         slug="headhunter_sin_vacante"),
    own("es_own_app", "es", "2026-01-10 19:22 +0100",
        ("Recursos Humanos", "rrhh@aguasdelaltiplano.example.es"),
        "Candidatura: Técnico de Mantenimiento Energético - Ref. 2026/114", _es_own_app,
        html=simple_html(_es_own_app),
        pdfs=[("CV_Rodrigo_Albarracin_Pena.pdf", "Rodrigo Albarracin Pena - Curriculum Vitae",
               ["Tecnico de climatizacion y auditor energetico", "Murcia - 622 48 17 90",
                "Experiencia: 9 anos en mantenimiento de instalaciones termicas",
                "Formacion: Curso de Auditor Energetico de Edificios (2025)",
                "Carnet RITE, certificado de gases fluorados"])],
        slug="propio_envio_candidatura"),
    own("es_own_move", "es", "2026-08-12 08:20 +0200", NS_ALVARO,
        "Re: Residencial Ribera Gestión - entrevista con Inés Saldaña", _es_own_move,
        parent="ns_invite", quote="es", slug="propio_pide_cambio_hora"),
    own("es_own_follow", "es", "2026-02-05 18:02 +0100", FIN_ANA,
        "Re: Candidatura técnico de mantenimiento", _es_own_follow, parent="fin_ack",
        quote="es", slug="propio_pregunta_novedades"),
    mail("es_ooo", "other", "es", "2026-08-05 11:20 +0200", TL_CARMEN,
         "Respuesta automática: Disponibilidad septiembre", _es_ooo, contact=TL_CARMEN[1],
         headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                  ("Precedence", "auto_reply")],
         slug="fuera_de_oficina_consultora"),
    mail("es_assoc", "other", "es", "2026-10-05 10:00 +0200",
         ("ATCS Sureste", "secretaria@atcs-sureste.example.es"),
         "Jornada técnica: auditorías energéticas en edificios públicos", _es_assoc,
         html=shell("Jornada técnica", paras(_es_assoc), brand="ATCS Sureste", color="#455a64"),
         headers=bulk("Socios ATCS <socios.atcs-sureste.example.es>",
                      "https://atcs-sureste.example.es/baja"),
         slug="asociacion_jornada_tecnica"),
    mail("es_network", "other", "es", "2026-04-13 07:45 +0200",
         ("RedProfesional", "notificaciones@redprofesional.example.com"),
         "Tu perfil ha aparecido en 14 búsquedas esta semana", None,
         html=shell("Tu semana en RedProfesional", paras(_es_network) + "\n"
                    + button("Ver quién ha visto tu perfil",
                             "https://redprofesional.example.com/me/views"),
                    brand="RedProfesional", color="#0a66c2"),
         headers=[("List-Unsubscribe", "<https://redprofesional.example.com/unsub>"),
                  ("Precedence", "bulk")],
         slug="red_profesional_busquedas"),
    mail("es_ux", "other", "es", "2026-07-02 12:30 +0200",
         ("Julia Navarro", "julia.navarro@empleosur.example.es"),
         "¿Nos ayudas a mejorar EmpleoSur? Entrevista de 30 minutos", _es_ux,
         contact="julia.navarro@empleosur.example.es", html=simple_html(_es_ux),
         slug="investigacion_usuarios_entrevista"),
    mail("es_itv", "other", "es", "2026-08-17 09:12 +0200",
         ("ITV Región de Murcia", "citas@itvregionmurcia.example.es"),
         "Cita ITV reprogramada", _es_itv, charset="iso-8859-1", cte="quoted-printable",
         name_enc=("iso-8859-1", "b"), slug="itv_cita_reprogramada"),
    # ---------------------------------------------------------------- en (5)
    mail("en_alert", "other", "en", "2026-07-21 06:00 +0100",
         ("NorthWorks Jobs", "alerts@northworks.example.co.uk"),
         "5 new jobs matching 'energy manager Manchester'", _en_alert,
         html=shell("Your daily matches", paras(_en_alert), brand="NorthWorks Jobs",
                    color="#37474f"),
         headers=bulk("NorthWorks job alerts <alerts.northworks.example.co.uk>",
                      "https://www.northworks.example.co.uk/unsubscribe?t=5521"),
         slug="northworks_job_alert"),
    mail("en_podcast", "other", "en", "2026-06-19 15:10 +0100",
         ("Owen Prescott", "owen@bevoices.example.co.uk"),
         "Podcast interview - Built Environment Voices", _en_podcast,
         contact="owen@bevoices.example.co.uk", cte="7bit", slug="podcast_interview_request"),
    mail("en_parcel", "other", "en", "2026-04-14 08:30 +0100",
         ("CorreioVeloz", "noreply@correioveloz.example.pt"),
         "Unfortunately your parcel is delayed", _en_parcel, cte="8bit",
         slug="parcel_delayed"),
    mail("en_headhunter", "other", "en", "2026-08-19 13:40 +0100",
         ("Daniel Holloway", "daniel@hollowaysearch.example.co.uk"),
         "Energy & sustainability roles - quick intro", _en_headhunter,
         contact="daniel@hollowaysearch.example.co.uk", html=simple_html(_en_headhunter),
         slug="headhunter_cold_approach"),
    mail("en_ux", "other", "en", "2026-09-30 16:00 +0000",
         ("Aisha Rahman", "research@thermly.example.com"),
         "Share your thoughts? 40-min user research interview", _en_ux,
         contact="research@thermly.example.com", cte="7bit", slug="user_research_interview"),
    # ---------------------------------------------------------------- de (9)
    mail("de_alert", "other", "de", "2026-04-27 06:30 +0200",
         ("JobSüd Jobletter", "jobletter@jobsued.example.de"),
         "5 neue Jobs für „Energieberater Stuttgart“", _de_alert,
         charset="windows-1252", cte="quoted-printable", subj_enc=("windows-1252", "b"),
         name_enc=("iso-8859-1", "q"),
         headers=bulk("JobSued Jobletter <jobletter.jobsued.example.de>",
                      "https://www.jobsued.example.de/jobletter/abmelden"),
         slug="jobletter_energieberater"),
    mail("de_news", "other", "de", "2026-06-10 08:00 +0200",
         ("Karriere-Impuls", "newsletter@karriere-impuls.example.de"),
         "Absage erhalten? So bleiben Sie motiviert", _de_news,
         html=shell("Karriere-Impuls", paras(_de_news), brand="Karriere-Impuls", color="#ad1457"),
         headers=bulk("Karriere-Impuls Newsletter <news.karriere-impuls.example.de>",
                      "https://karriere-impuls.example.de/newsletter/abmelden"),
         slug="newsletter_absage_motivation"),
    mail("de_parcel", "other", "de", "2026-03-20 10:44 +0100",
         ("PaketFix Sendungsverfolgung", "noreply@paketfix.example.de"),
         "Leider verzögert sich Ihre Sendung", _de_parcel, cte="base64",
         slug="paket_verzoegert"),
    mail("de_landlord", "other", "de", "2026-03-24 19:31 +0100",
         ("Brigitte Hafner", "b.hafner@mailbox.example.de"),
         "Besichtigung Wohnung Robert-Koch-Straße – neuer Termin", _de_landlord,
         contact="b.hafner@mailbox.example.de", charset="iso-8859-1", cte="8bit",
         subj_enc=("utf-8", "q"), slug="vermieterin_besichtigung_verschoben"),
    own("de_own_app", "de", "2026-03-06 22:15 +0100",
        ("Neckarwerk Gebäudetechnik Karriere", "karriere@neckarwerk.example.de"),
        "Bewerbung als Techniker Energiemanagement & Gebäudebetrieb (m/w/d)", _de_own_app,
        pdfs=[("Lebenslauf_Albarracin_Pena.pdf", "Lebenslauf - Rodrigo Albarracin Pena",
               ["Kaelte- und Klimatechniker, Energieauditor", "Murcia, Spanien",
                "9 Jahre Berufserfahrung", "Deutsch: A2/B1, Englisch: B2"])],
        slug="eigene_bewerbung_neckarwerk"),
    mail("de_ooo", "other", "de", "2026-09-09 07:15 +0200", KB_FELIX,
         "Abwesenheitsnotiz: Unterlagen für WärmeKonzept", _de_ooo, contact=KB_FELIX[1],
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
         slug="abwesenheitsnotiz_berater"),
    mail("de_friend", "other", "de", "2026-07-09 21:50 +0200",
         ("Jonas Weidmann", "jonas.weidmann@mailbox.example.de"),
         "Absage von den Stadtwerken…", _de_friend,
         contact="jonas.weidmann@mailbox.example.de", cte="8bit", slug="freund_eigene_absage"),
    mail("de_course", "other", "de", "2026-08-25 13:05 +0200",
         ("Bildungsakademie HWK Neckar-Alb", "weiterbildung@bildungsakademie-hwk.example.de"),
         "Ihre Anmeldung: Gebäudeenergieberater (HWK) – keine Teilnahme möglich", _de_course,
         charset="windows-1252", cte="quoted-printable", slug="lehrgang_absage"),
    mail("de_press", "other", "de", "2026-05-18 11:38 +0200",
         ("Lena Brückner", "l.brueckner@tga-praxis.example.de"),
         "Interviewanfrage TGA-Praxis", _de_press, contact="l.brueckner@tga-praxis.example.de",
         name_enc=("utf-8", "q"), slug="presse_interviewanfrage"),
    # ---------------------------------------------------------------- fr (10)
    mail("fr_alert", "other", "fr", "2026-05-25 07:00 +0200",
         ("EmploiSud", "alertes@emploisud.example.fr"),
         "4 nouvelles offres pour « technicien CVC Montpellier »", _fr_alert,
         html=shell("Vos nouvelles offres", paras(_fr_alert), brand="EmploiSud", color="#ef6c00"),
         headers=bulk("Alertes EmploiSud <alertes.emploisud.example.fr>",
                      "https://www.emploisud.example.fr/desabonnement?id=33019"),
         slug="alerte_emploi_cvc"),
    mail("fr_news", "other", "fr", "2026-10-06 08:30 +0200",
         ("La Lettre Carrière", "lettre@lettre-carriere.example.fr"),
         "Rebondir après un refus - La Lettre Carrière d'octobre", _fr_news,
         charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "b"),
         name_enc=("iso-8859-1", "b"),
         headers=bulk("La Lettre Carriere <lettre.lettre-carriere.example.fr>",
                      "https://lettre-carriere.example.fr/desinscription"),
         slug="lettre_carriere_refus"),
    mail("fr_parcel", "other", "fr", "2026-06-08 09:15 +0200",
         ("ColiFlash", "ne-pas-repondre@coliflash.example.fr"),
         "Malheureusement, votre colis est retardé", _fr_parcel, slug="colis_retarde"),
    mail("fr_doctor", "other", "fr", "2026-06-05 18:02 +0200",
         ("SantéRDV", "no-reply@santerdv.example.fr"),
         "Votre rendez-vous a été déplacé", _fr_doctor, name_enc=("utf-8", "b"),
         headers=[("Auto-Submitted", "auto-generated")], slug="medecin_rdv_deplace"),
    own("fr_own_app", "fr", "2026-01-26 20:40 +0100",
        ("Service Recrutement", "recrutement@sud-multiservices.example.fr"),
        "Candidature spontanée - Technicien maintenance / performance énergétique",
        _fr_own_app,
        pdfs=[("CV_Rodrigo_Albarracin_FR.pdf", "Rodrigo Albarracin Pena - CV",
               ["Technicien climatisation - auditeur energetique",
                "9 ans d'experience", "Francais B2"])],
        slug="propre_candidature_spontanee"),
    own("fr_own_move", "fr", "2026-05-06 19:30 +0200", OCC_MARC,
        "Re: Proposition d'entretien - Technicien Énergie et Fluides", _fr_own_move,
        parent="occ_invite", quote="fr", slug="propre_demande_decalage"),
    mail("fr_radio", "other", "fr", "2026-09-14 14:22 +0200",
         ("Amandine Roque", "a.roque@radiolezfm.example.fr"),
         "Interview radio - métiers de la rénovation énergétique", _fr_radio,
         contact="a.roque@radiolezfm.example.fr", slug="radio_interview"),
    mail("fr_course", "other", "fr", "2026-07-29 10:48 +0200",
         ("Institut Sud Formation Énergie", "admissions@isfe.example.fr"),
         "Votre demande d'inscription - Auditeur énergétique bâtiment tertiaire", _fr_course,
         charset="windows-1252", cte="8bit", name_enc=("windows-1252", "q"),
         slug="formation_refusee"),
    mail("fr_headhunter", "other", "fr", "2026-04-29 09:05 +0200",
         ("Thibault Marchetti", "t.marchetti@marchetti-associes.example.fr"),
         "Échange confidentiel - efficacité énergétique", _fr_headhunter,
         contact="t.marchetti@marchetti-associes.example.fr", subj_enc=("utf-8", "b"),
         slug="chasseur_de_tetes"),
    mail("fr_flat", "other", "fr", "2026-06-23 17:20 +0200",
         ("Agnès Fabre", "a.fabre@immo-ecusson.example.fr"),
         "Visite appartement rue de l'Aiguillerie - samedi 11h", _fr_flat,
         contact="a.fabre@immo-ecusson.example.fr", charset="iso-8859-1", cte="quoted-printable",
         name_enc=("iso-8859-1", "q"), slug="visite_appartement"),
]
