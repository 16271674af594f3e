"""Corpus 325: invitations, moved or cancelled interviews, and missed-interview notices."""

from __future__ import annotations

from msgs325_common import branded, m

LABOR = ("Natalia Rubio · Laborplus ETT", "natalia.rubio@laborplus.example.es")
LABOR_SIG = """Natalia Rubio
Técnica de Selección · Laborplus ETT, Delegación Córdoba
Avda. Gran Capitán 21 · 957 47 80 02"""
UAS = ("Servicio de Personal Investigador – UAS", "pinvestigador@uagrosevilla.example.es")
SALVAJE_RT = ("Carmen Prieto", "carmen.prieto@salvajepetfood.example.es")
CANAL_EMMA = ("Emma Visser", "emma.visser@canalsidepetfood.example.nl")
HARBOUR = ("Tom Verbeek", "tom@harbourtalent.example.nl")
CRNA_LUC = ("Luc Perrin", "luc.perrin@crna-coop.example.fr")
RT_MATHILDE = ("Mathilde Garnier – Rhône Talents", "m.garnier@rhonetalents.example.fr")

SPECS = [
    # ------------------------------------------------------------------ Laborplus ETT (es)
    m("laborplus_invite", "interview_invitation", "es", "2026-02-24 10:31 +0100", LABOR,
      "Entrevista – auxiliar de almacén producto veterinario",
      f"""Hola Ximena:

He visto tu inscripción en nuestra web. Tenemos una vacante de auxiliar de almacén de producto
veterinario para una empresa cliente de la zona de La Torrecilla (contrato de 3 meses con
posibilidad de incorporación).

¿Puedes pasarte por la oficina el jueves 26 a las 9:30 para una entrevista? Trae el DNI y el
CV impreso.

Gracias,
{LABOR_SIG}""",
      "Laborplus", LABOR[1], charset="iso-8859-1", cte="8bit"),
    m("laborplus_moved", "interview_reschedule_or_cancel", "es", "2026-02-25 16:05 +0100",
      LABOR, "RE: Entrevista – auxiliar de almacén producto veterinario",
      f"""Hola Ximena:

Perdona, mañana tengo que cubrir una incorporación en Lucena y no estaré en la oficina.
¿Podemos pasar la entrevista al viernes 27 a la misma hora, 9:30? Dime algo.

{LABOR_SIG}""",
      "Laborplus", LABOR[1], parent="laborplus_invite", quote="es",
      charset="iso-8859-1", cte="8bit"),
    m("laborplus_missed", "missed_interview_notice", "es", "2026-03-04 12:50 +0100", LABOR,
      "No te presentaste a la entrevista con el cliente",
      f"""Hola Ximena:

Hoy a las 11:00 tenías la entrevista en las instalaciones del cliente y el encargado me ha
llamado diciendo que no te has presentado. Te he llamado dos veces y no me lo has cogido.

Si ha habido algún problema, llámame hoy mismo, porque el cliente quiere cerrar el proceso
esta semana.

{LABOR_SIG}""",
      "Laborplus", LABOR[1], charset="windows-1252", cte="quoted-printable"),
    # ------------------------------------------------------------------ Universidad (es)
    m("uas_invite", "interview_invitation", "es", "2026-03-30 13:00 +0200", UAS,
      "Bolsa TEL-LAB-02/2026: convocatoria a prueba práctica",
      """Estimada Sra. Carvajal Ruiz:

Por la presente se le convoca a la prueba práctica del proceso de constitución de bolsa de
Técnico/a Especialista de Laboratorio de Nutrición Animal (TEL-LAB-02/2026).

Fecha: 16 de abril de 2026, 9:00 h
Lugar: Granja Experimental, Campus de Tomejil, edificio B, laboratorio 4
Duración estimada: 2 horas (análisis proximal de un pienso y cálculo de energía)

Deberá presentarse con DNI y bata de laboratorio. La no comparecencia supondrá la exclusión
del proceso.

Servicio de Personal Investigador
Universidad Agroalimentaria de Sevilla""",
      "Universidad Agroalimentaria de Sevilla", "", cte="quoted-printable",
      pdfs=[("Convocatoria_prueba_TEL-LAB-02.pdf",
             ["Universidad Agroalimentaria de Sevilla", "Bolsa TEL-LAB-02/2026",
              "Convocatoria a prueba practica: 16/04/2026, 9:00 h",
              "Granja Experimental, Campus de Tomejil"])]),
    m("uas_postponed", "interview_reschedule_or_cancel", "es", "2026-04-13 14:22 +0200", UAS,
      "Bolsa TEL-LAB-02/2026: aplazamiento de la prueba práctica",
      """Estimada Sra. Carvajal Ruiz:

Le comunicamos que, por obras imprevistas en el laboratorio 4 de la Granja Experimental, la
prueba práctica prevista para el 16 de abril queda aplazada. La nueva fecha se publicará en
el tablón electrónico y se le notificará por esta misma vía con al menos 72 horas de
antelación.

Disculpe las molestias.

Servicio de Personal Investigador
Universidad Agroalimentaria de Sevilla""",
      "Universidad Agroalimentaria de Sevilla", "", cte="8bit", charset="iso-8859-1"),
    # ------------------------------------------------------------------ Mundo Huella (es)
    m("mundohuella_trial", "interview_invitation", "es", "2026-08-04 09:15 +0000",
      ("Lorena de Mundo Huella", "noreply@workablemail.com"),
      "Jornada de prueba – Asesora Nutricional Córdoba Centro",
      """Hola Ximena:

¡Gracias por tu candidatura para Asesora Nutricional en nuestra nueva tienda de Córdoba
Centro! Nos gustaría invitarte a una jornada de prueba de media mañana en tienda, para que
conozcas al equipo y veas cómo asesoramos a los clientes.

Elige el día que mejor te venga en este enlace:
https://apply.workable.com/mundo-huella/j/5E2B1C90AA/schedule

Un saludo,
Lorena Cuesta
Responsable de Tienda · Mundo Huella Córdoba Centro""",
      "Mundo Huella", "lorena.cuesta@mundohuella.example.es",
      reply_to=("Lorena Cuesta", "lorena.cuesta@mundohuella.example.es"),
      html="auto", cte="quoted-printable"),
    m("mundohuella_moved", "interview_reschedule_or_cancel", "es", "2026-08-10 19:40 +0200",
      ("Lorena Cuesta", "lorena.cuesta@mundohuella.example.es"),
      "Cambio de fecha jornada de prueba",
      """Hola Ximena:

Te escribo porque el jueves 13 nos llega la mercancía de la inauguración y va a ser imposible
atenderte bien. ¿Te importa si hacemos la jornada de prueba el martes 18 a las 10:00? Si no
puedes, buscamos otro día.

Lorena
Mundo Huella Córdoba Centro · C/ Cruz Conde 14""",
      "Mundo Huella", "lorena.cuesta@mundohuella.example.es", cte="8bit"),
    # ------------------------------------------------------------------ Salvaje Petfood (es)
    m("salvaje_invite", "interview_invitation", "es", "2026-09-01 11:30 +0000",
      ("Carmen Prieto via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Videoentrevista con Salvaje Petfood – Técnica de Producto Natural",
      """Hola Ximena,

¡Gracias por tu candidatura! Me encantaría tener una videollamada de 30 minutos contigo para
hablar del puesto de Técnica de Producto Natural en nuestro obrador de Málaga.

Puedes reservar un hueco directamente en mi agenda aquí:
https://app.greenhouse.io/scheduling/salvajepetfood/8d41e0

Si ninguna franja te cuadra, respóndeme a este correo.

Carmen Prieto
Talent & Culture · Salvaje Petfood""",
      "Salvaje Petfood", SALVAJE_RT[1], reply_to=SALVAJE_RT, html="auto", cte="base64"),
    m("salvaje_cancel", "interview_reschedule_or_cancel", "es", "2026-09-07 08:05 +0200",
      SALVAJE_RT, "Cancelada: Videoentrevista Salvaje Petfood (8 sept, 12:00)",
      """Hola Ximena:

Lo siento mucho, tengo que cancelar nuestra videollamada de mañana martes a las 12:00 porque
estaré de baja unos días. Tu candidatura sigue en marcha: en cuanto vuelva te propongo
nuevas fechas.

Gracias por la comprensión,
Carmen""",
      "Salvaje Petfood", SALVAJE_RT[1], html="auto", cte="quoted-printable",
      ics={"method": "CANCEL", "uid": "gh-8d41e0-xcr@salvajepetfood.example.es", "seq": 2,
           "start": "2026-09-08 12:00", "end": "2026-09-08 12:30",
           "summary": "Videoentrevista Salvaje Petfood – Ximena Carvajal",
           "location": "Google Meet", "inline": True}),
    # ------------------------------------------------------------------ Selecta / Bética (es)
    m("selecta_moved", "interview_reschedule_or_cancel", "es", "2026-06-15 09:50 +0200",
      ("Beatriz Olmedo (Selecta RR. HH.)", "beatriz.olmedo@selecta-rrhh.example.es"),
      "Cambio entrevista Nutrición Animal Bética",
      """Hola Ximena:

Me acaba de llamar el director técnico de Nutrición Animal Bética: tiene una inspección
sanitaria el miércoles y no puede veros. Me propone el lunes 22 de junio a las 12:00 en su
fábrica de Utrera. ¿Te encaja? Si te pilla mal, dime alternativas y se las traslado.

Un abrazo,
Beatriz Olmedo
Selecta RR. HH. · Consultoría de Selección""",
      "Nutrición Animal Bética", "beatriz.olmedo@selecta-rrhh.example.es", cte="8bit"),
    # ------------------------------------------------------------------ Eurotemp / Mercanimal
    m("eurotemp_missed", "missed_interview_notice", "es", "2026-07-10 13:15 +0200",
      ("Raúl Cabello", "raul.cabello@eurotemp.example.es"),
      "¿Qué ha pasado con la entrevista en Mercanimal?",
      """Hola Ximena:

La encargada de Mercanimal Málaga Centro me dice que te estuvo esperando a las 12:00 y que no
apareciste. Te he llamado, pero salta el buzón. ¿Está todo bien?

Me ha dicho que podría verte el lunes a primera hora si le confirmo hoy. Llámame en cuanto
puedas al 951 33 40 12.

Raúl""",
      "Mercanimal", "raul.cabello@eurotemp.example.es", cte="quoted-printable"),
    # ------------------------------------------------------------------ Agrocoop (es)
    m("agrocoop_missed", "missed_interview_notice", "es", "2026-08-20 10:20 +0200",
      ("Encarni Villalba", "encarni.villalba@agrocoopguadalquivir.example.es"),
      "Llamada de esta mañana",
      """Buenos días, Ximena:

Te hemos llamado a las 10:00, como quedamos, para la entrevista telefónica con nuestro
técnico de campo, pero no ha habido respuesta (lo hemos intentado tres veces).

Si te ha surgido algo, no pasa nada: contéstame y buscamos otro momento esta semana.

Encarni Villalba
Agrocoop Guadalquivir · Administración y Personal
Tel. 957 64 02 18""",
      "Agrocoop Guadalquivir", "encarni.villalba@agrocoopguadalquivir.example.es",
      charset="iso-8859-1", cte="quoted-printable"),
    # ------------------------------------------------------------------ Farmavet (es)
    m("farmavet_missed", "missed_interview_notice", "es", "2026-06-18 16:25 +0200",
      ("Irene Castaño", "irene.castano@farmavetsur.example.es"),
      "Videoentrevista 16:00 – Delegada Técnica Veterinaria",
      """Hola Ximena,

Teníamos la videoentrevista hoy a las 16:00 y te he esperado en la sala de Teams durante 20
minutos sin que llegaras a conectarte. No sé si has tenido algún problema técnico.

Por ahora no te puedo asegurar otro hueco, pero si me escribes lo consulto con el director de
zona.

Un saludo,
Irene Castaño
HR Business Partner · Farmavet Sur""",
      "Farmavet Sur", "irene.castano@farmavetsur.example.es", html="auto",
      charset="windows-1252", cte="quoted-printable"),
    # ------------------------------------------------------------------ Canalside (en)
    m("canal_invite", "interview_invitation", "en", "2026-06-15 15:10 +0000",
      ("Emma Visser via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Interview invitation: Product Specialist, Canalside Petfood",
      """Hi Ximena,

Great news: the team would like to invite you to a first interview for the Product
Specialist role! The interview will be with me and Bas Jansen, our Head of Product, on
Tuesday 23 June at 11:00 CEST via Google Meet and will take about 45 minutes.

A calendar invitation is attached. Let me know if you have any questions.

Best,
Emma Visser
Recruiter, Canalside Petfood""",
      "Canalside Petfood", CANAL_EMMA[1], reply_to=CANAL_EMMA, cte="quoted-printable",
      ics={"uid": "gh-canal-5521-xcr@canalsidepetfood.example.nl", "seq": 0,
           "tz": "Europe/Amsterdam", "start": "2026-06-23 11:00", "end": "2026-06-23 11:45",
           "summary": "Interview Ximena Carvajal Ruiz – Product Specialist",
           "location": "Google Meet"}),
    m("canal_moved", "interview_reschedule_or_cancel", "en", "2026-06-19 09:44 +0200",
      CANAL_EMMA, "Updated invitation: Interview Ximena Carvajal Ruiz – Product Specialist",
      """Hi Ximena,

Bas has a clash on Tuesday, so I've moved our interview to Wednesday 24 June at 14:00 CEST.
The updated calendar invitation is attached; the Meet link stays the same.

Thanks for bearing with us!
Emma""",
      "Canalside Petfood", CANAL_EMMA[1], html="auto", cte="7bit",
      ics={"uid": "gh-canal-5521-xcr@canalsidepetfood.example.nl", "seq": 1,
           "tz": "Europe/Amsterdam", "start": "2026-06-24 14:00", "end": "2026-06-24 14:45",
           "summary": "Interview Ximena Carvajal Ruiz - Product Specialist (moved)",
           "location": "Google Meet"}),
    # ------------------------------------------------------------------ Harbour Talent (en)
    m("harbour_invite", "interview_invitation", "en", "2026-04-20 12:15 +0200", HARBOUR,
      "Next step – call with my client",
      """Hi Ximena,

Good news: my client, a family-owned pet-food manufacturer just outside Utrecht, would like to
speak with you about the Nutrition Advisor role. They suggest a video call on Friday 24 April
at 15:00 (Dutch time) with their R&D manager.

I'll share the company name and details once you confirm you're happy to go ahead, as the
search is confidential for now.

Cheers,
Tom Verbeek
Harbour Talent | Executive Search Animal Health & Nutrition""",
      "Harbour Talent", HARBOUR[1], cte="quoted-printable"),
    m("harbour_moved", "interview_reschedule_or_cancel", "en", "2026-05-13 08:30 +0200",
      HARBOUR, "Second round postponed",
      """Morning Ximena,

Quick heads-up: my client has to postpone Thursday's second-round interview, as their MD is
off sick. They're still keen and will come back with new dates early next week.

Speak soon,
Tom""",
      "Harbour Talent", HARBOUR[1], cte="7bit"),
    # ------------------------------------------------------------------ PetCare Partners (en)
    m("petcare_invite", "interview_invitation", "en", "2026-06-10 13:02 +0000",
      ("Sanne from PetCare Partners", "no-reply@ashbyhq.com"),
      "Schedule your video screen with PetCare Partners",
      branded("PetCare Partners", """<p>Hi Ximena,</p>
<p>Thanks for applying for <b>Clinical Nutrition Coordinator</b>. We'd like to invite you to a
30-minute video screen with our People Team.</p>
<p><a href="https://jobs.ashbyhq.com/petcare-partners/schedule/3a9f">Choose a time</a> that
works for you. The link expires in 7 days.</p>
<p>Talk soon,<br>Sanne Bakker, People Team</p>""",
              "Sent via Ashby on behalf of PetCare Partners", "en", "#5a3ea8"),
      "PetCare Partners", "sanne.bakker@petcarepartners.example.nl",
      reply_to=("Sanne Bakker", "sanne.bakker@petcarepartners.example.nl"),
      html_only=True, cte="quoted-printable"),
    m("petcare_missed", "missed_interview_notice", "en", "2026-06-24 11:40 +0200",
      ("Sanne Bakker", "sanne.bakker@petcarepartners.example.nl"),
      "Missed video screen today",
      """Hi Ximena,

We had our video screen booked for 11:00 today, but you didn't join the call. I waited about
ten minutes before closing the meeting.

If something came up, just reply and I'll see whether I can find another slot.

Best,
Sanne Bakker
People Team, PetCare Partners""",
      "PetCare Partners", "sanne.bakker@petcarepartners.example.nl", cte="7bit"),
    # ------------------------------------------------------------------ German
    m("nordpersonal_invite", "interview_invitation", "de", "2026-06-08 10:20 +0200",
      ("Katrin Wulff", "k.wulff@nordpersonal.example.de"),
      "Zweitgespräch bei der Futtermühle Alstertal",
      """Hallo Frau Carvajal Ruiz,

schöne Nachrichten: Die Futtermühle Alstertal möchte Sie gern persönlich kennenlernen. Das
Zweitgespräch würde am Mittwoch, 17. Juni, um 10:30 Uhr im Werk in Hamburg-Wandsbek
stattfinden, mit dem Produktionsleiter und der Leiterin Qualitätssicherung.

Bitte bestätigen Sie mir den Termin kurz, dann schicke ich Ihnen die Anfahrtsbeschreibung.

Beste Grüße
Katrin Wulff
Senior Consultant Agrar & Food
NordPersonal Personalberatung GmbH""",
      "Futtermühle Alstertal", "k.wulff@nordpersonal.example.de",
      charset="iso-8859-1", cte="quoted-printable"),
    m("tkhanse_invite", "interview_invitation", "de", "2026-09-18 14:30 +0200",
      ("Dr. Friederike Harms", "f.harms@tierklinik-hanse.example.de"),
      "Einladung zum Vorstellungsgespräch – Ernährungsberatung",
      """Liebe Frau Carvajal Ruiz,

vielen Dank für Ihre Bewerbung als Ernährungsberaterin in unserem Klinikverbund. Gern laden
wir Sie zu einem Vorstellungsgespräch in die Tierklinik Eppendorf ein:

Dienstag, 29. September 2026, 13:00 Uhr
Martinistraße 88, 20251 Hamburg – Empfang im Erdgeschoss

Falls Sie lieber per Video teilnehmen möchten, ist das ebenfalls möglich.

Herzliche Grüße
Dr. Friederike Harms
Tierklinikgruppe Hanse""",
      "Tierklinikgruppe Hanse", "f.harms@tierklinik-hanse.example.de", html="auto",
      charset="utf-8", cte="8bit"),
    m("kaiserhof_invite", "interview_invitation", "de", "2026-07-06 08:12 +0000",
      ("Kaiserhof Petfood Recruiting", "noreply@softgarden.io"),
      "Einladung zum Assessment-Center – Junior Produktmanager:in",
      """Hallo Ximena Carvajal Ruiz,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Junior Produktmanager:in
Nassfutter einzuladen. Es findet am Freitag, 17. Juli, von 9:00 bis 15:00 Uhr in unserer
Zentrale in Hamburg-Harburg statt und umfasst eine Fallstudie, eine Präsentation und ein
Interview.

Bitte bestätigen Sie Ihre Teilnahme über den folgenden Link:
https://kaiserhof-petfood.softgarden.io/de/assessment/confirm/77120

Ihr Recruiting-Team
Kaiserhof Petfood""",
      "Kaiserhof Petfood", "", html="auto", cte="quoted-printable"),
    m("kaiserhof_moved", "interview_reschedule_or_cancel", "de", "2026-07-13 09:01 +0000",
      ("Kaiserhof Petfood Recruiting", "noreply@softgarden.io"),
      "Terminänderung: Assessment-Center Junior Produktmanager:in",
      """Hallo Ximena Carvajal Ruiz,

aus organisatorischen Gründen müssen wir das Assessment-Center vom 17. Juli auf Dienstag,
21. Juli, verschieben. Uhrzeit und Ort bleiben unverändert.

Bitte bestätigen Sie den neuen Termin über Ihr Kandidatenprofil.

Ihr Recruiting-Team
Kaiserhof Petfood""",
      "Kaiserhof Petfood", "", cte="quoted-printable"),
    m("tierwelt_trial", "interview_invitation", "de", "2026-03-05 17:48 +0100",
      ("Björn Hagedorn", "bjoern.hagedorn@tierwelt-nord.example.de"),
      "Probearbeiten in der Filiale Eimsbüttel",
      """Moin Frau Carvajal Ruiz,

wie telefonisch besprochen lade ich Sie zum Probearbeiten in unserer Filiale Eimsbüttel ein,
am Samstag, 14. März, von 9 bis 13 Uhr. Sie lernen das Team kennen und beraten unter
Anleitung Kunden zu Futter und Ergänzungsmitteln. Bitte bequeme Schuhe mitbringen.

Bis dann!
Björn Hagedorn
Filialleiter Tierwelt Nord Eimsbüttel""",
      "Tierwelt Nord", "bjoern.hagedorn@tierwelt-nord.example.de",
      charset="windows-1252", cte="quoted-printable"),
    m("tierwelt_missed", "missed_interview_notice", "de", "2026-03-14 10:12 +0100",
      ("Björn Hagedorn", "bjoern.hagedorn@tierwelt-nord.example.de"),
      "Probearbeiten heute",
      """Hallo Frau Carvajal Ruiz,

wir hatten Sie heute um 9 Uhr zum Probearbeiten erwartet, Sie sind aber leider nicht
erschienen. Auch telefonisch konnte ich Sie nicht erreichen.

Wenn Sie weiterhin Interesse haben, melden Sie sich bitte bis Montag bei mir.

Gruß
Björn Hagedorn""",
      "Tierwelt Nord", "bjoern.hagedorn@tierwelt-nord.example.de", cte="8bit",
      charset="iso-8859-1"),
    # ------------------------------------------------------------------ French
    m("rt_invite", "interview_invitation", "fr", "2026-06-05 11:20 +0200", RT_MATHILDE,
      "Entretien avec la Coopérative Val de Saône",
      """Bonjour Ximena,

Bonne nouvelle : la Coopérative Val de Saône souhaite vous rencontrer pour le poste de
technicienne nutrition animale. L'entretien aurait lieu le jeudi 11 juin à 10h00 à leur siège
de Villefranche-sur-Saône, avec le directeur de l'usine d'aliments.

Pouvez-vous me confirmer votre présence ? Je vous enverrai le plan d'accès.

Belle journée,
Mathilde Garnier
Consultante – Rhône Talents""",
      "Coopérative Val de Saône", RT_MATHILDE[1], cte="quoted-printable"),
    m("rt_missed", "missed_interview_notice", "fr", "2026-06-11 11:05 +0200", RT_MATHILDE,
      "Entretien de ce matin à Villefranche",
      """Bonjour Ximena,

Le directeur de l'usine m'informe qu'il vous a attendue ce matin à 10h00 à Villefranche et
que vous n'êtes pas venue. Je n'arrive pas à vous joindre sur votre portable.

Pouvez-vous me rappeler au plus vite ? Il accepte de vous recevoir lundi si vous êtes
toujours intéressée.

Mathilde""",
      "Coopérative Val de Saône", RT_MATHILDE[1], charset="iso-8859-1", cte="8bit"),
    m("crna_invite", "interview_invitation", "fr", "2026-07-20 09:35 +0200", CRNA_LUC,
      "Invitation à un entretien – Technicienne conseil aliments",
      """Bonjour Madame Carvajal Ruiz,

Votre candidature au poste de technicienne conseil aliments pour animaux de compagnie a
retenu notre attention. Nous vous proposons un entretien le mercredi 29 juillet à 14h30 dans
nos locaux de Saint-Priest (et en visio si vous êtes encore en Espagne).

Vous trouverez l'invitation en pièce jointe.

Cordialement,
Luc Perrin
Responsable des ressources humaines
Coopérative Rhône-Alpes Nutrition Animale (CRNA)
12 avenue des Temps Modernes, 69800 Saint-Priest""",
      "Coopérative Rhône-Alpes Nutrition Animale", CRNA_LUC[1],
      charset="windows-1252", cte="quoted-printable",
      ics={"uid": "crna-tca-2026-11@crna-coop.example.fr", "seq": 0, "tz": "Europe/Paris",
           "start": "2026-07-29 14:30", "end": "2026-07-29 15:30",
           "summary": "Entretien Mme Carvajal Ruiz – technicienne conseil",
           "location": "CRNA Saint-Priest / Teams",
           "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR"}),
    m("crna_moved", "interview_reschedule_or_cancel", "fr", "2026-07-24 15:12 +0200", CRNA_LUC,
      "Mis à jour : Entretien Mme Carvajal Ruiz – technicienne conseil",
      """Bonjour Madame Carvajal Ruiz,

Suite à un imprévu, je me vois contraint de décaler notre entretien du 29 juillet au jeudi 30
juillet à 10h00. L'invitation mise à jour est jointe. Merci de me confirmer que ce nouvel
horaire vous convient.

Cordialement,
Luc Perrin""",
      "Coopérative Rhône-Alpes Nutrition Animale", CRNA_LUC[1],
      parent="crna_invite", quote="outlook_fr", charset="windows-1252", cte="quoted-printable",
      ics={"uid": "crna-tca-2026-11@crna-coop.example.fr", "seq": 1, "tz": "Europe/Paris",
           "start": "2026-07-30 10:00", "end": "2026-07-30 11:00",
           "summary": "Entretien Mme Carvajal Ruiz – technicienne conseil",
           "location": "CRNA Saint-Priest / Teams",
           "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR"}),
    m("zoomarket_invite", "interview_invitation", "fr", "2026-06-02 08:30 +0000",
      ("Zoomarket Recrutement", "no-reply@smartrecruiters.com"),
      "Zoomarket – Invitation à un entretien collectif",
      """Bonjour Ximena,

Nous avons le plaisir de vous inviter à une session de recrutement collective pour
l'ouverture de notre magasin de Lyon Part-Dieu : présentation de l'enseigne, mises en
situation de conseil client et entretien individuel.

Date : mardi 16 juin 2026, de 9h00 à 12h30
Lieu : Hôtel Lyon Centre, salle Bellecour, 7 rue de la Charité, 69002 Lyon

Merci de confirmer votre participation depuis votre espace candidat.

L'équipe Recrutement Zoomarket""",
      "Zoomarket", "", html="auto", cte="base64"),
    m("zoomarket_moved", "interview_reschedule_or_cancel", "fr", "2026-06-12 16:45 +0200",
      ("Service RH Zoomarket", "recrutement@zoomarket.example.fr"),
      "Report de la session de recrutement du 16 juin",
      """Bonjour,

Pour des raisons logistiques, la session de recrutement collective prévue le mardi 16 juin
est reportée au mardi 23 juin, aux mêmes horaires et au même endroit.

Nous vous remercions de votre compréhension et restons à votre disposition.

Le service Ressources Humaines
Zoomarket""",
      "Zoomarket", "", to=("", "undisclosed-recipients:;"),
      cte="quoted-printable", charset="iso-8859-1"),
]
