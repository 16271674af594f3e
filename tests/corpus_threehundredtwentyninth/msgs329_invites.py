"""Invitations, reschedules/cancellations and missed-interview notices outside the threads."""

from __future__ import annotations

from msgs329_common import html_paras, outlook, quote, sig, spec

PILAR = ("Pilar Coca Revilla", "pilar.coca@valdeduero.example.es")
NEREA = ("Nerea Alonso", "nerea.alonso@temporalia.example.es")
INES = ("Inés Berganza", "ines.berganza@berganzaexecutive.example.es")
PABLO_C = ("Pablo Cid", "pablo.cid@cuadranteapps.example.es")
ROCIO = ("Rocío Mateo", "rocio.mateo@lacteoscerrato.example.es")
SOFIA = ("Sofia Amaral", "sofia.amaral@vinhasystems.example.pt")
CALLUM = ("Callum Reid", "callum.reid@thistletalent.example.co.uk")
KATRIN = ("Katrin Obermaier", "katrin.obermaier@alpenblick-versicherung.example.de")
TOBIAS = ("Tobias Keßler", "tobias.kessler@kessler-personal.example.de")
MATHILDE = ("Mathilde Roques", "mathilde.roques@lauragais-assurances.example.fr")
ELODIE = ("Élodie Marty", "elodie.marty@roquelaure-rh.example.fr")

PILAR_SIG = sig("Pilar Coca Revilla", "Jefa de Servicio de Selección y Provisión",
                "Consejería de Hacienda y Función Pública - Junta Regional de Valdeduero",
                "C/ Santiago Alba 1, 47008 Valladolid", "Tel. 983 000 611")

VALDE_INV = f"""Estimada Sra. Berrocal Quintana:

De conformidad con la base octava de la convocatoria de puestos de interinidad \
TS-RRHH/2026/07 (Técnico/a de Apoyo en Gestión de Personal, Servicio Territorial de Burgos), \
se le convoca a la entrevista personal:

Fecha: 15 de julio de 2026
Hora: 11:20
Lugar: Servicio Territorial de Burgos, Plaza de Bilbao 3, 2.ª planta, sala de juntas

Deberá presentar el DNI original. La no comparecencia supondrá el desistimiento en el proceso.

Atentamente,
{PILAR_SIG}"""

CUADRANTE_ICS = spec(method="REQUEST", uid="rc-interview-44120@recruitee.com", seq=0,
                     stamp="20260604T101500Z", tz="Europe/Madrid", start="20260610T163000",
                     end="20260610T171500", summary="Videoentrevista People Ops - Cuadrante Apps",
                     location="https://meet.example.es/cuadrante-ppl", organizer=PABLO_C)

VINHA_INV = """Hi Inmaculada,

Thanks so much for applying for the HR Generalist role at Vinha Systems. I've looked through \
your CV and would love to set up a 30-minute video screen to learn more about you.

Would any of these work? (all Lisbon/Porto time)
- Tue 3 March, 10:00
- Wed 4 March, 15:00
- Thu 5 March, 11:30

The interview will be in English. Let me know which suits you best.

Best,
Sofia Amaral
People Team | Vinha Systems"""

ALPEN_INV = """Hallo Frau Berrocal Quintana,

vielen Dank für Ihre Bewerbung als Personalreferentin (m/w/d) in unserer Münchner Zentrale.

Wir würden Sie gern persönlich kennenlernen und laden Sie zu einem ersten Gespräch ein. Bitte \
wählen Sie über den folgenden Link einen passenden Termin aus:

https://alpenblick.jobs.personio.example/interview/9931

Das Gespräch dauert etwa 60 Minuten und findet per Videokonferenz statt.

Viele Grüße
Katrin Obermaier
Recruiting, Alpenblick Versicherung"""

ALPEN_ICS = spec(method="REQUEST", uid="personio-9931-ibq@alpenblick-versicherung.example.de",
                 seq=1, stamp="20260826T120000Z", tz="Europe/Berlin", start="20260903T100000",
                 end="20260903T110000", summary="Kennenlerngespräch Personalreferentin",
                 location="Microsoft Teams", organizer=KATRIN)

