"""application_received: acknowledgements that an application arrived (ATS and human)."""

from __future__ import annotations

from msgs323_common import DISCLAIMER_DE, M, plain_html, shell

MESSAGES = [
    # ------------------------------------------------------------------ German
    M(s="steinegger_ack", k="application_received", l="de", co="Holzbau Steinegger", ct="",
      fr=("Holzbau Steinegger GmbH", "noreply@personio.de"),
      sub="Ihre Bewerbung als Technischer Verkäufer / Kalkulant Holzbau (m/w/d)",
      d="2026-01-12 08:03 +0100", cte="quoted-printable",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für Ihre Bewerbung als Technischer Verkäufer / Kalkulant Holzbau (m/w/d) bei der
Holzbau Steinegger GmbH in Graz. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb der nächsten zwei Wochen bei
Ihnen. Bitte haben Sie Verständnis, dass das ein wenig Zeit braucht.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Holzbau Steinegger GmbH

Diese Nachricht wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese
E-Mail.
"""),
    M(s="lindmoser_ack", k="application_received", l="de", co="Fensterbau Lindmoser", ct="r",
      fr=("Fensterbau Lindmoser via softgarden", "noreply@softgarden.io"),
      rt=("Sabine Url", "sabine.url@lindmoser-fenster.example.at"),
      sub="Eingangsbestätigung: Kalkulant / Technischer Innendienst Fenster & Türen",
      d="2026-02-02 14:21 +0100",
      b="""\
Guten Tag Herr Wiesinger,

herzlichen Dank für Ihr Interesse an der Fensterbau Lindmoser GmbH!

Wir bestätigen den Eingang Ihrer Bewerbung für die Position "Kalkulant / Technischer
Innendienst Fenster & Türen" am Standort Klagenfurt. Frau Sabine Url aus der Personalabteilung
prüft Ihre Unterlagen und wird sich zeitnah bei Ihnen melden.

Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenkonto einsehen.

Freundliche Grüße
Fensterbau Lindmoser GmbH
Personalabteilung
""",
      h=shell("""\
<p>Guten Tag Herr Wiesinger,</p>
<p>herzlichen Dank für Ihr Interesse an der <b>Fensterbau Lindmoser GmbH</b>!</p>
<p>Wir bestätigen den Eingang Ihrer Bewerbung für die Position &bdquo;Kalkulant / Technischer
Innendienst Fenster &amp; Türen&ldquo; am Standort Klagenfurt. Frau Sabine Url aus der
Personalabteilung prüft Ihre Unterlagen und wird sich zeitnah bei Ihnen melden.</p>
<p><a href="https://lindmoser.softgarden.io/candidate/status">Zum Kandidatenkonto</a></p>
<p>Freundliche Grüße<br>Fensterbau Lindmoser GmbH<br>Personalabteilung</p>""",
              brand="Fensterbau Lindmoser", color="#1d4f91",
              foot="Versendet mit softgarden e-recruiting")),
    M(s="hallbrunner_ack", k="application_received", l="de", co="Hallbrunner Baustoffe", ct="",
      fr=("Hallbrunner Baustoffe Karriere", "hallbrunner@successfactors.eu"),
      sub="Wir haben Ihre Bewerbung erhalten – Fachberater Holz & Bauelemente (Außendienst)",
      d="2026-03-09 11:47 +0100",
      h=shell("""\
<p>Hallo Konstantin Wiesinger,</p>
<p>danke, dass Sie sich bei Hallbrunner Baustoffe beworben haben. Ihre Bewerbung für die Stelle
<b>Fachberater Holz &amp; Bauelemente im Außendienst (m/w/d), München-Nord</b> ist bei uns
eingegangen (Referenznummer 26-0412).</p>
<p>Unser Recruiting-Team sichtet alle Unterlagen sorgfältig. Sobald es Neuigkeiten gibt, hören
Sie von uns – in der Regel innerhalb von 14 Tagen.</p>
<p>Viele Grüße<br>Ihr Hallbrunner-Recruiting</p>""",
              brand="HALLBRUNNER Baustoffe &middot; Holz &middot; Fliesen", color="#b3261e",
              foot="Hallbrunner Baustoffe KG &middot; Ingolstädter Str. 210 &middot; "
                   "80939 München (fiktiv). Diese E-Mail wurde automatisch erstellt.")),
    M(s="aichinger_ack", k="application_received", l="de", co="Küchenwerk Aichinger", ct="",
      fr=("Küchenwerk Aichinger", "no-reply@smartrecruiters.com"), ewn=("iso-8859-1", "Q"),
      sub="Bewerbungseingang – Technischer Vertriebsinnendienst Objektküchen",
      d="2026-02-16 09:30 +0100", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Sehr geehrter Herr Wiesinger,

Ihre Bewerbung ist bei uns angekommen - vielen Dank!

Wir erhalten auf diese Stelle sehr viele Zuschriften und können leider nicht jeder Bewerberin
und jedem Bewerber einzeln antworten. Sollte Ihr Profil zu unseren Anforderungen passen, meldet
sich unser Team innerhalb von drei Wochen persönlich bei Ihnen.

Beste Grüße aus Stuttgart-Feuerbach
Küchenwerk Aichinger GmbH - Personal
"""),
    M(s="murtaler_ack", k="application_received", l="de", co="Murtaler Fertighaus", ct="",
      fr=("Murtaler Fertighaus", "murtaler@myworkday.com"),
      sub="Murtaler Fertighaus: Bestätigung Ihrer Bewerbung (R-1187)",
      d="2026-01-20 17:05 +0000",
      b="""\
Lieber Konstantin,

danke für Ihre Bewerbung auf die Stelle Verkaufsberater Musterhauspark Wien (R-1187).

Wir haben Ihre Unterlagen erhalten. Im nächsten Schritt prüft das zuständige Team Ihr Profil.
Über den Status Ihrer Bewerbung informieren wir Sie per E-Mail; Sie können ihn auch jederzeit in
Ihrem Workday-Kandidatenprofil abrufen.

Freundliche Grüße
Ihr Talent-Acquisition-Team
Murtaler Fertighaus GmbH
"""),
    M(s="werkzone_ack", k="application_received", l="de", co="Werkzone Baumarkt", ct="",
      fr=("Werkzone Baumarkt", "no-reply@teamtailor-mail.com"),
      sub="Danke für deine Bewerbung bei Werkzone!",
      d="2026-03-02 20:14 +0100",
      h=shell("""\
<h2>Hallo Konstantin!</h2>
<p>Cool, dass du dich als <b>Fachberater Holz &amp; Zuschnitt mit Perspektive Abteilungsleitung</b>
in unserem Markt Wien-Simmering beworben hast.</p>
<p>Deine Bewerbung ist bei uns angekommen. Wir schauen sie uns in den nächsten Tagen an und
melden uns bei dir.</p>
<p>Bis bald!<br>Dein Werkzone-Recruitingteam</p>""",
              brand="WERKZONE &ndash; Dein Baumarkt", color="#f29100",
              foot="Du erhältst diese E-Mail, weil du dich bei Werkzone beworben hast.")),
    M(s="rauchenwald_ack", k="application_received", l="de", co="Parkett Rauchenwald", ct="",
      fr=("jobwald.at", "bewerbung@jobwald.example.at"),
      sub="Parkett Rauchenwald hat Ihre Bewerbung erhalten",
      d="2026-03-17 07:58 +0100",
      b="""\
Hallo Konstantin Wiesinger,

gute Nachrichten: Ihre Bewerbung über jobwald.at für die Stelle "Technischer Fachberater
Bodenbeläge (m/w/d)" ist bei Parkett Rauchenwald eingegangen und wurde vom Unternehmen
geöffnet.

Das Unternehmen meldet sich direkt bei Ihnen. Den Verlauf Ihrer Bewerbungen finden Sie unter
"Meine Bewerbungen".

Ihr jobwald.at-Team
"""),
    M(s="tempra_ack", k="application_received", l="de", co="Tempra Personal", ct="f",
      fr=("Jasmin Reiter", "jasmin.reiter@tempra-personal.example.at"),
      sub="Ihre Unterlagen – Technischer Verkauf / Arbeitsvorbereitung Holz",
      d="2026-02-24 10:12 +0100", cs="windows-1252", cte="quoted-printable",
      b="""\
Hallo Herr Wiesinger,

danke für Ihre Unterlagen – Lebenslauf, Meisterbrief und Zeugnisse sind vollständig bei mir
angekommen. Ich schaue mir das bis Ende der Woche genau an und rufe Sie dann an, um ein paar
Eckdaten („Wunschgehalt“, Reisebereitschaft, Führerschein B/BE) abzuklären.

Liebe Grüße
Jasmin Reiter
Personaldisposition – Tempra Personal GmbH
Annenstraße 48 · 8020 Graz
T +43 316 99 88 12-4
"""),
    M(s="brugger_ack", k="application_received", l="de", co="Schreinerei Brugger & Söhne",
      ct="f", fr=("Franz Brugger", "franz.brugger@brugger-schreinerei.example.de"),
      sub="AW: Bewerbung Kalkulation / Verkauf Innenausbau – Konstantin Wiesinger",
      d="2026-02-11 18:40 +0100", cs="iso-8859-1", cte="8bit",
      re="own_brugger_application", q="std",
      b="""\
Grüß Gott Herr Wiesinger,

Ihre Bewerbung ist angekommen, danke. Ich bin diese Woche auf der Baustelle in Freising und
schau mir Ihre Unterlagen am Wochenende an. Sie hören nächste Woche von mir.

Schöne Grüße
Franz Brugger
Schreinerei Brugger & Söhne GmbH, Dachauer Str. 71, 80335 München
"""),
    M(s="kessler_ack", k="application_received", l="de", co="Bauelemente Kessler", ct="",
      fr=("Bauelemente Kessler Talent Acquisition", "kessler@icims.com"), ews=("utf-8", "B"),
      sub="Bestätigung: Ihre Bewerbung als Projektkalkulator Türen & Tore (Stuttgart)",
      d="2026-03-23 13:02 +0100",
      b="""\
Sehr geehrter Herr Wiesinger,

vielen Dank für Ihre Bewerbung als Projektkalkulator Türen & Tore (Job-ID 2026-3381) bei der
Bauelemente Kessler GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung und melden uns
bei Ihnen, sobald wir den nächsten Schritt planen.

Mit freundlichen Grüßen
Talent Acquisition
Bauelemente Kessler GmbH · Heilbronner Straße 300 · 70469 Stuttgart
""",
      h=plain_html("""\
<p>Sehr geehrter Herr Wiesinger,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Projektkalkulator Türen &amp; Tore</b> (Job-ID
2026-3381) bei der Bauelemente Kessler GmbH.</p>
<p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung und melden
uns bei Ihnen, sobald wir den nächsten Schritt planen.</p>
<p>Mit freundlichen Grüßen<br>Talent Acquisition<br>Bauelemente Kessler GmbH</p>
<p style="font-size:10px;color:#777">""" + DISCLAIMER_DE.replace("\n", " ") + "</p>"),
      cte="base64"),
    # ------------------------------------------------------------------ English
    M(s="pohorje_ack", k="application_received", l="en", co="Pohorje Timber Systems", ct="",
      fr=("Pohorje Timber Systems", "no-reply@greenhouse-mail.io"),
      sub="Thank you for applying to Pohorje Timber Systems",
      d="2026-01-28 09:16 +0100",
      b="""\
Hi Konstantin,

Thanks for applying for the Technical Sales Engineer – CLT & Glulam role in Maribor. Your
application has been received and our team will review it shortly.

If your experience is a match, someone from our recruiting team will be in touch to discuss
next steps.

Best regards,
The Pohorje Timber Systems Talent Team
""",
      h=shell("""\
<p>Hi Konstantin,</p>
<p>Thanks for applying for the <strong>Technical Sales Engineer &ndash; CLT &amp; Glulam</strong>
role in Maribor. Your application has been received and our team will review it shortly.</p>
<p>If your experience is a match, someone from our recruiting team will be in touch to discuss
next steps.</p>
<p>Best regards,<br>The Pohorje Timber Systems Talent Team</p>""",
              brand="Pohorje Timber Systems", color="#3b5d2a",
              foot="Powered by Greenhouse")),
    M(s="drava_ack", k="application_received", l="en", co="Drava Building Supply", ct="f",
      fr=("Maja Kovačič", "maja.kovacic@dravabuild.example.si"), ewn=("utf-8", "B"),
      sub="Re: Application – Key Account Estimator, Building Products",
      d="2026-02-05 15:33 +0100", cte="quoted-printable",
      b="""\
Dear Mr Wiesinger,

Thank you for your application and the detailed CV. I can confirm we received everything,
including your master craftsman certificate.

We are collecting applications until 20 February and will then contact shortlisted candidates.
Your German would be an asset – many of our customers are in Carinthia and Styria.

Kind regards,
Maja Kovačič
HR Business Partner
Drava Building Supply d.o.o. | Tržaška cesta 85, 2000 Maribor
+386 2 555 0142
"""),
    M(s="nordkamm_ack", k="application_received", l="en", co="Nordkamm Windows", ct="",
      fr=("Nordkamm Windows", "no-reply@hire.lever.co"),
      sub="Your application to Nordkamm Windows",
      d="2026-03-04 22:41 +0000",
      b="""\
Hi Konstantin,

Thank you for your interest in Nordkamm Windows! We've received your application for
Inside Sales Estimator (DACH) in Munich and our hiring team is reviewing it.

We'll be in touch if there's a fit.

Nordkamm Windows Recruiting
""",
      h=plain_html("""\
<div style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Konstantin,</p>
<p>Thank you for your interest in Nordkamm Windows! We've received your application for
<b>Inside Sales Estimator (DACH)</b> in Munich and our hiring team is reviewing it.</p>
<p>We'll be in touch if there's a fit.</p>
<p>Nordkamm Windows Recruiting</p>
</div>""")),
    M(s="kitchenform_ack", k="application_received", l="en", co="Kitchenform Europe", ct="",
      fr=("Kitchenform Europe", "noreply@workablemail.com"),
      sub="Kitchenform Europe - Application received: Technical Sales Consultant",
      d="2026-04-14 08:09 +0200",
      b="""\
Dear Konstantin,

We have received your application for the Technical Sales Consultant position (Munich, hybrid).

Please note: because of the high number of applications we receive, we are unfortunately not
able to reply to every applicant individually. If we would like to take your application
further, a member of our team will contact you within four weeks.

Thank you for your interest in Kitchenform Europe.

Kitchenform Europe Talent Team
"""),
    # ------------------------------------------------------------------ French
    M(s="rhenanes_ack", k="application_received", l="fr", co="Menuiseries Rhénanes", ct="",
      fr=("Menuiseries Rhénanes - Recrutement", "notification@taleo.net"),
      ews=("iso-8859-1", "Q"),
      sub="Accusé de réception de votre candidature - Technico-commercial menuiserie",
      d="2026-02-09 10:55 +0100", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Bonjour Konstantin Wiesinger,

Nous vous remercions de l'intérêt que vous portez aux Menuiseries Rhénanes et accusons bonne
réception de votre candidature au poste de Technico-commercial menuiserie (H/F) basé à
Strasbourg-Meinau.

Notre équipe étudie actuellement votre dossier. Nous reviendrons vers vous dans les meilleurs
délais.

Cordialement,
Le service Recrutement
Menuiseries Rhénanes SAS

Ce message est généré automatiquement, merci de ne pas y répondre.
"""),
    M(s="kleber_ack", k="application_received", l="fr", co="Cuisines Kléber", ct="f",
      fr=("Nathalie Schaeffer", "n.schaeffer@cuisines-kleber.example.fr"),
      sub="Votre candidature - Concepteur-vendeur cuisines",
      d="2026-02-18 16:20 +0100", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Bonjour Monsieur Wiesinger,

J'ai bien reçu votre candidature pour le poste de concepteur-vendeur cuisines pour notre
showroom de la place Kléber, ainsi que votre lettre de motivation.

Je la transmets à notre directeur commercial et je reviens vers vous d'ici une dizaine de
jours.

Bien cordialement,

Nathalie Schaeffer
Assistante RH
Cuisines Kléber
12 rue des Grandes Arcades - 67000 Strasbourg
03 88 00 41 27
"""),
    M(s="oba_ack", k="application_received", l="fr", co="Ossature Bois d'Alsace", ct="r",
      fr=("Ossature Bois d'Alsace", "notifications@bamboohr.com"),
      rt=("Julien Meyer", "julien.meyer@oba.example.fr"),
      sub="Merci pour votre candidature chez Ossature Bois d'Alsace",
      d="2026-02-26 12:02 +0100",
      b="""\
Bonjour Konstantin,

Merci d'avoir postulé au poste de Chargé d'études et de chiffrage ossature bois (H/F).

Votre candidature a bien été enregistrée. Julien Meyer, responsable du bureau d'études, la
consultera personnellement. Vous pouvez répondre directement à ce message si vous avez une
question.

À bientôt,
L'équipe Ossature Bois d'Alsace
"""),
    M(s="interim_ack", k="application_received", l="fr", co="Intérim Plus Alsace", ct="f",
      fr=("Sandrine Ketterer", "sandrine.ketterer@interim-plus-alsace.example.fr"),
      sub="Candidature reçue - Technico-commercial second oeuvre",
      d="2026-03-12 09:41 +0100", cte="8bit",
      b="""\
Bonjour Monsieur Wiesinger,

Je vous confirme la bonne réception de votre CV pour l'offre « Technico-commercial second
œuvre (H/F) » publiée par notre agence de Strasbourg.

Je l'étudie cette semaine et je vous appelle si votre profil correspond à la demande de notre
client. N'hésitez pas à m'envoyer vos disponibilités.

Cordialement,
Sandrine Ketterer
Chargée de recrutement – Intérim Plus Alsace
8 rue du Faubourg National, 67000 Strasbourg
"""),
    # ------------------------------------------------------------------ Spanish
    M(s="albufera_ack", k="application_received", l="es", co="Almacenes Albufera", ct="",
      fr=("Almacenes Albufera", "noreply@personio.de"),
      sub="Hemos recibido tu candidatura – Técnico comercial de materiales de construcción",
      d="2026-03-05 11:18 +0100",
      b="""\
Hola Konstantin:

Gracias por tu interés en Almacenes Albufera. Hemos recibido correctamente tu candidatura para
el puesto de Técnico comercial de materiales de construcción en Valencia (Silla).

Nuestro equipo de Personas revisará tu perfil y te contactaremos si encaja con lo que buscamos.

Un saludo,
Equipo de Personas
Almacenes Albufera S.L.

Este correo se ha enviado automáticamente. Por favor, no respondas a este mensaje.
"""),
    M(s="turia_ack", k="application_received", l="es", co="Carpintería Técnica Turia", ct="f",
      fr=("Vicente Llorens", "vicente.llorens@carpinteria-turia.example.es"),
      sub="RE: Candidatura presupuestista / comercial técnico",
      d="2026-02-20 13:07 +0100", cs="windows-1252", cte="quoted-printable",
      b="""\
Buenos días, Konstantin:

Le confirmo que hemos recibido su currículum y la carta. Nos llama la atención su experiencia
como maestro carpintero en Austria, algo poco habitual por aquí.

Lo reviso con mi socio esta semana y le digo algo. Si tiene fotos de obras realizadas, puede
enviármelas también.

Atentamente,
Vicente Llorens
Gerente – Carpintería Técnica Turia
Pol. Ind. Vara de Quart, C/ Dels Gremis 14 – 46014 Valencia
Tel. 963 00 21 45
"""),
    M(s="modulares_ack", k="application_received", l="es", co="Casas Modulares Levante", ct="",
      fr=("Casas Modulares Levante", "casasmodulares@myworkday.com"),
      sub="Confirmación de tu solicitud: Asesor técnico-comercial (R-0098)",
      d="2026-02-13 07:30 +0000",
      b="""\
Hola, Konstantin:

Gracias por enviar tu solicitud para Asesor técnico-comercial (R-0098) en Casas Modulares
Levante.

Recibimos un gran volumen de candidaturas y no podemos responder a cada persona de forma
individual. Si tu perfil avanza en el proceso, nos pondremos en contacto contigo.

Puedes consultar el estado de tu solicitud en tu perfil de candidato.

Atentamente,
Equipo de Talento
Casas Modulares Levante
"""),
]
