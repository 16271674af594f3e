"""Stand-alone acknowledgements of receipt (ATS and human), incl. 'we cannot reply to everyone'."""

from __future__ import annotations

from msgs351_common import M, Spec, html_shell

_zalvo_ack = """Hallo Henrike,

danke für deine Bewerbung als Operations Analyst Fulfillment (all genders)! Wir haben deine
Unterlagen erhalten und prüfen sie so schnell wie möglich.

Den Stand deiner Bewerbung siehst du jederzeit in deinem Kandidatenprofil.

Bis bald
Dein Zalvo Recruiting Team
"""

_northwind_ack = """Hi Henrike,

Thanks for applying to the Marketplace Operations Specialist role at Northwind Apparel - we're
glad you're interested in joining us!

We've received your application. Due to the high number of applications, we aren't able to
reply to every applicant personally, but we will contact you if your experience matches the
role. You can check the status of your application at any time in your candidate account.

The Talent Team at Northwind Apparel
"""

SPECS: list[Spec] = [
    M("leinwerk_ack", "application_received", "de", "Leinwerk Home", "",
      ("Leinwerk Home", "noreply@teamtailor-mail.com"),
      "Danke für deine Bewerbung, Henrike!", "2026-01-08 21:14 +0100",
      """Hallo Henrike,

schön, dass du dich für Leinwerk Home interessierst! Deine Bewerbung als Teamlead Marketplace
Seller Support ist bei uns eingegangen.

Wir melden uns innerhalb von zehn Werktagen mit einer Rückmeldung bei dir.

Viele Grüße
Das Leinwerk Home Recruiting-Team
"""),
    M("sportarena_human_ack", "application_received", "de", "Sportarena Sachsen",
      "m.tietze@sportarena-sachsen.example.de",
      ("Marcel Tietze", "m.tietze@sportarena-sachsen.example.de"),
      "AW: Bewerbung E-Commerce-Koordination", "2026-01-27 08:33 +0100",
      """Guten Morgen Frau Vasquez-Lindholm,

vielen Dank für Ihre Bewerbung, die ich gestern erhalten habe. Ich schaue mir Ihre Unterlagen in
den nächsten Tagen in Ruhe an und melde mich dann wieder bei Ihnen.

Sportliche Grüße
Marcel Tietze
Personalleiter | Sportarena Sachsen
"""),
    M("hafermarkt_ack", "application_received", "de", "Hafermarkt", "",
      ("Hafermarkt Jobs", "noreply@recruitee.com"),
      "Bewerbung erhalten – Hub Operations Lead Wien", "2026-02-10 14:50 +0100",
      """Liebe Henrike,

vielen Dank für deine Bewerbung als Hub Operations Lead in Wien. Wir haben sie erhalten und
melden uns in Kürze.

Bitte hab Verständnis, dass wir aufgrund der vielen Bewerbungen nicht jede Rückfrage einzeln
beantworten können.

Liebe Grüße
Team Hafermarkt
""", fmt="html", html=html_shell("""Liebe Henrike,

vielen Dank für deine Bewerbung als <b>Hub Operations Lead</b> in Wien. Wir haben sie erhalten
und melden uns in Kürze.

Bitte hab Verständnis, dass wir aufgrund der vielen Bewerbungen nicht jede Rückfrage einzeln
beantworten können.

Liebe Grüße
Team Hafermarkt""", brand="hafermarkt", color="#bc6c25"), html_cte="base64"),
    M("zalvo_ack", "application_received", "de", "Zalvo", "",
      ("Zalvo Careers", "zalvo@myworkday.com"),
      "Wir haben deine Bewerbung erhalten", "2026-02-20 10:01 +0000", _zalvo_ack,
      cte="quoted-printable"),
    M("reinert_portal_ack", "application_received", "de", "Schuhhaus Reinert", "",
      ("JobKompass", "noreply@jobkompass.example.de"),
      "Ihre Bewerbung wurde an Schuhhaus Reinert übermittelt", "2026-05-04 19:27 +0200",
      """Guten Tag Frau Vasquez-Lindholm,

Ihre Bewerbung auf die Stelle "Leitung Online-Vertrieb (m/w/d)" wurde erfolgreich an
Schuhhaus Reinert übermittelt. Das Unternehmen hat Ihre Unterlagen erhalten.

Sobald der Arbeitgeber Ihre Bewerbung bearbeitet, informieren wir Sie per E-Mail.

Ihr JobKompass-Team
""", subj_enc=("q", "windows-1252"), charset="windows-1252", cte="quoted-printable"),
    M("brandt_ack", "application_received", "de", "Textilhaus Brandt",
      "ute.brandt@textilhaus-brandt.example.de",
      ("Ute Brandt", "ute.brandt@textilhaus-brandt.example.de"),
      "Ihre Bewerbung – Leitung Onlineshop", "2026-09-30 20:02 +0200",
      """Liebe Frau Vasquez-Lindholm,

herzlichen Dank für Ihre Bewerbung! Ich habe Ihre Unterlagen erhalten und bin schon neugierig.
Da wir ein Familienbetrieb sind und ich die Bewerbungen selbst sichte, dauert es ein paar Tage,
bis ich mich melde.

Herzliche Grüße
Ute Brandt
Textilhaus Brandt
"""),
    M("northwind_ack", "application_received", "en", "Northwind Apparel", "",
      ("Talent Team from Northwind Apparel", "no-reply@greenhouse-mail.io"),
      "Northwind Apparel: application received", "2026-02-05 13:45 +0000", _northwind_ack,
      fmt="alt", html=html_shell(_northwind_ack, brand="NORTHWIND APPAREL", color="#14213d")),
    M("verlaine_ack", "application_received", "fr", "Maison Verlaine", "",
      ("Maison Verlaine Recrutement", "no-reply@taleo.net"),
      "Accusé de réception de votre candidature", "2026-03-05 07:22 +0100",
      """Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable opérations
e-commerce (réf. MV-2026-118) et vous remercions de l'intérêt porté à Maison Verlaine.

En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chacune d'elles. Votre dossier sera étudié avec la plus grande attention.

Le service Recrutement
Maison Verlaine

Merci de ne pas répondre à ce message automatique.
""", charset="iso-8859-1", cte="quoted-printable", subj_enc=("q", "iso-8859-1")),
    M("meublo_ack", "application_received", "fr", "Meublo", "",
      ("Meublo", "noreply@recruitee.com"),
      "Merci pour votre candidature chez Meublo", "2026-07-27 12:05 +0200",
      """Bonjour Henrike,

Nous avons bien reçu votre candidature pour le poste de Marketplace Operations Manager.
Merci de l'intérêt que vous portez à Meublo !

Notre équipe revient vers vous sous deux semaines.

L'équipe Meublo
""", cte="base64"),
    M("lilas_ack", "application_received", "fr", "Lilas Mode", "",
      ("Lilas Mode", "noreply@workablemail.com"),
      "Candidature reçue – Responsable service client & logistique", "2026-08-10 09:15 +0200",
      """Bonjour Henrike,

Merci d'avoir postulé chez Lilas Mode ! Votre candidature pour le poste de Responsable service
client & logistique a bien été enregistrée.

Nous étudions chaque dossier avec soin et vous tiendrons informée de la suite.

À bientôt,
L'équipe Lilas Mode
""", fmt="alt", html=html_shell("""Bonjour Henrike,

Merci d'avoir postulé chez Lilas Mode ! Votre candidature pour le poste de <b>Responsable
service client &amp; logistique</b> a bien été enregistrée.

Nous étudions chaque dossier avec soin et vous tiendrons informée de la suite.

À bientôt,
L'équipe Lilas Mode""", brand="Lilas Mode", color="#b5838d"), subj_enc=("b", "utf-8")),
    M("turia_ack", "application_received", "es", "Deportes Turia", "",
      ("Deportes Turia", "no-reply@icims.com"),
      "Confirmación de candidatura – Responsable de Tienda Online", "2026-03-20 11:30 +0100",
      """Estimada Henrike:

Le confirmamos que hemos recibido su candidatura para el puesto de Responsable de Tienda
Online (ref. 2026-0342). Gracias por su interés en Deportes Turia.

Debido al elevado número de solicitudes, no podemos responder individualmente a cada
candidato. Si su perfil encaja con lo que buscamos, nos pondremos en contacto con usted.

Atentamente,
Recursos Humanos – Deportes Turia
""", charset="windows-1252", cte="quoted-printable", subj_enc=("q", "windows-1252")),
    M("modaplaya_ack", "application_received", "es", "ModaPlaya", "",
      ("ModaPlaya Careers", "notifications@bamboohr.com"),
      "Gracias por tu candidatura a ModaPlaya", "2026-06-05 16:20 +0200",
      """Hola Henrike,

¡Gracias por presentar tu candidatura para E-commerce Operations en ModaPlaya! La hemos recibido
correctamente y nuestro equipo de People & Talent la revisará pronto.

Un saludo,
ModaPlaya
""", cte="quoted-printable"),
]