LAURAGAIS_INV = """Bonjour Madame Berrocal Quintana,

Votre candidature au poste de Chargée RH généraliste a retenu toute notre attention. Nous \
souhaiterions vous rencontrer dans nos locaux de Labège le mardi 14 avril à 9h30, pour un \
entretien d'environ une heure avec moi-même et Mme Delpech, DRH.

Merci de me confirmer votre disponibilité par retour de mail.

Bien cordialement,
Mathilde Roques
Chargée de recrutement
Lauragais Assurances
Rue de l'Innovation, 31670 Labège
05 00 00 62 90"""

SPECS = [
    # ---------------------------------------------------------- invitations
    spec(kind="interview_invitation", mid="valdeduero_inv", lang="es",
         company="Junta Regional de Valdeduero", contact=PILAR[1], frm=PILAR,
         subject="Convocatoria a entrevista personal - TS-RRHH/2026/07",
         date="2026-07-06 09:05 +0200", text=VALDE_INV, charset="iso-8859-1"),
    spec(kind="interview_invitation", mid="temporalia_inv", lang="es", company="Temporalia",
         contact=NEREA[1], frm=NEREA, subject="¿Entrevista el lunes? Puesto RRHH Valladolid",
         date="2026-09-17 12:41 +0200",
         text="""Hola Inmaculada!

Soy Nerea, de Temporalia Valladolid. He visto tu inscripción en nuestra web y tengo una oferta \
que te puede encajar: técnico/a de RRHH para una empresa del sector alimentación en el \
polígono de San Cristóbal, contrato de 6 meses con posibilidad de incorporación.

¿Podrías pasarte por la oficina el lunes 21 a las 11:00 para una entrevista? Estamos en la \
calle Santiago 9, 1.º. Trae el CV actualizado y el DNI.

Un saludo!
Nerea Alonso
Temporalia ETT - Delegación Valladolid
983 000 280"""),
    spec(kind="interview_invitation", mid="frenos_inv", lang="es", company="Frenos Tordesillas",
         contact="", frm=("Frenos Tordesillas", "no-reply@smartrecruiters.com"),
         subject="Invitación al assessment center - Técnico/a de Selección",
         date="2026-05-25 08:00 +0000",
         html=html_paras("""Hola Inmaculada,

¡Enhorabuena! Has superado la fase de preselección para el puesto de Técnico/a de Selección \
en Frenos Tordesillas.

Te invitamos a participar en nuestro assessment center, que se celebrará el viernes 5 de junio \
de 9:00 a 14:00 en nuestra planta de Tordesillas (Ctra. N-620 km 148). Incluye una dinámica de \
grupo, un caso práctico y una entrevista individual.

Por favor, confirma tu asistencia en el portal de candidatos antes del 1 de junio.

Saludos,
Equipo de Talent Acquisition
Frenos Tordesillas""", "Frenos Tordesillas", "SmartRecruiters - mensaje automático")),
    spec(kind="interview_invitation", mid="berganza_inv", lang="es",
         company="Berganza Executive Search", contact=INES[1], frm=INES,
         subject="Posición confidencial HRBP - aseguradora (Madrid)", date="2026-06-16 19:20 +0200",
         text=f"""Hola Inma:

Tengo entre manos una búsqueda confidencial para una aseguradora de primer nivel con sede en \
Madrid: HR Business Partner para su área de siniestros (unas 300 personas). Todavía no puedo \
decirte el nombre del cliente, pero creo que tu perfil es interesante para ellos.

¿Tendrías 45 minutos el jueves 18 para una entrevista por videollamada conmigo? Te propongo las \
10:00 o las 16:30.

Un abrazo,
{sig("Inés Berganza", "Partner", "Berganza Executive Search", "+34 600 000 917")}"""),
    spec(kind="interview_invitation", mid="cuadrante_inv", lang="es", company="Cuadrante Apps",
         contact=PABLO_C[1], frm=("Cuadrante Apps", "jobs@recruitee.com"), reply_to=PABLO_C,
         subject="Cuadrante Apps: invitación a videoentrevista", date="2026-06-04 10:15 +0000",
         text="""Hola Inmaculada,

Pablo Cid (Head of People) te ha invitado a una videoentrevista para el puesto de People \
Operations Specialist en Cuadrante Apps.

Cuándo: miércoles 10 de junio de 2026, 16:30 - 17:15 (hora de Madrid)
Dónde: https://meet.example.es/cuadrante-ppl

Encontrarás la invitación adjunta para añadirla a tu calendario. Si necesitas cambiarla, \
responde a este correo y le llegará directamente a Pablo.

Equipo de Cuadrante Apps""", ics_file=CUADRANTE_ICS),
    spec(kind="interview_invitation", mid="claveria_test", lang="es",
         company="Grupo Hospitalario Clavería", contact="",
         frm=("Grupo Hospitalario Clavería", "noreply@successfactors.eu"),
         subject="Siguiente paso: prueba de evaluación online", date="2026-03-16 09:00 +0000",
         charset="iso-8859-1", cte="quoted-printable",
         text="""Estimada Inmaculada:

En relación con su candidatura para Técnico/a de Selección (Madrid), le invitamos a completar \
una prueba de evaluación online (razonamiento y cuestionario de competencias), que forma parte \
del proceso de selección.

Dispone de 5 días naturales desde la recepción de este mensaje. El acceso es personal:
https://claveria.successfactors.example/assessment/7Q2K-88

Si supera esta fase, le contactaremos para una entrevista con el equipo de Personas.

Departamento de Personas y Talento
Grupo Hospitalario Clavería"""),
    spec(kind="interview_invitation", mid="cerrato_inv", lang="es", company="Lácteos Cerrato",
         contact=ROCIO[1], frm=ROCIO, subject="Llamada para el puesto de técnica de RRHH",
         date="2026-08-31 13:55 +0200", cte="8bit",
         text="""Hola Inmaculada,

Te escribo de Lácteos Cerrato (Baltanás). Nos ha gustado tu CV para el puesto de técnica de \
RRHH y querría hacerte una primera llamada para conocerte, de unos 20 minutos.

¿Te va bien el miércoles 2 de septiembre a las 12:00? Te llamaría al 651 000 238.

Gracias,
Rocío Mateo
Responsable de Personas - Lácteos Cerrato"""),
    spec(kind="interview_invitation", mid="vinha_inv", lang="en", company="Vinha Systems",
         contact=SOFIA[1], frm=("Sofia Amaral", "no-reply@hire.lever.co"), reply_to=SOFIA,
         subject="Vinha Systems - HR Generalist: video screen",
         date="2026-02-25 14:20 +0000", text=VINHA_INV),
    spec(kind="interview_invitation", mid="dalriada_inv", lang="en", company="Dalriada Insurance",
         contact="", frm=("Dalriada Insurance Careers", "dalriada@icims.com"),
         subject="Invitation: Assessment Centre - Graduate HR Programme",
         date="2026-04-23 07:30 +0100",
         text="""Dear Inmaculada,

Congratulations - you have been selected to attend our Assessment Centre for the Graduate HR \
Programme.

Date: Wednesday 13 May 2026
Time: 09:00 - 16:00
Venue: Dalriada Insurance, 40 Lauriston Place, Edinburgh EH3 9EZ

The day includes a group exercise, a written case study and a competency-based interview. \
Please confirm your place via your candidate dashboard by 30 April.

Kind regards,
Early Careers Team
Dalriada Insurance

Please do not reply to this email; this mailbox is not monitored.""",
         html=html_paras("""Dear Inmaculada,

Congratulations - you have been selected to attend our Assessment Centre for the Graduate HR \
Programme.

Date: Wednesday 13 May 2026
Time: 09:00 - 16:00
Venue: Dalriada Insurance, 40 Lauriston Place, Edinburgh EH3 9EZ

The day includes a group exercise, a written case study and a competency-based interview. \
Please confirm your place via your candidate dashboard by 30 April.

Kind regards,
Early Careers Team
Dalriada Insurance""", "Dalriada Insurance",
             "Please do not reply to this email; this mailbox is not monitored.")),
    spec(kind="interview_invitation", mid="thistle_inv", lang="en", company="Meadows Analytics",
         contact=CALLUM[1], frm=CALLUM, subject="Meadows Analytics - HR Generalist call",
         date="2026-06-29 10:12 +0100",
         text="""Hi Inma,

Great speaking to you on Friday. Good news: Meadows Analytics would like to have a first call \
with you for the HR Generalist role (Edinburgh, hybrid). Their Head of People, Eilidh Grant, \
has suggested Thursday 2 July at 2pm UK time (3pm for you). It'll be a 30-minute phone call; \
she'll ring your mobile.

Can you let me know if that works?

Cheers,
Callum
Thistle Talent Partners"""),
    spec(kind="interview_invitation", mid="ribeira_inv", lang="en", company="Saúde Ribeira",
         contact="joana.pinto@sauderibeira.example.pt",
         frm=("Saúde Ribeira", "notifications@bamboohr.com"),
         reply_to=("Joana Pinto", "joana.pinto@sauderibeira.example.pt"),
         subject="Saúde Ribeira would like to schedule a phone screen",
         subject_enc=("q", "iso-8859-1"), date="2026-07-28 11:03 +0100",
         text="""Hello Inmaculada,

Thank you for applying for the HR Coordinator (International Recruitment) position at Saúde \
Ribeira in Porto.

We'd like to invite you to a 20-minute phone screen with Joana Pinto from our HR team. Please \
reply to this email with two or three times next week that suit you, between 9:00 and 17:00 \
Porto time.

Kind regards,
Saúde Ribeira Recruitment"""),
    spec(kind="interview_invitation", mid="alpen_inv", lang="de",
         company="Alpenblick Versicherung", contact=KATRIN[1],
         frm=("Alpenblick Versicherung", "noreply@personio.de"), reply_to=KATRIN,
         subject="Einladung zum Kennenlerngespräch - Personalreferentin (m/w/d)",
         date="2026-08-20 09:40 +0200", text=ALPEN_INV, html=html_paras(ALPEN_INV)),
    spec(kind="interview_invitation", mid="kessler_inv", lang="de", company="Ammersee Kliniken",
         contact=TOBIAS[1], frm=TOBIAS, subject="Vorstellungsgespräch bei den Ammersee Kliniken",
         date="2026-07-09 15:22 +0200", charset="iso-8859-1",
         text="""Liebe Frau Berrocal,

ich freue mich, Ihnen mitteilen zu können, dass mein Mandant, die Ammersee Kliniken in \
Herrsching, Sie gern persönlich kennenlernen möchte - für die Position Personalreferentin \
Recruiting.

Vorgeschlagener Termin: Montag, 20. Juli, 13:00 Uhr, in der Klinikverwaltung (Seestraße 8, \
Herrsching). Gesprächspartner sind der Personalleiter und die Pflegedirektorin. Die \
Reisekosten werden erstattet.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Herzliche Grüße
Tobias Keßler
Keßler Personalberatung"""),
    spec(kind="interview_invitation", mid="tegernbach_inv", lang="de",
         company="Käsehaus Tegernbach", contact="sepp.huber@kaesehaus-tegernbach.example.de",
         frm=("Sepp Huber", "sepp.huber@kaesehaus-tegernbach.example.de"),
         subject="Probearbeitstag Personalassistenz", subject_enc=("b", "windows-1252"),
         date="2026-09-21 17:05 +0200",
         charset="windows-1252", cte="8bit",
         text="""Grüß Gott Frau Berrocal,

danke für Ihre Unterlagen. Bevor wir uns entscheiden, würden wir Sie gern zu einem \
Probearbeitstag in unsere Verwaltung einladen: Dienstag, 29. September, ab 8:00 Uhr. Sie \
lernen dabei unsere Lohnabrechnung und die Schichtplanung kennen, und mittags sprechen wir in \
Ruhe miteinander.

Adresse: Käsehaus Tegernbach, Dorfstraße 4, 85276 Tegernbach. Parkplätze gibt es am Hof.

Passt Ihnen das?

Viele Grüße
Sepp Huber
Geschäftsführer"""),
    spec(kind="interview_invitation", mid="lauragais_inv", lang="fr",
         company="Lauragais Assurances", contact=MATHILDE[1], frm=MATHILDE,
         subject="Proposition d'entretien - Chargée RH généraliste", date="2026-04-02 10:20 +0200",
         text=LAURAGAIS_INV, html=html_paras(LAURAGAIS_INV)),
    spec(kind="interview_invitation", mid="roquelaure_inv", lang="fr",
         company="Roquelaure Conseil RH", contact=ELODIE[1], frm=ELODIE,
         subject="Échange téléphonique - poste d'assistante RH bilingue",
         subject_enc=("q", "iso-8859-1"), date="2026-03-26 14:14 +0100",
         text="""Bonjour Madame Berrocal,

J'ai bien reçu votre candidature pour le poste d'assistante RH bilingue espagnol que nous \
recrutons pour l'un de nos clients industriels à Toulouse.

Je vous propose un premier échange téléphonique de 30 minutes lundi 30 mars à 14h00. \
Pourriez-vous me confirmer que ce créneau vous convient et le numéro auquel vous joindre ?

Cordialement,
Élodie Marty
Roquelaure Conseil RH"""),
    spec(kind="interview_invitation", mid="saintcyprien_inv", lang="fr",
         company="Groupe Hospitalier Saint-Cyprien", contact="",
         frm=("Groupe Hospitalier Saint-Cyprien", "no-reply@teamtailor-mail.com"),
         subject="Réservez votre entretien avec notre équipe RH", date="2026-07-20 08:10 +0200",
         html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif">
<p>Bonjour Inmaculada,</p>
<p>Bonne nouvelle ! Nous aimerions vous rencontrer pour le poste de
<b>Chargée de développement RH</b>.</p>
<p>Merci de choisir un créneau d'entretien (visio, 45 min) parmi les disponibilités de notre
équipe :</p>
<p><a href="https://saint-cyprien.teamtailor.example/meetings/cm4r2"
style="background:#0a5;color:#fff;padding:10px 18px;text-decoration:none">Choisir un créneau</a></p>
<p>À bientôt,<br>L'équipe Recrutement<br>Groupe Hospitalier Saint-Cyprien</p>
</body></html>
""", cte="quoted-printable"),
    # ---------------------------------------------------------- reschedule / cancel
    spec(kind="interview_reschedule_or_cancel", mid="valdeduero_move", lang="es",
         company="Junta Regional de Valdeduero", contact=PILAR[1], frm=PILAR,
         parent="valdeduero_inv", subject="Aplazamiento entrevistas TS-RRHH/2026/07",
         date="2026-07-13 14:30 +0200", charset="iso-8859-1", cte="8bit",
         text=f"""Estimada Sra. Berrocal Quintana:

Por necesidades organizativas del Servicio Territorial, las entrevistas personales previstas \
para el 15 de julio quedan aplazadas. La nueva fecha se comunicará a las personas convocadas \
con al menos cinco días hábiles de antelación.

Disculpe las molestias.

Atentamente,
{PILAR_SIG}

{quote(VALDE_INV, "es", "lun, 6 jul 2026 a las 9:05", "Pilar Coca Revilla <" + PILAR[1] + ">")}"""),
    spec(kind="interview_reschedule_or_cancel", mid="cuadrante_cancel", lang="es",
         company="Cuadrante Apps", contact=PABLO_C[1], frm=("Cuadrante Apps", "jobs@recruitee.com"),
         reply_to=PABLO_C, parent="cuadrante_inv",
         subject="Cancelada: Videoentrevista People Ops - Cuadrante Apps",
         date="2026-06-09 18:02 +0000",
         text="""Hola Inmaculada,

La videoentrevista del miércoles 10 de junio a las 16:30 ha sido cancelada por Pablo Cid.

Mensaje de Pablo: "Perdona, Inma, me ha surgido una reunión con dirección que no puedo mover. \
Te mando otra propuesta de horario mañana a primera hora."

Equipo de Cuadrante Apps""",
         ics={**CUADRANTE_ICS, "method": "CANCEL", "seq": 1, "stamp": "20260609T180200Z"}),
    spec(kind="interview_reschedule_or_cancel", mid="berganza_move", lang="es",
         company="Berganza Executive Search", contact=INES[1], frm=INES, parent="berganza_inv",
         subject="Re: Posición confidencial HRBP - aseguradora (Madrid)",
         date="2026-06-17 08:47 +0200", cte="base64",
         text="""Inma, buenos días:

Cambio de planes: mañana me meten en un comité todo el día, así que no podré hacer la \
videollamada del jueves. ¿Podemos pasarla al viernes 19 a las 9:30? Es la misma conexión.

Perdona el baile de fechas.

Inés"""),
    spec(kind="interview_reschedule_or_cancel", mid="claveria_room", lang="es",
         company="Grupo Hospitalario Clavería", contact="",
         frm=("Grupo Hospitalario Clavería", "noreply@successfactors.eu"),
         subject="Modificación de su cita: entrevista con el equipo de Personas",
         subject_enc=("b", "iso-8859-1"), date="2026-03-30 12:00 +0000",
         text="""Estimada Inmaculada:

Le informamos de que su entrevista con el equipo de Personas, prevista para el 1 de abril a \
las 9:00, ha sido modificada:

Nueva fecha: jueves 2 de abril de 2026
Nueva hora: 13:00
Lugar: Hospital Clavería Madrid-Norte, edificio de Dirección, planta 1, sala Tormes

El resto de la información de su convocatoria no cambia.

Departamento de Personas y Talento"""),
    spec(kind="interview_reschedule_or_cancel", mid="cerrato_postpone", lang="es",
         company="Lácteos Cerrato", contact=ROCIO[1], frm=ROCIO, parent="cerrato_inv",
         subject="Re: Llamada para el puesto de técnica de RRHH", date="2026-09-01 20:11 +0200",
         text=f"""Hola Inmaculada,

Siento avisarte tan tarde: mañana tenemos auditoría y no voy a poder llamarte a las 12:00. \
Lo dejamos aplazado; en cuanto pase la auditoría te propongo otro día, seguramente la semana \
que viene.

Perdona las molestias,
Rocío

{quote("Hola Rocío, el miércoles a las 12:00 me viene perfecto. Gracias, Inma",
       "es", "lun, 31 ago 2026 a las 14:20", "Inmaculada Berrocal <inma.berrocal@example.es>")}"""),
    spec(kind="interview_reschedule_or_cancel", mid="vinha_move", lang="en",
         company="Vinha Systems", contact=SOFIA[1], frm=SOFIA, parent="vinha_inv",
         subject="RE: Vinha Systems - HR Generalist: video screen", date="2026-03-02 09:08 +0000",
         charset="windows-1252",
         text=f"""Hi Inmaculada,

I'm so sorry, something urgent has come up on my side for Wednesday afternoon. Could we move \
our call to Thursday 5 March at 11:30 instead? Same Google Meet link.

Thanks for understanding!
Sofia

{quote(VINHA_INV, "en", "Wed, 25 Feb 2026 at 14:20", "Sofia Amaral <" + SOFIA[1] + ">")}"""),
    spec(kind="interview_reschedule_or_cancel", mid="dalriada_postpone", lang="en",
         company="Dalriada Insurance", contact="",
         frm=("Dalriada Insurance Careers", "dalriada@icims.com"),
         subject="Important: change to your Assessment Centre date",
         date="2026-05-06 16:45 +0100",
         text="""Dear Inmaculada,

Due to unforeseen circumstances, the Assessment Centre scheduled for Wednesday 13 May has \
been postponed. We are very sorry for any inconvenience this may cause.

The new date will be Wednesday 27 May 2026, same time and venue. Please log in to your \
candidate dashboard to confirm that you are still able to attend.

Kind regards,
Early Careers Team
Dalriada Insurance"""),
    spec(kind="interview_reschedule_or_cancel", mid="alpen_move", lang="de",
         company="Alpenblick Versicherung", contact=KATRIN[1], frm=KATRIN, parent="alpen_inv",
         subject="Terminänderung: Kennenlerngespräch Personalreferentin",
         subject_enc=("q", "utf-8"), date="2026-08-26 14:00 +0200",
         text="""Hallo Frau Berrocal Quintana,

leider muss ich unser Gespräch am 1. September verlegen, da unsere Personalleiterin an dem Tag \
erkrankt ist. Neuer Termin: Donnerstag, 3. September, 10:00 Uhr, weiterhin per Teams. Eine \
aktualisierte Kalendereinladung habe ich Ihnen geschickt.

Vielen Dank für Ihr Verständnis und viele Grüße
Katrin Obermaier""", ics=ALPEN_ICS),
    spec(kind="interview_reschedule_or_cancel", mid="tegernbach_cancel", lang="de",
         company="Käsehaus Tegernbach", contact="sepp.huber@kaesehaus-tegernbach.example.de",
         frm=("Sepp Huber", "sepp.huber@kaesehaus-tegernbach.example.de"),
         parent="tegernbach_inv", subject="AW: Probearbeitstag Personalassistenz",
         date="2026-09-25 07:30 +0200", charset="windows-1252",
         text="""Guten Morgen Frau Berrocal,

wir müssen den Probearbeitstag am Dienstag leider absagen: Unsere Lohnbuchhalterin ist \
kurzfristig ausgefallen, und ohne sie macht der Tag wenig Sinn. Ich melde mich nächste Woche \
mit einem neuen Termin.

Nichts für ungut und viele Grüße
Sepp Huber"""),
    spec(kind="interview_reschedule_or_cancel", mid="lauragais_move", lang="fr",
         company="Lauragais Assurances", contact=MATHILDE[1], frm=MATHILDE,
         parent="lauragais_inv", subject="RE: Proposition d'entretien - Chargée RH généraliste",
         date="2026-04-08 17:26 +0200",
         text=f"""Bonjour Madame Berrocal Quintana,

Mme Delpech sera finalement en déplacement le 14 avril. Pourrions-nous décaler l'entretien au \
jeudi 16 avril à 14h00, toujours à Labège ?

Avec toutes mes excuses pour ce changement,
Mathilde Roques

{outlook(LAURAGAIS_INV, "fr", "Mathilde Roques", "jeudi 2 avril 2026 10:20",
         "Inmaculada Berrocal Quintana", "Proposition d'entretien - Chargée RH généraliste")}"""),
    # ---------------------------------------------------------- missed interview
    spec(kind="missed_interview_notice", mid="temporalia_missed", lang="es",
         company="Temporalia", contact=NEREA[1], frm=NEREA, parent="temporalia_inv",
         subject="Re: ¿Entrevista el lunes? Puesto RRHH Valladolid",
         date="2026-09-21 12:05 +0200",
         text="""Hola Inmaculada,

Te hemos estado esperando esta mañana a las 11:00 en la oficina y no has venido. ¿Ha pasado \
algo? Si sigues interesada, llámame y vemos si puedo darte otra cita esta semana, que el \
cliente tiene prisa.

Un saludo,
Nerea"""),
    spec(kind="missed_interview_notice", mid="frenos_missed", lang="es",
         company="Frenos Tordesillas", contact="gonzalo.prieto@frenostordesillas.example.es",
         frm=("Gonzalo Prieto", "gonzalo.prieto@frenostordesillas.example.es"),
         subject="Entrevista de hoy - no te hemos visto conectada", date="2026-06-12 10:25 +0200",
         charset="windows-1252", cte="quoted-printable",
         text="""Hola Inmaculada,

Teníamos la entrevista individual hoy a las 10:00 por Teams y te hemos esperado en la sala \
unos 15 minutos, pero no te has conectado. Te he enviado también un mensaje al móvil.

¿Tuviste algún problema técnico? Dime algo cuando puedas.

Gonzalo Prieto
Talent Acquisition · Frenos Tordesillas"""),
    spec(kind="missed_interview_notice", mid="cerrato_missed", lang="es",
         company="Lácteos Cerrato", contact=ROCIO[1], frm=ROCIO,
         subject="Te he llamado hoy", date="2026-09-09 12:31 +0200",
         text="""Hola Inmaculada,

Te he llamado a las 12:00, como quedamos ayer por mensaje, y luego otra vez a las 12:15, pero \
no ha habido manera. Me sale directamente el buzón de voz.

Si te parece, dime otra franja y lo volvemos a intentar.

Rocío
Lácteos Cerrato"""),
    spec(kind="missed_interview_notice", mid="selecta_missed", lang="es",
         company="Vidrios del Pisuerga", contact="raul.monje@gruposelecta.example.es",
         frm=("Raúl Monje", "raul.monje@gruposelecta.example.es"),
         subject="Ayer en Vidrios del Pisuerga", date="2026-06-24 09:10 +0200", cte="8bit",
         text="""Hola Inmaculada,

Ayer me llamó el director de planta de Vidrios del Pisuerga: te estuvieron esperando a las \
17:00 en Cabezón para la entrevista y no apareciste. No me llegó ningún aviso tuyo.

Necesito que me digas qué pasó para poder explicárselo al cliente y ver si aceptan verte otro \
día.

Raúl Monje
Grupo Selecta RRHH"""),
    spec(kind="missed_interview_notice", mid="thistle_missed", lang="en",
         company="Meadows Analytics", contact=CALLUM[1], frm=CALLUM, parent="thistle_inv",
         subject="RE: Meadows Analytics - HR Generalist call", date="2026-07-02 15:20 +0100",
         text="""Hi Inma,

Eilidh from Meadows Analytics tried to call you at 2pm as arranged, twice, but couldn't get \
through, and I've just tried as well. Is everything OK?

If you're still keen, let me know when you're free and I'll see if she can fit you in again \
this week.

Callum"""),
    spec(kind="missed_interview_notice", mid="ribeira_missed", lang="en",
         company="Saúde Ribeira", contact="joana.pinto@sauderibeira.example.pt",
         frm=("Joana Pinto", "joana.pinto@sauderibeira.example.pt"),
         subject="Our video call today", date="2026-08-06 10:40 +0100",
         text="""Hello Inmaculada,

We had our video interview booked for 10:00 this morning (Porto time) and I waited in the \
meeting room for about 20 minutes, but you didn't join. Perhaps there was a mix-up with the \
time difference?

If you would still like to go ahead, here is a new link for Friday at 10:00:
https://meet.sauderibeira.example.pt/hr-ibq2

Best regards,
Joana Pinto
HR Coordinator, Saúde Ribeira"""),
    spec(kind="missed_interview_notice", mid="kessler_missed", lang="de",
         company="Ammersee Kliniken", contact=TOBIAS[1], frm=TOBIAS,
         subject="Unser Telefonat heute um 10 Uhr", date="2026-07-14 10:35 +0200",
         text="""Liebe Frau Berrocal,

ich habe heute um 10 Uhr wie vereinbart versucht, Sie zur Vorbereitung auf das Gespräch bei den \
Ammersee Kliniken anzurufen, Sie aber leider nicht erreicht - auch nicht auf der Mailbox.

Bitte melden Sie sich kurz, damit wir das Telefonat nachholen können, am besten noch diese \
Woche.

Herzliche Grüße
Tobias Keßler"""),
    spec(kind="missed_interview_notice", mid="roquelaure_missed", lang="fr",
         company="Roquelaure Conseil RH", contact=ELODIE[1], frm=ELODIE,
         parent="roquelaure_inv", subject="RE: Échange téléphonique - poste d'assistante RH bilingue",
         date="2026-03-30 14:25 +0200", charset="iso-8859-1",
         text="""Bonjour Madame Berrocal,

J'ai essayé de vous joindre à 14h00 comme convenu, à deux reprises, sans succès. Je vous ai \
laissé un message vocal.

Pouvez-vous me rappeler ou me proposer un autre créneau cette semaine ?

Cordialement,
Élodie Marty"""),
    spec(kind="missed_interview_notice", mid="cartoucherie_missed", lang="fr",
         company="Cartoucherie Numérique", contact="lea.vidal@cartoucherie.example.fr",
         frm=("Léa Vidal", "lea.vidal@cartoucherie.example.fr"), name_enc=("q", "utf-8"),
         subject="Entretien de 15h - vous ne vous êtes pas connectée",
         date="2026-10-07 15:32 +0200",
         text="""Bonjour Inmaculada,

Nous avions rendez-vous à 15h00 en visio pour le poste de Talent Acquisition Specialist et \
nous vous avons attendue une vingtaine de minutes, sans nouvelles de votre part.

J'imagine qu'il y a eu un imprévu. N'hésitez pas à me répondre si vous souhaitez reprogrammer \
l'entretien.

Belle journée,
Léa Vidal
People & Culture - Cartoucherie Numérique"""),
]
