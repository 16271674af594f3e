"""Interview invitations, reschedules/cancellations and missed-interview notices (hundredseventh)."""

from msgs107_common import M

IN = "interview_invitation"
C = "interview_reschedule_or_cancel"
X = "missed_interview_notice"

UID_WP = "040000008200E00074C5B7101A82E00800000000B0C4F1A9D2C9DC01000000000000000010000000"

MESSAGES = [
    # ---- invitations ----
    M(IN, "einladung_sie", "de", "Katrin Pohlmann <k.pohlmann@elbkontor-logistik.example.de>",
      "Einladung zum Vorstellungsgespräch – Zollsachbearbeiter (m/w/d)", "02-04 09:15",
      """Sehr geehrter Herr Demirci-Lindqvist,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Donnerstag, 12. Februar 2026, 14:00 Uhr
Elbkontor Logistik, Am Sandtorkai 41, 20457 Hamburg, 3. OG (bitte am Empfang melden)

Gesprächspartner: Herr Oltmanns (Geschäftsführung) und ich. Planen Sie bitte etwa 60 Minuten ein.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Katrin Pohlmann
Personalreferentin
Elbkontor Logistik GmbH & Co. KG""",
      company="Elbkontor Logistik", contact="k.pohlmann@elbkontor-logistik.example.de",
      cs="iso-8859-1", cte="qp"),
    M(IN, "teams_cal_request", "de", "Marlene Voss <marlene.voss@weserport.example.de>",
      "Einladung: Kennenlerngespräch WeserPort Terminals", "03-12 16:20",
      """Hallo Herr Demirci-Lindqvist,

wie telefonisch besprochen sende ich Ihnen die Einladung für unser erstes Kennenlerngespräch per Microsoft Teams am Dienstag, 17.03., 10:00–10:45 Uhr. Den Link finden Sie im Kalendereintrag.

Mit dabei ist Herr Brinkmann, Leiter Zollabwicklung.

Beste Grüße
Marlene Voss
HR Business Partnerin | WeserPort Terminals""",
      company="WeserPort Terminals", contact="marlene.voss@weserport.example.de", struct="cal",
      cal={"method": "REQUEST", "uid": UID_WP, "seq": 0, "start": "20260317T100000", "end": "20260317T104500",
               "summary": "Kennenlerngespräch WeserPort Terminals / Demirci-Lindqvist"}),
    M(IN, "greenhouse_schedule", "en", "Portside Analytics via Greenhouse <no-reply@greenhouse-mail.io>",
      "Let's schedule your interview with Portside Analytics", "02-17 11:03",
      """Hi Yusuf,

Great news - the team would like to invite you to a 45-minute video interview for the Trade Operations Analyst role.

Please use the link below to pick a time that works for you this week or next. You'll meet Femke de Wit (People Partner) and Joris Bakker (Head of Trade Ops).

Looking forward to it!
Femke""",
      company="Portside Analytics", contact="femke.dewit@portside-analytics.example.nl",
      reply_to="Femke de Wit <femke.dewit@portside-analytics.example.nl>", struct="html",
      brand="Portside Analytics", color="#0a7c6f", track="https://click.greenhouse-mail.io/o/7741",
      button=("Choose a time", "https://click.greenhouse-mail.io/ls/click?upn=sched-7741"),
      footer="Powered by Greenhouse · You are receiving this email because you applied to Portside Analytics."),
    M(IN, "mobile_quick", "en", "Pieter Janssens <pieter@stevedoring-janssens.example.be>",
      "Re: Shift planner role", "03-30 07:12",
      """Hi Yusuf can you come in thursday 9am? Noorderlaan 147 gate 3, ask for me. Bring ID

Pieter

Sent from my iPhone""",
      company="Stevedoring Janssens", contact="pieter@stevedoring-janssens.example.be",
      irt="<A11B7E6F-1F0A@example.se>", cs="utf-8", cte="8bit"),
    M(IN, "convocation_vous", "fr", "Recrutement Normandie Portuaire <recrutement@normandie-portuaire.example.fr>",
      "Convocation à un entretien – Déclarant en douane", "02-20 10:40",
      """Monsieur,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien en visioconférence le mercredi 25 février 2026 à 15h00 (heure de Paris).

Vous échangerez avec Mme Isabelle Lefort, responsable du service douane, pendant environ 45 minutes. Le lien Teams vous sera transmis la veille.

Merci de nous confirmer votre présence par retour de mail.

Cordialement,
Service Recrutement
Normandie Portuaire""",
      company="Normandie Portuaire", contact="recrutement@normandie-portuaire.example.fr",
      cs="windows-1252", cte="qp", hdr_cs="windows-1252"),
    M(IN, "agentur_du_einladung", "de", "Jana von PortJobs <jana.krueger@portjobs-personal.example.de>",
      "!!! Gespräch bei der Reederei Carstensen !!!", "05-19 13:05",
      """Hi Yusuf,

super Neuigkeiten: die Reederei Carstensen will dich kennenlernen!!

Termin: Montag 25.05., 11 Uhr, Brooktorkai 7, bei Herrn Carstensen jun. und der Leiterin Befrachtung. Dauer ca. 1 Std.

Sag mir bitte bis morgen Bescheid ob das klappt, dann bestätige ich den Termin. Ich ruf dich vorher nochmal an zur Vorbereitung!

LG Jana
PortJobs Personal GmbH""",
      company="Reederei Carstensen", contact="jana.krueger@portjobs-personal.example.de"),
    M(IN, "lever_onsite", "en", "Kaskade Robotics <no-reply@hire.lever.co>",
      "Interview invitation: Supply Chain Coordinator", "03-10 12:44",
      """Hi Yusuf,

Thanks for your application! We'd love to invite you to a first conversation with Anders Lund, our Head of Operations.

Format: 30 min video call (Google Meet)
Proposed slots: Mon 16 March 10:00 CET, Tue 17 March 14:30 CET, or Wed 18 March 09:00 CET

Just reply with the slot that works best and I'll send the invite.

Cheers,
Maja Eklund
Recruiting @ Kaskade""",
      company="Kaskade Robotics", contact="maja.eklund@kaskade-robotics.example.se",
      reply_to="Maja Eklund <maja.eklund@kaskade-robotics.example.se>", struct="alt",
      brand="Kaskade Robotics", color="#ff5a1f", track="https://hire.lever.co/t/o/ka31"),
    M(IN, "telefoninterview_ch", "de", "Thomas Grünwald <thomas.gruenwald@alpentrans.example.ch>",
      "Telefoninterview Zolldeklarant Basel", "04-21 15:50",
      """Grüezi Herr Demirci-Lindqvist

Besten Dank für Ihre Bewerbung. Gerne würde ich mit Ihnen ein erstes Telefoninterview von rund 30 Minuten führen.

Passt Ihnen Freitag, 24. April, um 08.30 Uhr? Ich würde Sie unter der in Ihrem Lebenslauf angegebenen Nummer anrufen.

Freundliche Grüsse
Thomas Grünwald
Leiter Zoll & Transit
AlpenTrans AG""",
      company="AlpenTrans", contact="thomas.gruenwald@alpentrans.example.ch", cs="iso-8859-1", cte="8bit"),
    M(IN, "entrevista_tu", "es", "Paula Giménez <paula.gimenez@marlogix.example.es>",
      "Entrevista Marlogix – Coordinador/a de Aduanas", "03-03 10:25",
      """¡Hola Yusuf!

Soy Paula, de Marlogix. Hemos visto tu CV y nos encantaría conocerte. ¿Te vendría bien una videollamada el jueves 5 de marzo a las 16:00 (hora peninsular)? Serán unos 40 minutos con Javier, nuestro jefe de operaciones aduaneras.

Si no te cuadra, dime qué horario te va mejor y lo movemos.

¡Un abrazo!
Paula Giménez
Talent | Marlogix
marlogix.example.es""",
      company="Marlogix", contact="paula.gimenez@marlogix.example.es"),
    M(IN, "smartrecruiters_assessment", "de", "Nordchem Karriere <noreply@smartrecruiters.com>",
      "Einladung zum Online-Interview – Specialist Export Control", "02-26 08:00",
      """Hallo Yusuf,

wir freuen uns, Sie zu einem Online-Interview für die Position Specialist Export Control (m/w/d) einzuladen.

Bitte wählen Sie über den untenstehenden Button einen Termin in den nächsten 7 Tagen. Das Gespräch dauert etwa 45 Minuten und findet mit Frau Dr. Albers (Leiterin Exportkontrolle) statt.

Bei Fragen wenden Sie sich bitte an talent@nordchem.example.de.

Freundliche Grüße
Ihr Recruiting-Team der NORDCHEM""",
      company="NORDCHEM", contact="talent@nordchem.example.de", reply_to="NORDCHEM Talent <talent@nordchem.example.de>",
      struct="html", brand="NORDCHEM", color="#004b87", track="https://trk.smartrecruiters.com/nc/1980",
      button=("Termin wählen", "https://trk.smartrecruiters.com/c/1980?u=interview-slot"),
      footer="NORDCHEM AG · Sitz Hamburg · Registergericht Hamburg HRB 70011"),
    M(IN, "zweitgespraech_reply_chain", "de", "Lina Hartwig <lina.hartwig@dahlmann-co.example.de>",
      "AW: AW: Ihre Bewerbung Exportsachbearbeitung", "04-13 09:44",
      """Guten Morgen Herr Demirci-Lindqvist,

prima, dann freuen wir uns auf Sie am Mittwoch, 15.04., um 10 Uhr in der Speicherstadt (Kehrwieder 6, 2. Stock). Herr Dahlmann senior wird ebenfalls kurz dazukommen.

Viele Grüße
Lina Hartwig
Dahlmann & Co.

-----Ursprüngliche Nachricht-----
Von: Yusuf Demirci-Lindqvist <yusuf.dl@example.se>
Gesendet: Sonntag, 12. April 2026 20:14
An: Lina Hartwig <lina.hartwig@dahlmann-co.example.de>
Betreff: AW: Ihre Bewerbung Exportsachbearbeitung

Liebe Frau Hartwig, Mittwoch passt mir sehr gut. Leider habe ich Dienstag schon eine andere Zusage für ein Gespräch, daher wäre Mittwoch ideal.

-----Ursprüngliche Nachricht-----
Von: Lina Hartwig
Gesendet: Freitag, 10. April 2026 16:02
Betreff: Ihre Bewerbung Exportsachbearbeitung

Hätten Sie Dienstag oder Mittwoch Zeit für ein Gespräch?""",
      company="Dahlmann & Co.", contact="lina.hartwig@dahlmann-co.example.de",
      irt="<CAY7f0aa91@mail.example.se>", refs=["<DC8812.4471@dahlmann-co.example.de>"],
      cs="windows-1252", cte="qp"),
    M(IN, "workday_panel", "en", "Hapag Nordlicht Talent Acquisition <hapagnordlicht@myworkday.com>",
      "Interview Invitation - Trade Compliance Officer (R-20588)", "06-08 13:30",
      """Dear Yusuf,

We are pleased to invite you to a panel interview for the position Trade Compliance Officer (R-20588).

Date: Tuesday, 16 June 2026
Time: 13:00 - 14:30 CEST
Location: Hapag Nordlicht, Ballindamm 9, Hamburg (Reception, 1st floor)

The panel will include Dr. Anke Reimers (Head of Trade Compliance) and Sven Olufsen (Talent Acquisition). Please bring a valid ID.

Please confirm your attendance in the candidate portal.

Kind regards,
Talent Acquisition
Hapag Nordlicht""",
      company="Hapag Nordlicht", struct="html", brand="Hapag Nordlicht", color="#e35205",
      track="https://hapagnordlicht.myworkday.com/t", button=("Confirm attendance", "https://hapagnordlicht.myworkday.com/hn/d/task/2998.htmld"),
      footer="Hapag Nordlicht Shipping GmbH · Ballindamm 9 · 20095 Hamburg · This is an automated message. Please do not reply."),
    M(IN, "probearbeit", "de", "Hauke Petersen <hauke@petersen-umzug.example.de>", "Probetag?", "05-06 18:40",
      """Moin Yusuf,

danke für deine Bewerbung als Disponent. Hast du Lust, nächste Woche Dienstag einen Probetag bei uns in Wilhelmsburg zu machen? 8 Uhr im Büro, Mittag gibts bei uns. Ansonsten ganz entspannt.

Gruß Hauke
Petersen Umzüge & Logistik
Georgswerder Bogen 12
21109 Hamburg""",
      company="Petersen Umzüge & Logistik", contact="hauke@petersen-umzug.example.de"),
    M(IN, "entretien_tu_startup", "fr", "Hugo Marchand <hugo@douanelib.example.fr>", "Un call cette semaine ?", "05-04 22:10",
      """Hello Yusuf,

J'ai lu ta candidature pour le poste d'Ops Manager chez DouaneLib, ton parcours entre Hambourg et Göteborg m'intéresse beaucoup.

Est-ce que tu serais dispo pour un premier échange en visio mardi 12 mai à 18h ? 30 minutes, en anglais ou en français, comme tu préfères.

À bientôt,
Hugo""",
      company="DouaneLib", contact="hugo@douanelib.example.fr"),
    M(IN, "cal_request_nl", "en", "Joris Bakker <joris.bakker@portside-analytics.example.nl>",
      "Invitation: Final interview Portside Analytics - Yusuf Demirci-Lindqvist", "02-27 09:01",
      """Hi Yusuf,

As discussed with Femke, here's the calendar invite for your final interview on site in Rotterdam, Wilhelminakade 91 (13th floor). You'll meet our COO and me. We'll also walk you through a short case on bonded warehouse flows.

See you on 5 March!
Joris""",
      company="Portside Analytics", contact="joris.bakker@portside-analytics.example.nl", struct="cal",
      cal={"method": "REQUEST", "uid": "psa-final-5e2c71@portside-analytics.example.nl", "seq": 0,
               "start": "20260305T140000", "end": "20260305T153000", "summary": "Final interview - Yusuf Demirci-Lindqvist",
               "location": "Wilhelminakade 91, Rotterdam"}),
    M(IN, "behoerde_einladung", "de", "Hauptzollamt-Nord Ausbildung & Personal <personalgewinnung@hza-nord.example.de>",
      "Einladung zum Auswahlgespräch – Kennziffer HZA-N 07/2026", "06-29 07:30",
      """Sehr geehrter Herr Demirci-Lindqvist,

auf Ihre Bewerbung für die Tarifbeschäftigung als Sachbearbeiter Zollabfertigung (EG 9a) laden wir Sie zu einem strukturierten Auswahlgespräch ein.

Termin: 14. Juli 2026, 09:30 Uhr
Ort: Hauptzollamt-Nord, Raum 2.17, Koreastraße 4, 20457 Hamburg

Bitte bringen Sie Ihren Personalausweis sowie Originale Ihrer Zeugnisse mit. Reisekosten können nicht erstattet werden.

Bitte teilen Sie uns bis zum 7. Juli mit, ob Sie den Termin wahrnehmen.

Im Auftrag
Bergmann
Sachgebiet Personal""",
      company="Hauptzollamt-Nord", contact="personalgewinnung@hza-nord.example.de", cs="iso-8859-1", cte="qp"),
    M(IN, "video_es_formal", "es", "Selección Grupo Albufera Retail <seleccion@albufera-retail.example.es>",
      "Convocatoria de entrevista – Técnico de Comercio Exterior", "07-08 12:00",
      """Estimado Yusuf:

Nos complace convocarle a una entrevista por videoconferencia para el puesto de Técnico de Comercio Exterior en nuestras oficinas centrales de Valencia.

Fecha: martes 14 de julio de 2026
Hora: 10:30 h (CEST)
Duración aproximada: 50 minutos, con la Sra. Montserrat Ribas (Directora de Importación).

Le rogamos que confirme su asistencia respondiendo a este correo.

Un cordial saludo,
Departamento de Selección
Grupo Albufera Retail""",
      company="Grupo Albufera Retail", contact="seleccion@albufera-retail.example.es", struct="alt",
      brand="Grupo Albufera Retail", color="#7b2d26", cs="iso-8859-1", cte="qp"),
    M(IN, "headhunter_anon", "de", "Dr. Ralf Timmermann <timmermann@timmermann-partner.example.de>",
      "Vertrauliches Gespräch – neues Mandat Zoll/Außenhandel", "07-20 11:11",
      """Sehr geehrter Herr Demirci-Lindqvist,

für ein neues, vertrauliches Mandat – Teamleitung Zoll in einem international tätigen Handelsunternehmen im Raum Bremen – würde ich Sie gern zu einem persönlichen Interview in unser Büro einladen.

Vorschlag: Donnerstag, 23. Juli, 16:00 Uhr, Neuer Wall 50. Den Namen unseres Mandanten nenne ich Ihnen im Gespräch.

Mit besten Grüßen
Dr. Ralf Timmermann
Timmermann & Partner Personalberatung""",
      company="Timmermann & Partner Personalberatung", contact="timmermann@timmermann-partner.example.de"),
    M(IN, "teamtailor_en", "en", "Øresund Bridge Logistics <no-reply@teamtailor-mail.com>",
      "Next step: interview with Øresund Bridge Logistics", "08-11 10:45",
      """Hi Yusuf,

Thank you for applying for the Customs Broker position in Copenhagen. We'd like to invite you to an interview!

Book a time that suits you via the button below. The interview will be held on Microsoft Teams with Mette Kjær (Customs Manager).

Best regards,
Øresund Bridge Logistics""",
      company="Øresund Bridge Logistics", struct="html", brand="Øresund Bridge Logistics", color="#00509d",
      track="https://t.teamtailor-mail.com/p/8b21", button=("Book interview", "https://t.teamtailor-mail.com/c/8b21/book"),
      footer="Øresund Bridge Logistics A/S · Kalvebod Brygge 24 · 1560 København V · <a href='https://t.teamtailor-mail.com/unsubscribe/8b21'>Unsubscribe</a>"),
    M(IN, "zweites_gespraech_kurz", "de", "\"Brinkmann, Ole\" <ole.brinkmann@weserport.example.de>",
      "Zweites Gespräch", "03-23 14:02",
      """Hallo Herr Demirci-Lindqvist,

nach unserem Teams-Call würde ich Sie gern vor Ort in Bremerhaven kennenlernen, inkl. Rundgang durchs Terminal. Wäre Dienstag, 31.03., ab 9 Uhr möglich? Frau Voss schickt Ihnen dann die Details.

Gruß
Ole Brinkmann
Leiter Zollabwicklung
WeserPort Terminals""",
      company="WeserPort Terminals", contact="ole.brinkmann@weserport.example.de", cs="utf-8", cte="8bit"),
    M(IN, "icims_de_phone", "de", "Careers at Rhenania Chemie <rhenania-chemie@icims.com>",
      "Terminvereinbarung Telefoninterview - Req 11873", "03-31 08:12",
      """Sehr geehrter Herr Demirci-Lindqvist,

vielen Dank für Ihre Bewerbung als Trade Compliance Analyst (m/w/d). Wir möchten Sie gern zu einem ersten telefonischen Interview einladen.

Bitte wählen Sie über das Bewerberportal einen der angebotenen Termine aus.

Ihr Recruiting Team
Rhenania Chemie""",
      company="Rhenania Chemie", struct="html", brand="Rhenania Chemie", color="#5b2c83",
      track="https://careers-rhenania.icims.com/px", button=("Termin auswählen", "https://careers-rhenania.icims.com/jobs/11873/schedule"),
      footer="Rhenania Chemie SE · Sitz: Ludwigshafen"),
    M(IN, "entretien_anvers", "fr", "Camille Roussel <c.roussel@anvers-interim.example.be>",
      "Entretien chez Scaldis Forwarding", "03-26 10:02",
      """Bonjour Yusuf,

Bonne nouvelle : notre client Scaldis Forwarding souhaite vous rencontrer pour le poste de gestionnaire transit. L'entretien aurait lieu le mardi 31 mars à 14h dans leurs locaux, Kaaiweg 3 à Anvers.

Pouvez-vous me confirmer votre disponibilité ?

Bien à vous,
Camille Roussel
Anvers Intérim""",
      company="Scaldis Forwarding", contact="c.roussel@anvers-interim.example.be"),
    M(IN, "outlook_html_invite", "en", "Erik Sandberg <erik.sandberg@gota-shipping.example.se>",
      "Interview - Operations & Customs Coordinator", "09-02 15:20",
      """Hi Yusuf,

Thank you for your application. We would like to invite you to an interview at our office in Gothenburg, Lilla Bommen 5, on Wednesday 9 September at 13:00. If travelling is difficult we can also do it on Teams.

Kind regards,
Erik Sandberg
Operations Manager
Göta Shipping
+46 31 555 0192""",
      company="Göta Shipping", contact="erik.sandberg@gota-shipping.example.se", struct="html",
      html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body lang="SV" link="#0563C1"><div class="WordSection1">
<p class="MsoNormal">Hi Yusuf,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for your application. We would like to invite you to an interview at our office in Gothenburg, Lilla Bommen 5, on Wednesday 9 September at 13:00. If travelling is difficult we can also do it on Teams.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal"><b><span style="color:#1F3864">Erik Sandberg</span></b><br>Operations Manager<br>G&ouml;ta Shipping<br>+46 31 555 0192</p>
<p class="MsoNormal"><img src="cid:image001.png@01DC1A" alt="Göta Shipping logo" width="120"></p>
</div></body></html>"""),
    M(IN, "einladung_vorort_zuerich", "de", "Regula Baumann <regula.baumann@zollfrei-treuhand.example.ch>",
      "Ihre Bewerbung – Einladung", "09-14 08:25",
      """Grüezi Herr Demirci-Lindqvist

Gerne laden wir Sie zu einem Vorstellungsgespräch ein. Termin: Montag, 21. September, 10.00 Uhr, an der Bahnhofstrasse 88 in Zürich, 4. Stock.

Bitte bestätigen Sie uns den Termin.

Freundliche Grüsse
Regula Baumann
Zollfrei Treuhand GmbH | Bahnhofstrasse 88 | 8001 Zürich""",
      company="Zollfrei Treuhand", contact="regula.baumann@zollfrei-treuhand.example.ch", cs="windows-1252", cte="8bit"),
    M(IN, "entrevista_presencial", "es", "Javier Soler <jsoler@marlogix.example.es>", "Segunda entrevista", "03-11 09:50",
      """Hola Yusuf,

Gracias por la llamada del jueves. Nos gustaría verte en persona: ¿puedes venir a nuestras oficinas del puerto de Valencia el martes 17 a las 11:00? Te presentaré al equipo de despacho.

Un saludo,
Javier Soler
Jefe de Operaciones Aduaneras - Marlogix""",
      company="Marlogix", contact="jsoler@marlogix.example.es"),
    M(IN, "einladung_multipart_de", "de", "Team Recruiting Elbe-Handel <recruiting@elbe-handel.example.de>",
      "Ihr Vorstellungsgespräch bei Elbe-Handel", "10-05 11:15",
      """Hallo Herr Demirci-Lindqvist,

danke für Ihre Bewerbung als Sachbearbeiter Import/Zoll. Wir laden Sie herzlich zu einem Gespräch am Dienstag, 13. Oktober, um 15:00 Uhr in unsere Zentrale in Hamburg-Hammerbrook ein.

Eine Anfahrtsbeschreibung finden Sie unten. Bitte antworten Sie kurz auf diese E-Mail.

Freundliche Grüße
Ihr Recruiting-Team
Elbe-Handel""",
      company="Elbe-Handel", contact="recruiting@elbe-handel.example.de", struct="alt",
      brand="Elbe-Handel", color="#006837", footer="Elbe-Handel GmbH · Hammerbrookstraße 90 · 20097 Hamburg · Geschäftsführer: Dirk Abeling"),

    # ---- reschedules / cancellations ----
    M(C, "cal_update_seq1", "de", "Marlene Voss <marlene.voss@weserport.example.de>",
      "Aktualisiert: Kennenlerngespräch WeserPort Terminals", "03-13 08:05",
      """Hallo Herr Demirci-Lindqvist,

kleine Änderung: Herr Brinkmann hat Dienstagvormittag einen Zolltermin. Wir verschieben unser Gespräch daher auf denselben Tag, 14:00–14:45 Uhr. Der Teams-Link bleibt gleich.

Beste Grüße
Marlene Voss""",
      company="WeserPort Terminals", contact="marlene.voss@weserport.example.de", struct="cal",
      cal={"method": "REQUEST", "uid": UID_WP, "seq": 1, "start": "20260317T140000", "end": "20260317T144500",
               "summary": "Kennenlerngespräch WeserPort Terminals / Demirci-Lindqvist"}),
    M(C, "cal_cancel_uid", "de", "Marlene Voss <marlene.voss@weserport.example.de>",
      "Abgesagt: Kennenlerngespräch WeserPort Terminals", "03-16 17:30",
      """Hallo Herr Demirci-Lindqvist,

leider muss ich den morgigen Termin absagen, Herr Brinkmann ist kurzfristig erkrankt. Ich melde mich bis Ende der Woche mit einem neuen Terminvorschlag.

Entschuldigen Sie die Umstände.
Marlene Voss""",
      company="WeserPort Terminals", contact="marlene.voss@weserport.example.de", struct="cal",
      cal={"method": "CANCEL", "uid": UID_WP, "seq": 2, "start": "20260317T140000", "end": "20260317T144500",
               "summary": "Abgesagt: Kennenlerngespräch WeserPort Terminals"}),
    M(C, "switch_to_video", "en", "Erik Sandberg <erik.sandberg@gota-shipping.example.se>",
      "RE: Interview - Operations & Customs Coordinator", "09-07 12:10",
      """Hi Yusuf,

Small change for Wednesday: half of the team is at a customs conference in Malmö, so let's do the interview on Teams instead of at the office. Same time, 13:00. I'll send a link in the morning.

Best,
Erik

From: Yusuf Demirci-Lindqvist <yusuf.dl@example.se>
Sent: Friday, September 4, 2026 8:31 AM
To: Erik Sandberg <erik.sandberg@gota-shipping.example.se>
Subject: RE: Interview - Operations & Customs Coordinator

Hi Erik, thanks - Wednesday 13:00 in Gothenburg works for me, I have booked my train. Looking forward to the interview.""",
      company="Göta Shipping", contact="erik.sandberg@gota-shipping.example.se",
      irt="<AM0PR07MB1234.ys@example.se>"),
    M(C, "verschiebung_agentur", "de", "Jana von PortJobs <jana.krueger@portjobs-personal.example.de>",
      "Termin Carstensen verschoben", "05-22 09:20",
      """Hi Yusuf,

kurze Info: Herr Carstensen ist Montag auf See (Probefahrt), der Termin wird auf Mittwoch 27.05., 14 Uhr verschoben. Selber Ort. Passt das? Bitte kurz zurückschreiben.

LG Jana""",
      company="Reederei Carstensen", contact="jana.krueger@portjobs-personal.example.de"),
    M(C, "annulation_vous", "fr", "Recrutement Normandie Portuaire <recrutement@normandie-portuaire.example.fr>",
      "Report de votre entretien du 25 février", "02-24 15:12",
      """Monsieur,

En raison d'une grève affectant l'activité portuaire, Mme Lefort n'est pas disponible demain. Nous sommes contraints de reporter votre entretien.

Nous vous proposons le lundi 2 mars à 10h00 ou le mardi 3 mars à 16h00. Merci de nous indiquer le créneau qui vous convient.

Avec nos excuses pour ce contretemps,
Service Recrutement
Normandie Portuaire""",
      company="Normandie Portuaire", contact="recrutement@normandie-portuaire.example.fr", cs="iso-8859-1", cte="8bit"),
    M(C, "greenhouse_reschedule", "en", "Portside Analytics via Greenhouse <no-reply@greenhouse-mail.io>",
      "Your interview with Portside Analytics has been rescheduled", "02-19 10:00",
      """Hi Yusuf,

Your interview for Trade Operations Analyst has been moved.

New time: Monday, February 23, 2026, 11:00 AM - 11:45 AM CET
Interviewers: Femke de Wit, Joris Bakker
Location: Google Meet (link in calendar invite)

If the new time doesn't work, please reply to Femke.""",
      company="Portside Analytics", contact="femke.dewit@portside-analytics.example.nl",
      reply_to="Femke de Wit <femke.dewit@portside-analytics.example.nl>", struct="html",
      brand="Portside Analytics", color="#0a7c6f", track="https://click.greenhouse-mail.io/o/7790",
      footer="Powered by Greenhouse"),
    M(C, "absage_krankheit", "de", "Lina Hartwig <lina.hartwig@dahlmann-co.example.de>",
      "Termin morgen muss leider ausfallen", "04-14 16:48",
      """Hallo Herr Demirci-Lindqvist,

leider muss ich unser Gespräch morgen um 10 Uhr absagen – ich liege mit Grippe flach und Herr Dahlmann ist auf Geschäftsreise in Santos. Ich melde mich, sobald ich wieder im Büro bin, mit einem neuen Termin.

Viele Grüße
Lina Hartwig

Gesendet von meinem iPhone""",
      company="Dahlmann & Co.", contact="lina.hartwig@dahlmann-co.example.de", cs="utf-8", cte="8bit"),
    M(C, "reprogramar_tu", "es", "Paula Giménez <paula.gimenez@marlogix.example.es>",
      "Cambio de hora mañana", "03-04 18:33",
      """Hola Yusuf,

¡Perdona el cambio de última hora! Javier tiene una inspección en el puerto mañana a las 16:00. ¿Podemos pasar la videollamada a las 17:30? El enlace es el mismo.

Dime algo porfa.

Paula""",
      company="Marlogix", contact="paula.gimenez@marlogix.example.es", cs="iso-8859-1", cte="qp"),
    M(C, "workday_time_change", "en", "Hapag Nordlicht Talent Acquisition <hapagnordlicht@myworkday.com>",
      "Updated Interview Details - Trade Compliance Officer (R-20588)", "06-12 09:45",
      """Dear Yusuf,

Please note that the time of your panel interview has changed.

Date: Tuesday, 16 June 2026 (unchanged)
New time: 15:00 - 16:30 CEST
Location: Ballindamm 9, Hamburg (unchanged)

We apologise for any inconvenience.

Kind regards,
Talent Acquisition
Hapag Nordlicht""",
      company="Hapag Nordlicht", struct="html", brand="Hapag Nordlicht", color="#e35205",
      track="https://hapagnordlicht.myworkday.com/t", footer="This is an automated message. Please do not reply."),
    M(C, "behoerde_neuer_termin", "de", "Hauptzollamt-Nord Ausbildung & Personal <personalgewinnung@hza-nord.example.de>",
      "Verlegung Auswahlgespräch HZA-N 07/2026", "07-09 10:30",
      """Sehr geehrter Herr Demirci-Lindqvist,

aus organisatorischen Gründen muss das Auswahlgespräch am 14. Juli 2026 verlegt werden. Neuer Termin ist der 16. Juli 2026, 13:00 Uhr, gleicher Ort (Raum 2.17).

Wir bitten um erneute Bestätigung.

Im Auftrag
Bergmann""",
      company="Hauptzollamt-Nord", contact="personalgewinnung@hza-nord.example.de", cs="iso-8859-1", cte="qp"),
    M(C, "headhunter_verschiebt", "de", "Sekretariat Timmermann & Partner <office@timmermann-partner.example.de>",
      "Verschiebung Ihres Termins am 23.07.", "07-21 12:40",
      """Sehr geehrter Herr Demirci-Lindqvist,

im Auftrag von Herrn Dr. Timmermann muss ich Ihren Termin am Donnerstag leider verschieben, da er kurzfristig zu einem Mandanten nach München reisen muss.

Als Ersatz können wir Ihnen Montag, 27.07., 9:00 Uhr oder Dienstag, 28.07., 17:00 Uhr anbieten. Bitte teilen Sie mir mit, was Ihnen besser passt.

Freundliche Grüße
Sandra Möller
Assistenz der Geschäftsführung
Timmermann & Partner Personalberatung""",
      company="Timmermann & Partner Personalberatung", contact="office@timmermann-partner.example.de"),
    M(C, "entretien_annule_reporte", "fr", "Hugo Marchand <hugo@douanelib.example.fr>", "Re: Un call cette semaine ?", "05-11 08:02",
      """Yusuf, désolé je dois annuler ce soir, on a une démo client qui tombe en même temps. On décale à jeudi même heure ? Dis-moi !

Hugo

Le lun. 4 mai 2026 à 22:31, Yusuf Demirci-Lindqvist <yusuf.dl@example.se> a écrit :
> Salut Hugo, mardi 18h c'est parfait pour moi. À mardi !""",
      company="DouaneLib", contact="hugo@douanelib.example.fr", irt="<CAY7g3hh@mail.example.se>"),
    M(C, "switch_to_phone_ch", "de", "Regula Baumann <regula.baumann@zollfrei-treuhand.example.ch>",
      "Gespräch vom Montag – Änderung", "09-17 14:10",
      """Grüezi Herr Demirci-Lindqvist

Aufgrund von Bauarbeiten in unserem Büro führen wir das Gespräch am Montag nicht vor Ort, sondern per Videocall durch. Die Uhrzeit (10.00 Uhr) bleibt. Den Zoom-Link erhalten Sie separat.

Freundliche Grüsse
Regula Baumann""",
      company="Zollfrei Treuhand", contact="regula.baumann@zollfrei-treuhand.example.ch"),
    M(C, "cancel_role_paused_new_date", "en", "Maja Eklund <maja.eklund@kaskade-robotics.example.se>",
      "Tomorrow's call", "03-16 19:05",
      """Hi Yusuf,

Really sorry, Anders has been pulled into an audit tomorrow so we need to cancel the 10:00 call. Could you do Thursday 19 March at 15:00 instead? Same Meet link.

Thanks for your flexibility!
Maja""",
      company="Kaskade Robotics", contact="maja.eklund@kaskade-robotics.example.se", struct="alt", brand="Kaskade Robotics"),
    M(C, "aplazamiento_usted", "es", "Selección Grupo Albufera Retail <seleccion@albufera-retail.example.es>",
      "Aplazamiento de su entrevista del 14 de julio", "07-10 13:25",
      """Estimado Yusuf:

Por motivos de agenda de la Directora de Importación, nos vemos obligados a aplazar la entrevista prevista para el martes 14 de julio. Le propondremos una nueva fecha la próxima semana.

Disculpe las molestias.

Departamento de Selección
Grupo Albufera Retail""",
      company="Grupo Albufera Retail", contact="seleccion@albufera-retail.example.es", cs="windows-1252", cte="qp"),

    # ---- missed-interview notices ----
    M(X, "gewartet_10uhr", "de", "Katrin Pohlmann <k.pohlmann@elbkontor-logistik.example.de>",
      "Unser Termin heute", "02-12 14:35",
      """Sehr geehrter Herr Demirci-Lindqvist,

wir hatten Sie heute um 14:00 Uhr zum Vorstellungsgespräch erwartet und eine Viertelstunde am Empfang auf Sie gewartet. Leider sind Sie nicht erschienen und wir haben auch keine Nachricht von Ihnen erhalten.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Freitag bei mir.

Mit freundlichen Grüßen
Katrin Pohlmann
Elbkontor Logistik""",
      company="Elbkontor Logistik", contact="k.pohlmann@elbkontor-logistik.example.de", cs="iso-8859-1", cte="qp"),
    M(X, "did_not_join", "en", "Joris Bakker <joris.bakker@portside-analytics.example.nl>",
      "We missed you today", "02-23 11:20",
      """Hi Yusuf,

Femke and I were on the Meet link at 11:00 but you didn't join the call. We waited about 15 minutes. Is everything OK?

If it was a technical issue, just let us know and we'll find another slot.

Joris""",
      company="Portside Analytics", contact="joris.bakker@portside-analytics.example.nl"),
    M(X, "tried_to_call", "de", "Thomas Grünwald <thomas.gruenwald@alpentrans.example.ch>",
      "Telefoninterview heute 08.30", "04-24 08:52",
      """Grüezi Herr Demirci-Lindqvist

Ich habe heute um 08.30 Uhr wie vereinbart zweimal versucht, Sie unter +49 151 … anzurufen, leider ohne Erfolg (Mailbox).

Bitte melden Sie sich, falls Sie weiterhin Interesse haben.

Freundliche Grüsse
Thomas Grünwald""",
      company="AlpenTrans", contact="thomas.gruenwald@alpentrans.example.ch", cs="utf-8", cte="b64"),
    M(X, "probetag_nicht_erschienen", "de", "Hauke Petersen <hauke@petersen-umzug.example.de>", "heute?", "05-12 10:14",
      """Moin Yusuf,

wir hatten doch heute 8 Uhr Probetag ausgemacht? Du bist nicht aufgetaucht und ans Telefon gehst du auch nicht. Schade.

Meld dich mal, wenn du noch willst.

Hauke""",
      company="Petersen Umzüge & Logistik", contact="hauke@petersen-umzug.example.de"),
    M(X, "no_show_workday", "en", "Hapag Nordlicht Talent Acquisition <hapagnordlicht@myworkday.com>",
      "Missed interview - Trade Compliance Officer (R-20588)", "06-16 17:10",
      """Dear Yusuf,

Our records show that you did not attend your scheduled interview today at 15:00 for the position Trade Compliance Officer (R-20588).

If you would like to be considered further, please contact Sven Olufsen at sven.olufsen@hapag-nordlicht.example.de within 3 working days.

Kind regards,
Talent Acquisition
Hapag Nordlicht""",
      company="Hapag Nordlicht", contact="sven.olufsen@hapag-nordlicht.example.de",
      reply_to="Sven Olufsen <sven.olufsen@hapag-nordlicht.example.de>", struct="html", brand="Hapag Nordlicht",
      color="#e35205", footer="Hapag Nordlicht Shipping GmbH · Ballindamm 9 · 20095 Hamburg"),
    M(X, "absent_entretien", "fr", "Camille Roussel <c.roussel@anvers-interim.example.be>", "Entretien de ce matin ?", "03-31 14:40",
      """Bonjour Yusuf,

Le client Scaldis m'a appelée : vous n'êtes pas venu à l'entretien prévu à 14h. Ils vous ont attendu une vingtaine de minutes à l'accueil.

Pouvez-vous me rappeler rapidement pour que je puisse leur donner une explication ?

Camille""",
      company="Scaldis Forwarding", contact="c.roussel@anvers-interim.example.be"),
    M(X, "no_te_conectaste", "es", "Javier Soler <jsoler@marlogix.example.es>", "Hoy 11:00", "03-17 11:35",
      """Yusuf, te esperábamos hoy a las 11 en la oficina y no has venido. ¿Ha pasado algo? Llámame cuando puedas.

Javier

Enviado desde mi móvil""",
      company="Marlogix", contact="jsoler@marlogix.example.es", cs="utf-8", cte="8bit"),
    M(X, "behoerde_nicht_wahrgenommen", "de", "Hauptzollamt-Nord Ausbildung & Personal <personalgewinnung@hza-nord.example.de>",
      "Auswahlgespräch am 16.07.2026 – Nichterscheinen", "07-16 15:05",
      """Sehr geehrter Herr Demirci-Lindqvist,

Sie haben den Termin zum Auswahlgespräch am heutigen Tage, 13:00 Uhr, nicht wahrgenommen. Eine Absage Ihrerseits liegt uns nicht vor.

Sofern Sie an dem Verfahren weiterhin teilnehmen möchten, bitten wir um schriftliche Mitteilung der Gründe bis zum 23.07.2026. Andernfalls gehen wir davon aus, dass Sie Ihre Bewerbung zurückziehen.

Im Auftrag
Bergmann""",
      company="Hauptzollamt-Nord", contact="personalgewinnung@hza-nord.example.de", cs="iso-8859-1", cte="qp"),
    M(X, "headhunter_gewartet", "de", "Dr. Ralf Timmermann <timmermann@timmermann-partner.example.de>",
      "Heute 9 Uhr", "07-27 09:40",
      """Guten Morgen Herr Demirci-Lindqvist,

ich habe Sie heute um 9:00 Uhr in unserem Büro erwartet. Ist Ihnen etwas dazwischengekommen? Rufen Sie mich gern unter 040 3330 7781 an.

Mit besten Grüßen
R. Timmermann""",
      company="Timmermann & Partner Personalberatung", contact="timmermann@timmermann-partner.example.de"),
    M(X, "teams_no_show_dk", "en", "Mette Kjær <mette.kjaer@oresund-bridge-logistics.example.dk>",
      "Interview today", "08-18 10:25",
      """Dear Yusuf,

I was waiting in the Teams meeting for our 10:00 interview today, but you did not join. I hope everything is alright.

Please let me know if you would like to reschedule.

Kind regards,
Mette Kjær
Customs Manager
Øresund Bridge Logistics""",
      company="Øresund Bridge Logistics", contact="mette.kjaer@oresund-bridge-logistics.example.dk",
      cs="iso-8859-1", cte="qp", hdr_cs="iso-8859-1"),
]
