"""Corpus 347, rejections outside the threads: every soft or plain "no"."""

from __future__ import annotations

from msgs347_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_ES, spec

ALPENDATA_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Alpendata</title></head>
<body style="margin:0;background:#eef1f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#0b3d5c;color:#ffffff;padding:18px;font-size:20px">ALPENDATA</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p>Sehr geehrter Herr Oberhuber-Mensah,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Data Center Facility Technician (m/w/d)</b> an
unserem Standort Wien-Floridsdorf und das damit verbundene Interesse an Alpendata.</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir
Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können.</p>
<p>Bitte verstehen Sie, dass wir aus Datenschutzgründen keine detaillierte Begründung geben.
Ihre Daten werden nach sechs Monaten gelöscht.</p>
<p>Wir wünschen Ihnen viel Erfolg für Ihre weitere berufliche Zukunft.</p>
<p>Ihr Talent-Acquisition-Team<br>Alpendata Rechenzentren GmbH</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">Diese Nachricht wurde über iCIMS
versendet. Antworten an diese Adresse können nicht bearbeitet werden.</td></tr>
</table></td></tr></table>
</body></html>
"""

MESSAGES = [
    spec(
        id="alpendata_absage", kind="rejection", lang="de", company="Alpendata Rechenzentren",
        contact="", frm=("Alpendata Rechenzentren", "alpendata-noreply@icims.com"),
        subject="Ihre Bewerbung bei Alpendata", date="2026-02-25 16:03 +0000",
        layout="html", html=ALPENDATA_HTML, cte="base64", body="",
    ),
    spec(
        id="rosner_engere_auswahl", kind="rejection", lang="de", company="Rosner Facility Group",
        contact="birgit.pail@rosner-facility.example.at",
        frm=("Pail Birgit", "birgit.pail@rosner-facility.example.at"),
        subject="Bewerbung Haustechniker Objektbetreuung Graz-Süd", date="2026-01-30 11:47 +0100",
        charset="windows-1252", cte="quoted-printable",
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

vielen Dank für Ihre Bewerbung und die Zeit, die Sie in Ihre Unterlagen investiert haben.

Wir haben eine große Zahl an Bewerbungen erhalten. Ihre Bewerbung ist leider nicht in die
engere Auswahl gekommen – die Entscheidung sagt nichts über Ihre fachliche Eignung aus,
sondern spiegelt nur die Anforderungen dieser einen Stelle wider.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Birgit Pail
HR Business Partner
Rosner Facility Group GmbH
Wetzelsdorfer Straße 33, 8052 Graz
Tel.: +43 316 555 9012

{DISCLAIMER_DE}""",
    ),
    spec(
        id="isarklima_intern", kind="rejection", lang="de", company="Isarklima Gebäudetechnik",
        contact="", frm=("Isarklima Gebäudetechnik", "isarklima@recruitee.com"),
        subject="Update zu Ihrer Bewerbung: Projekttechniker MSR (m/w/d) München",
        date="2026-04-29 12:12 +0000", layout="alt", brand="Isarklima",
        body="""Hallo Tobias Oberhuber-Mensah,

danke, dass Sie sich für die Stelle Projekttechniker MSR (m/w/d) in München beworben haben.

Wir möchten Sie informieren, dass die Position inzwischen intern durch einen Kollegen aus
unserem Serviceteam besetzt wurde. Ihre Bewerbung wird daher nicht weiter bearbeitet.

Wir würden uns freuen, wenn Sie uns weiterhin verbunden bleiben und sich auf künftige
Stellen wieder bewerben.

Beste Grüße
Ihr Isarklima Recruiting-Team""",
    ),
    spec(
        id="signalbau_huber_gestrichen", kind="rejection", lang="de",
        company="Signalbau Huber", contact="k.riedl@signalbau-huber.example.de",
        frm=("Katharina Riedl", "k.riedl@signalbau-huber.example.de"),
        subject="Ihre Bewerbung: Inbetriebsetzer LST – Stelle entfällt",
        date="2026-05-08 09:26 +0200",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

wir bedanken uns für Ihre Bewerbung als Inbetriebsetzer Leit- und Sicherungstechnik.

Leider hat sich die Ausgangslage geändert: Das Projekt in Rosenheim, für das wir die Stelle
geschaffen hatten, wurde vom Auftraggeber verschoben, und die Position wird vorerst nicht
besetzt. Wir beenden das Auswahlverfahren deshalb an dieser Stelle.

Es tut uns leid, Ihnen keine andere Nachricht geben zu können.

Mit freundlichen Grüßen
Katharina Riedl
Personalreferentin
Signalbau Huber GmbH & Co. KG
Landsberger Straße 402, 81241 München""",
    ),
    spec(
        id="stadtwerke_gleisdorf_ausgesetzt", kind="rejection", lang="de",
        company="Stadtwerke Gleisdorf", contact="",
        frm=("Stadtwerke Gleisdorf", "noreply@softgarden.io"),
        subject="Information zum Bewerbungsverfahren Elektrotechniker/in Netzleitstelle",
        subj_enc=("iso-8859-1", "q"), date="2026-06-17 13:40 +0000",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Sehr geehrter Herr Oberhuber-Mensah,

wir danken Ihnen für Ihre Bewerbung als Elektrotechniker/in für unsere Netzleitstelle.

Aufgrund einer Neuorganisation der Netzleitstelle setzen wir das Bewerbungsverfahren bis auf
Weiteres aus. Ihre Bewerbung wird in diesem Verfahren daher nicht weiter berücksichtigt. Eine
neue Ausschreibung veröffentlichen wir gegebenenfalls auf unserer Website.

Mit freundlichen Grüßen
Stadtwerke Gleisdorf
Personalverwaltung""",
    ),
    spec(
        id="danubia_absage", kind="rejection", lang="de", company="Liftwerk Danubia",
        contact="m.novotny@liftwerk-danubia.example.at",
        frm=("Liftwerk Danubia Karriere", "karriere@liftwerk-danubia.example.at"),
        reply_to=("Mag. Michaela Novotny", "m.novotny@liftwerk-danubia.example.at"),
        subject="Ihre Bewerbung als Servicetechniker Aufzüge Wien", date="2026-03-18 10:10 +0100",
        layout="alt", cte="base64",
        body=f"""Sehr geehrter Herr Oberhuber-Mensah,

wir danken Ihnen für Ihre Bewerbung und das Interesse an unserem Unternehmen.

Nach eingehender Prüfung haben wir uns für Kandidatinnen und Kandidaten entschieden, deren
Erfahrung im Aufzugsservice besser zu unseren aktuellen Anforderungen passt. Wir bedauern,
Ihnen keinen positiveren Bescheid geben zu können.

Für Fragen steht Ihnen Frau Mag. Novotny gerne zur Verfügung.

Freundliche Grüße
Liftwerk Danubia – Personalabteilung
Brünner Straße 188, 1210 Wien

{DISCLAIMER_DE}""",
    ),
    spec(
        id="blitz_trummer_absage", kind="rejection", lang="de", company="Elektro Trummer",
        contact="patrick.lenz@blitz-personal.example.at",
        frm=("Patrick Lenz | Blitz Personalservice", "patrick.lenz@blitz-personal.example.at"),
        subject="Rückmeldung Elektro Trummer", date="2026-02-27 14:55 +0100", cte="8bit",
        body="""Servus Herr Oberhuber-Mensah,

kurze Rückmeldung von meiner Seite: Die Firma Elektro Trummer hat sich nach dem Probetag
leider für einen anderen Bewerber entschieden. Der Meister war mit Ihrer Arbeit zufrieden,
sucht aber jemanden mit mehr Erfahrung in der Industrieinstallation.

Ich habe Sie für zwei weitere Stellen im Raum Graz vorgemerkt und melde mich.

Liebe Grüße
Patrick Lenz
Personaldisponent
Blitz Personalservice GmbH, Graz
0664 555 21 90""",
    ),
    spec(
        id="ingjobs_zuriga_status", kind="rejection", lang="de", company="Zuriga Lifts",
        contact="", frm=("IngJobs", "noreply@ingjobs.example.com"),
        subject="Statusänderung Ihrer Bewerbung bei Zuriga Lifts",
        date="2026-04-02 06:30 +0000", layout="alt", brand="IngJobs", color="#006d5b",
        body="""Hallo Tobias,

der Status Ihrer Bewerbung hat sich geändert.

Stelle: Inbetriebnahmetechniker Aufzüge (100 %), Zürich-Oerlikon
Arbeitgeber: Zuriga Lifts AG
Neuer Status: Absage durch den Arbeitgeber

Nachricht des Arbeitgebers:
"Vielen Dank für Ihre Bewerbung. Nach Prüfung Ihres Dossiers müssen wir Ihnen leider
mitteilen, dass wir Sie im weiteren Verfahren nicht berücksichtigen können."

Lassen Sie sich nicht entmutigen – auf IngJobs warten über 2.000 passende Stellen auf Sie.

Ihr IngJobs-Team""",
    ),
    spec(
        id="grazer_gba_nach_gespraech", kind="rejection", lang="de",
        company="Grazer Gebäudeautomation", contact="thomas.url@grazer-gba.example.at",
        frm=("Thomas Url", "thomas.url@grazer-gba.example.at"),
        subject="AW: AW: Probearbeitstag Grazer Gebäudeautomation", date="2026-07-14 16:48 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        body="""Hallo Tobias,

danke nochmal, dass du am Freitag bei uns mitgearbeitet hast. Wir haben uns im Team lange
beraten und uns am Ende knapp für einen anderen Kandidaten entschieden, der schon mit
Desigo CC gearbeitet hat. Für dich tut es mir leid, du warst gut vorbereitet.

Ich wünsch dir viel Erfolg, und vielleicht sieht man sich ja.

Thomas

Am 10.07.2026 um 18:22 schrieb Tobias Oberhuber-Mensah <tobias.oberhuber@example.at>:
> Hallo Thomas,
>
> danke für den spannenden Tag heute. Die Einregulierung der Lüftungsanlage in Puntigam war
> eine tolle Erfahrung.
>
> Liebe Grüße
> Tobias
>
> Am 06.07.2026 um 09:15 schrieb Thomas Url <thomas.url@grazer-gba.example.at>:
>> Hallo Tobias,
>>
>> wie telefonisch besprochen, erwarten wir dich am Freitag, 10.7., um 7:00 Uhr zum
>> Probearbeitstag. Treffpunkt Baustelle Puntigam, Triester Straße 391.
>>
>> Thomas Url
>> Teamleiter Inbetriebnahme, Grazer Gebäudeautomation GmbH""",
    ),
    spec(
        id="helvex_absage", kind="rejection", lang="de", company="Helvex Gebäudetechnik",
        contact="", frm=("Helvex Gebäudetechnik AG", "helvex@successfactors.eu"),
        subject="Ihre Bewerbung als Servicetechniker Gebäudeautomation", date="2026-08-11 07:15 +0000",
        layout="html", cte="quoted-printable", brand="Helvex",
        body="""Sehr geehrter Herr Oberhuber-Mensah

Wir danken Ihnen für Ihre Bewerbung und das Vertrauen, das Sie uns damit entgegenbringen.

Nach eingehender Prüfung Ihres Dossiers müssen wir Ihnen leider mitteilen, dass wir uns für
eine andere Kandidatur entschieden haben. Ausschlaggebend war unter anderem der Wunsch nach
Berufserfahrung im Schweizer Markt.

Wir wünschen Ihnen für Ihre berufliche und private Zukunft alles Gute.

Freundliche Grüsse
Helvex Gebäudetechnik AG
Human Resources""",
    ),
    spec(
        id="vektor_mandant_nein", kind="rejection", lang="de", company="Vektor Technical Search",
        contact="reto.baumann@vektor-search.example.ch",
        frm=("Reto Baumann", "reto.baumann@vektor-search.example.ch"),
        subject="Kurzes Update zur Position Leiter Inbetriebnahme", date="2026-06-05 18:02 +0200",
        body="""Guten Abend Herr Oberhuber-Mensah

Ich habe heute die Rückmeldung unseres Mandanten zur Position Leiter Inbetriebnahme
erhalten. Leider hat er sich entschieden, den Prozess mit Ihnen nicht fortzusetzen – er
sucht jemanden mit mehrjähriger Führungserfahrung.

Sobald ich etwas Passendes für Ihr Profil habe, melde ich mich.

Freundliche Grüsse
Reto Baumann
Vektor Technical Search""",
    ),
    # ---- English
    spec(
        id="northbeam_lever_no", kind="rejection", lang="en", company="Northbeam Datacenters",
        contact="", frm=("Northbeam Datacenters", "no-reply@hire.lever.co"),
        subject="Your application to Northbeam Datacenters", date="2026-03-03 17:20 +0000",
        layout="alt",
        body="""Hi Tobias,

Thank you for your interest in the Critical Environment Technician position at our Munich
campus and for taking the time to apply.

After careful consideration, we've decided to move forward with candidates whose experience
more closely matches the current needs of the role.

We appreciate your interest in Northbeam Datacenters and wish you the best in your search.

Best,
Northbeam Talent Acquisition""",
    ),
    spec(
        id="triglav_filled", kind="rejection", lang="en", company="Triglav Rail Systems",
        contact="ana.zupan@triglav-rail.example.si",
        frm=("Ana Zupan", "ana.zupan@triglav-rail.example.si"),
        subject="RE: Application - Signalling Commissioning Technician",
        date="2026-07-22 11:31 +0200",
        body="""Dear Mr Oberhuber-Mensah,

Thank you for your application and your patience. I am writing to let you know that the
Signalling Commissioning Technician vacancy has been filled internally by a colleague from
our maintenance depot in Maribor.

We were impressed by your background in electrical installation and would welcome a future
application, especially for our interlocking projects starting next spring.

Kind regards,
Ana Zupan
HR Specialist | Triglav Rail Systems d.o.o.
Dunajska cesta 160, 1000 Ljubljana, Slovenia
+386 1 555 3040""",
    ),
    spec(
        id="emona_not_shortlisted", kind="rejection", lang="en", company="Emona Facility Partners",
        contact="", frm=("Emona Facility Partners Hiring Team", "no-reply@ashbyhq.com"),
        subject="Update from Emona Facility Partners", date="2026-08-19 09:00 +0000",
        layout="html",
        body="""Hi Tobias,

Thank you for applying for the Building Systems Technician (BMS) role at Emona Facility
Partners.

We received a large number of strong applications, and unfortunately you have not been
shortlisted for the next stage on this occasion.

We'll keep your profile in our talent pool and may contact you about similar roles.

Best wishes,
The Emona Facility Partners team""",
    ),
    spec(
        id="corvid_after_rounds", kind="rejection", lang="en", company="Corvid Lift Systems",
        contact="lena.marti@corvid-lifts.example.ch",
        frm=("Marti, Lena", "lena.marti@corvid-lifts.example.ch"),
        subject="RE: Second interview - Field Commissioning Engineer", date="2026-09-09 14:04 +0200",
        layout="alt",
        body=f"""Dear Tobias,

Thank you again for meeting the team twice and for the time you invested in our technical
exercise. It was a close decision, but the panel has decided to offer the position to
another candidate whose lift-controller experience is a better fit for the immediate
project load.

I know this is disappointing after two rounds. Please don't hesitate to ask if you would like
feedback on the exercise.

Kind regards,
Lena Marti
Talent Acquisition, Corvid Lift Systems AG
Hardturmstrasse 301, 8005 Zurich

From: Tobias Oberhuber-Mensah <tobias.oberhuber@example.at>
Sent: Friday, 4 September 2026 08:12
To: Marti, Lena <lena.marti@corvid-lifts.example.ch>
Subject: RE: Second interview - Field Commissioning Engineer

Dear Lena,

Thank you for arranging yesterday's second interview. I enjoyed the site walk and the
controller exercise and remain very interested in the role.

Best regards,
Tobias

{DISCLAIMER_EN}""",
    ),
    spec(
        id="vektor_glacier_no", kind="rejection", lang="en", company="Glacier Compute",
        contact="priya.wenger@vektor-search.example.ch",
        frm=("Priya Wenger", "priya.wenger@vektor-search.example.ch"),
        subject="Glacier Compute - feedback", date="2026-10-06 12:45 +0200",
        body="""Hi Tobias,

I've just had feedback from Glacier Compute on the Facility Controls Technician role. They
have decided not to take your application forward: they need someone who can start within
four weeks and hold a Swiss electrical installation permit.

I'm sorry it's not better news. Let's speak on Thursday about the other two briefs.

Best,
Priya Wenger
Senior Consultant, Vektor Technical Search
+41 44 555 71 36""",
    ),
    # ---- French
    spec(
        id="rhenans_taleo", kind="rejection", lang="fr", company="Ascenseurs Rhénans",
        contact="", frm=("Ascenseurs Rhénans - Recrutement", "ascenseurs-rhenans@taleo.net"),
        subject="Votre candidature - Technicien de mise en service ascenseurs (H/F)",
        date="2026-06-24 08:40 +0000", charset="iso-8859-1", cte="quoted-printable",
        body="""Monsieur,

Nous vous remercions de l'intérêt que vous portez à Ascenseurs Rhénans et de votre
candidature au poste de Technicien de mise en service ascenseurs (H/F) basé à Strasbourg.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous
ne sommes pas en mesure d'y donner une suite favorable.

Nous conservons vos coordonnées et ne manquerons pas de vous recontacter si une opportunité
correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service Recrutement""",
    ),
    spec(
        id="signaux_est_interne", kind="rejection", lang="fr", company="Signaux Est",
        contact="laure.muller@signaux-est.example.fr",
        frm=("Laure Muller", "laure.muller@signaux-est.example.fr"), name_enc=("utf-8", "b"),
        subject="Poste de technicien signalisation ferroviaire", date="2026-05-27 15:22 +0200",
        cte="8bit",
        body="""Bonjour Monsieur Oberhuber-Mensah,

Je reviens vers vous concernant votre candidature au poste de technicien de mise en service
signalisation ferroviaire.

Le poste a finalement été pourvu en interne par un collaborateur de notre agence de Metz.
Je ne peux donc pas donner suite à votre candidature, et je le regrette car votre profil
était intéressant.

Je vous souhaite bonne continuation.

Laure Muller
Responsable RH – Signaux Est
2 allée de la Robertsau, 67000 Strasbourg""",
    ),
    spec(
        id="facilalsace_workable", kind="rejection", lang="fr", company="FacilAlsace",
        contact="", frm=("FacilAlsace", "noreply@workablemail.com"),
        subject="Votre candidature chez FacilAlsace", date="2026-07-08 10:10 +0000",
        layout="alt", cte="quoted-printable",
        body="""Bonjour Tobias,

Merci pour votre candidature au poste de Technicien multitechnique GTB – Strasbourg.

Nous avons reçu de nombreuses candidatures de grande qualité. Après examen, nous avons le
regret de vous annoncer que nous ne donnerons pas suite à votre candidature pour ce poste.

Nous vous souhaitons beaucoup de succès dans vos recherches.

Cordialement,
L'équipe recrutement FacilAlsace""",
    ),
    spec(
        id="alsace_interim_client_non", kind="rejection", lang="fr",
        company="Alsace Intérim Technique", contact="s.kieffer@alsace-interim.example.fr",
        frm=("Sophie Kieffer", "s.kieffer@alsace-interim.example.fr"),
        subject="Retour de notre client - mission électricien GTB", date="2026-09-17 17:30 +0200",
        charset="windows-1252", cte="quoted-printable",
        body="""Bonjour Tobias,

J'ai eu le retour de notre client pour la mission d'électricien GTB à Illkirch : il a
préféré retenir un candidat déjà habilité BR et disponible tout de suite. Votre candidature
n'est donc pas retenue pour cette mission.

Je garde votre dossier sous le coude, de nouvelles missions arrivent en octobre.

Bonne soirée,
Sophie Kieffer
Chargée de recrutement – Alsace Intérim Technique
03 88 55 60 12""",
    ),
    # ---- Spanish
    spec(
        id="abra_suspendido", kind="rejection", lang="es", company="Climatización Abra",
        contact="jon.arrieta@climatizacion-abra.example.es",
        frm=("Jon Arrieta", "jon.arrieta@climatizacion-abra.example.es"),
        subject="Proceso de selección técnico de control y regulación",
        date="2026-06-29 13:05 +0200", charset="iso-8859-1", cte="quoted-printable",
        body=f"""Estimado Tobias:

Te escribo para informarte de que hemos decidido suspender el proceso de selección para el
puesto de técnico de control y regulación, ya que la obra de Zorrotzaurre para la que lo
necesitábamos se ha retrasado hasta 2027. Por ello, no seguiremos adelante con tu
candidatura.

Lamento las molestias y te agradezco el interés.

Un saludo,
Jon Arrieta
Responsable de RR. HH. | Climatización Abra S.L.
Calle Particular de Zuazo 12, 48014 Bilbao

{DISCLAIMER_ES}""",
    ),
    spec(
        id="bilbo_dc_bamboo", kind="rejection", lang="es", company="Bilbo Datacenter",
        contact="", frm=("Bilbo Datacenter", "notifications@bamboohr.com"),
        subject="Actualización sobre tu candidatura en Bilbo Datacenter",
        date="2026-08-03 07:50 +0000", layout="alt", cte="base64",
        body="""Hola Tobias,

Gracias por postularte al puesto de Técnico de Infraestructura Crítica en Bilbo Datacenter.

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que en esta ocasión no has
sido seleccionado para continuar en el proceso.

Te animamos a seguir atento a nuestras nuevas ofertas.

Saludos cordiales,
Equipo de Talento de Bilbo Datacenter""",
    ),
    spec(
        id="talentia_deusto_no", kind="rejection", lang="es",
        company="Servicios Integrales Deusto", contact="ane.etxeberria@talentia-ett.example.es",
        frm=("Ane Etxeberria", "ane.etxeberria@talentia-ett.example.es"),
        subject="Respuesta de Servicios Integrales Deusto", date="2026-09-24 12:18 +0200",
        cte="8bit",
        body="""Hola Tobias:

Te escribo con la respuesta de nuestro cliente, Servicios Integrales Deusto, sobre el puesto
de técnico de mantenimiento de instalaciones. Después de la entrevista han decidido
continuar con otra persona que ya conoce sus edificios de Abandoibarra.

Siento que no haya salido esta vez; sigo buscando opciones para ti.

Un abrazo,
Ane Etxeberria
Consultora de Selección · Talentia Temporal ETT
Gran Vía 45, 48011 Bilbao
+34 944 55 71 88""",
    ),
    spec(
        id="cantabrica_icims", kind="rejection", lang="es",
        company="Señalización Ferroviaria Cantábrica", contact="",
        frm=("Señalización Ferroviaria Cantábrica", "cantabrica-noreply@icims.com"),
        subject="Su candidatura a Técnico/a de Puesta en Servicio", date="2026-10-02 08:05 +0000",
        layout="html", charset="windows-1252", cte="quoted-printable",
        body="""Estimado/a Tobias Oberhuber-Mensah:

Le agradecemos sinceramente su interés en formar parte de Señalización Ferroviaria Cantábrica.

Lamentamos comunicarle que, tras analizar su perfil, hemos decidido continuar el proceso de
selección con otras candidaturas que se ajustan mejor a los requisitos del puesto.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,
Departamento de Personas""",
    ),
]
