"""Stand-alone rejections: ATS form letters, human recruiters, agencies, soft and hard no's."""

from __future__ import annotations

from msgs351_common import DISCLAIMER_DE, DISCLAIMER_FR, M, Spec, html_shell, sig

_zalvo = """Hallo Henrike,

vielen Dank für dein Interesse an Zalvo und die Zeit, die du in deine Bewerbung als
Operations Analyst Fulfillment (all genders) gesteckt hast.

Nach sorgfältiger Prüfung müssen wir dir leider mitteilen, dass wir dich im weiteren
Auswahlprozess nicht berücksichtigen können. Wir haben uns für Profile entschieden, die den
Anforderungen der Rolle noch genauer entsprechen.

Wir wünschen dir viel Erfolg und würden uns freuen, dich in unserem Talent-Pool zu behalten.

Dein Zalvo Recruiting Team
"""

_northwind = """Dear Henrike,

Thank you for your interest in the Marketplace Operations Specialist position at Northwind
Apparel and for the time you invested in your application.

We received a large number of strong applications. Unfortunately, we will not be moving your
application forward to the interview stage at this time.

We encourage you to keep an eye on our careers page and wish you every success in your search.

Warm regards,
Northwind Apparel Talent Acquisition
"""

_turia = """Estimada Henrike:

Le agradecemos el interés mostrado por formar parte de Deportes Turia y por participar en el
proceso de selección para el puesto de Responsable de Tienda Online.

Tras analizar detenidamente todas las candidaturas recibidas, lamentamos comunicarle que en
esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.

Conservaremos sus datos para futuras vacantes, salvo que nos indique lo contrario.

Atentamente,
Departamento de Recursos Humanos
Deportes Turia
"""

SPECS: list[Spec] = [
    # ---------------------------------------------------------------- German
    M("muehlbach_not_shortlisted", "rejection", "de", "Mühlbach Drogerie", "",
      ("Mühlbach Drogerie Karriere", "noreply@softgarden.io"),
      "Ihre Bewerbung als Bereichsleitung Online-Shop", "2026-01-28 17:02 +0100",
      """Sehr geehrte Frau Vasquez-Lindholm,

haben Sie vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Mühlbach
Drogerie.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Sie
für die Position Bereichsleitung Online-Shop nicht in die engere Auswahl einbeziehen konnten.

Diese Entscheidung ist keine Bewertung Ihrer Person. Gerne können Sie sich künftig auf andere
ausgeschriebene Stellen bei uns bewerben.

Mit freundlichen Grüßen
Ihr Mühlbach Personalteam
""", charset="iso-8859-1", cte="quoted-printable", name_enc=("q", "iso-8859-1")),
    M("sportarena_internal", "rejection", "de", "Sportarena Sachsen",
      "m.tietze@sportarena-sachsen.example.de",
      ("Marcel Tietze", "m.tietze@sportarena-sachsen.example.de"),
      "Stelle E-Commerce-Koordination – kurze Rückmeldung", "2026-02-11 12:40 +0100",
      """Hallo Frau Vasquez-Lindholm,

ich wollte mich persönlich bei Ihnen melden, bevor Sie eine Standardmail bekommen: Die Stelle
E-Commerce-Koordination ist inzwischen intern besetzt worden. Eine Kollegin aus unserer Filiale
in der Centrum Galerie hat sich beworben und übernimmt die Aufgabe ab März.

Damit ist das Verfahren für Sie leider beendet. Ihr Profil hat mir gut gefallen – ich behalte
Sie im Hinterkopf.

Sportliche Grüße
Marcel Tietze
Personalleiter
Sportarena Sachsen GmbH & Co. KG
Prager Straße 12, 01069 Dresden
""" + DISCLAIMER_DE),
    M("zalvo_ats", "rejection", "de", "Zalvo", "",
      ("Zalvo Careers", "zalvo@myworkday.com"),
      "Update zu deiner Bewerbung bei Zalvo", "2026-03-09 04:12 +0000", _zalvo,
      fmt="alt", html=html_shell(_zalvo, brand="ZALVO",
                                 color="#111111",
                                 footer="Zalvo SE · Valeska-Gert-Straße 5 · 10243 Berlin"),
      cte="base64"),
    M("hafermarkt_on_hold", "rejection", "de", "Hafermarkt",
      "lena.gruber@hafermarkt.example.at", ("Lena Gruber", "lena.gruber@hafermarkt.example.at"),
      "Hafermarkt – Stand Ihrer Bewerbung (Hub Operations Lead Wien)", "2026-04-02 10:18 +0200",
      """Liebe Frau Vasquez-Lindholm,

ich muss Ihnen leider eine unerfreuliche Nachricht überbringen. Nach der letzten
Finanzierungsrunde hat unser Vorstand beschlossen, die Eröffnung des zweiten Wiener Hubs auf
unbestimmte Zeit zu verschieben. Die Stelle Hub Operations Lead wird deshalb auf Eis gelegt,
und wir werden das Auswahlverfahren nicht fortsetzen.

Das betrifft alle Kandidatinnen und Kandidaten, nicht Sie persönlich. Danke für Ihre Geduld
und die tollen Gespräche.

Liebe Grüße aus Wien
Lena Gruber
People & Culture | Hafermarkt
""", fmt="alt", html=html_shell("""Liebe Frau Vasquez-Lindholm,

ich muss Ihnen leider eine unerfreuliche Nachricht überbringen. Nach der letzten
Finanzierungsrunde hat unser Vorstand beschlossen, die Eröffnung des zweiten Wiener Hubs auf
unbestimmte Zeit zu verschieben. Die Stelle Hub Operations Lead wird deshalb auf Eis gelegt,
und wir werden das Auswahlverfahren nicht fortsetzen.

Das betrifft alle Kandidatinnen und Kandidaten, nicht Sie persönlich. Danke für Ihre Geduld
und die tollen Gespräche.

Liebe Grüße aus Wien
Lena Gruber
People &amp; Culture | Hafermarkt"""), cte="quoted-printable"),
    M("mediversand_after_interview", "rejection", "de", "MediVersand Erfurt",
      "s.kroll@mediversand.example.de",
      ("Sabine Kroll", "s.kroll@mediversand.example.de"),
      "Ihr Vorstellungsgespräch am 21. April", "2026-04-30 14:55 +0200",
      """Sehr geehrte Frau Vasquez-Lindholm,

nochmals herzlichen Dank für das informative Gespräch bei uns in Erfurt. Nach Abschluss aller
Gespräche haben wir uns jedoch für eine Bewerberin entschieden, die bereits Erfahrung im
pharmazeutischen Versandhandel und mit den GDP-Vorgaben mitbringt.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden gemäß Datenschutz nach sechs Monaten
gelöscht.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Sabine Kroll
Personalleitung
MediVersand Erfurt GmbH | Krämerbrücke 3 | 99084 Erfurt
""", charset="iso-8859-1", cte="8bit"),
    M("reinert_via_portal", "rejection", "de", "Schuhhaus Reinert", "",
      ("Schuhhaus Reinert via JobKompass", "noreply@jobkompass.example.de"),
      "Rückmeldung von Schuhhaus Reinert zu Ihrer Bewerbung", "2026-05-19 09:00 +0200",
      "",
      fmt="html", html=html_shell("""Guten Tag Frau Vasquez-Lindholm,

<b>Schuhhaus Reinert</b> hat Ihre Bewerbung auf die Stelle <i>Leitung Online-Vertrieb
(m/w/d), Leipzig</i> bearbeitet.

Leider hat sich das Unternehmen entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.
Die Nachricht des Arbeitgebers:

<i>„Vielen Dank für Ihr Interesse. Wir haben uns für eine andere Bewerberin entschieden, deren
Profil besser zu unseren aktuellen Anforderungen passt."</i>

Viel Erfolg bei Ihrer weiteren Jobsuche wünscht Ihnen
Ihr JobKompass-Team""", brand="JobKompass", color="#0077b6",
                                 footer="Sie erhalten diese E-Mail, weil Sie sich über "
                                        "JobKompass beworben haben."),
      html_cte="quoted-printable"),
    M("rautenberg_client_no", "rejection", "de", "Rautenberg Personalservice",
      "j.haensel@rautenberg-personal.example.de",
      ("Jörg Hänsel", "j.haensel@rautenberg-personal.example.de"),
      "Rückmeldung Kunde – Schichtleitung Onlinehandel", "2026-06-09 16:12 +0200",
      """Hallo Frau Vasquez-Lindholm,

leider keine guten Nachrichten: Unser Kunde aus dem Bereich Onlinehandel hat mir heute
mitgeteilt, dass er sich für einen anderen Kandidaten entschieden hat. Gründe wurden keine
genannt – mein Eindruck ist, dass die Schichtarbeit am Wochenende den Ausschlag gab.

Ich melde mich, sobald ich eine neue passende Stelle für Sie habe.

Viele Grüße
Jörg Hänsel
Disponent | Rautenberg Personalservice GmbH
Niederlassung Halle-Leipzig | Tel. 0345 555 1820
""", name_enc=("q", "iso-8859-1"), charset="windows-1252", cte="quoted-printable"),
    M("holzland_via_talentbruecke", "rejection", "de", "Holzland Möbelmarkt",
      "anja.wolter@talentbruecke.example.de", ("Anja Wolter",
      "anja.wolter@talentbruecke.example.de"),
      "Holzland Möbelmarkt: Entscheidung", "2026-07-15 13:05 +0200",
      """Liebe Henrike,

ich habe gestern lange mit der Geschäftsführung von Holzland Möbelmarkt telefoniert. Sie haben
sich entschieden, die Position Marketplace Operations Manager mit einem Kandidaten zu besetzen,
der bereits die Anbindung externer Händler verantwortet hat. Für dich geht es bei Holzland
daher leider nicht weiter.

Ich weiß, dass du dir viel erhofft hattest. Lass uns nächste Woche telefonieren und schauen,
welche Türen wir als nächstes aufmachen.

Herzliche Grüße
Anja
""" + sig("Anja Wolter", "Senior Consultant Retail & E-Commerce", "Talentbrücke Recruiting",
          "Karl-Liebknecht-Straße 33, 04107 Leipzig", "+49 341 555 4477"),
      subj_enc=("b", "iso-8859-1")),
    M("elbflorenz_cancelled", "rejection", "de", "Elbflorenz Feinkost",
      "", ("Elbflorenz Feinkost", "noreply@recruitee.com"),
      "Stellenausschreibung zurückgezogen – Teamleitung Versand", "2026-10-06 11:30 +0200",
      """Guten Tag Henrike,

vielen Dank für Ihre Bewerbung als Teamleitung Versand bei Elbflorenz Feinkost.

Leider müssen wir Ihnen mitteilen, dass die Stelle aus betrieblichen Gründen gestrichen wurde.
Wir werden den Bewerbungsprozess daher nicht fortführen und Ihre Bewerbung nicht weiter
bearbeiten.

Ihre Daten löschen wir nach Ablauf der gesetzlichen Frist.

Beste Grüße
Elbflorenz Feinkost
"""),

    # ---------------------------------------------------------------- English
    M("northwind_not_moving", "rejection", "en", "Northwind Apparel", "",
      ("Northwind Apparel", "no-reply@greenhouse-mail.io"),
      "Your application to Northwind Apparel", "2026-02-19 22:41 +0000", _northwind,
      fmt="alt", html=html_shell(_northwind, brand="NORTHWIND APPAREL", color="#14213d")),
    M("crate_cobble_filled", "rejection", "en", "Crate & Cobble",
      "hannah.okafor@crateandcobble.example.com",
      ("Hannah Okafor", "hannah.okafor@crateandcobble.example.com"),
      "Marketplace Ops Manager - update", "2026-04-23 09:50 +0200",
      """Hi Henrike,

I wanted to let you know personally that we've now filled the Marketplace Ops Manager role in
Berlin. The position went to someone who had been freelancing with us for the past year, so it
was a very natural fit.

I'm sorry this isn't better news - you were one of the most thoughtful applicants I spoke to.
I'd be happy to keep you in mind for future openings if that's OK with you.

Best,
Hannah

Hannah Okafor
People Partner, Crate & Cobble
""", cte="quoted-printable"),
    M("vltava_fresh_cancelled", "rejection", "en", "Vltava Fresh", "",
      ("Vltava Fresh", "noreply@workablemail.com"),
      "Update on the Dark Store Manager role", "2026-06-16 07:30 +0200",
      """Hello Henrike,

Thanks again for applying for the Dark Store Manager role in Prague.

We're writing to let you know that this position has been cancelled following a change in our
expansion plans, so we will not proceed with your application. We apologise for any
inconvenience and appreciate the time you put into the process.

Kind regards,
The Vltava Fresh Hiring Team

This email was sent via Workable. Please do not reply to it.
"""),
    M("peakform_after_assessment", "rejection", "en", "PeakForm Sports",
      "", ("PeakForm Sports HR", "notifications@bamboohr.com"),
      "PeakForm Sports - Assessment Centre Outcome", "2026-08-05 15:00 +0200",
      """Dear Henrike Vasquez-Lindholm,

Thank you for attending our assessment centre in Vienna on 29 July for the role of
Omnichannel Operations Manager.

Having reviewed the results of all exercises with the panel, we regret to inform you that you
have not been successful on this occasion. Feedback on the individual exercises can be requested
within 30 days through the candidate portal.

Yours sincerely,
PeakForm Sports HR
""", charset="windows-1252", cte="8bit"),
    M("stackhouse_client_passed", "rejection", "en", "Stackhouse Talent",
      "rob@stackhousetalent.example.co.uk", ("Rob Adeyemi", "rob@stackhousetalent.example.co.uk"),
      "Re: the Berlin ops role", "2026-09-10 17:48 +0100",
      """Hi Henrike,

Heard back from the client this afternoon. They've decided to pass - they want someone who has
already run a team in a pure-play online business, and your store background, strong as it is,
tipped the scales the other way for them.

I know that's frustrating after two rounds. I'll keep you front of mind - several of my clients
value exactly your mix of people leadership and floor experience.

Cheers,
Rob
Rob Adeyemi | Director | Stackhouse Talent
""", subj_enc=("q", "utf-8")),

    # ---------------------------------------------------------------- French
    M("verlaine_pas_retenu", "rejection", "fr", "Maison Verlaine", "",
      ("Maison Verlaine Recrutement", "no-reply@taleo.net"),
      "Votre candidature – Responsable opérations e-commerce", "2026-03-24 08:05 +0100",
      """Madame,

Nous vous remercions de l'intérêt que vous portez à Maison Verlaine et de votre candidature au
poste de Responsable opérations e-commerce à Lille.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas y donner une suite favorable.

Nous vous souhaitons une pleine réussite dans vos recherches.

Le service Recrutement
Maison Verlaine
""", charset="iso-8859-1", cte="quoted-printable", subj_enc=("q", "windows-1252")),
    M("nordplus_pourvu_interne", "rejection", "fr", "Pharmacie Nordplus",
      "aurelie.caron@nordplus.example.fr", ("Aurélie Caron", "aurelie.caron@nordplus.example.fr"),
      "Poste de coordinatrice logistique", "2026-05-27 14:22 +0200",
      """Bonjour Henrike,

Je reviens vers vous concernant le poste de coordinatrice logistique de notre pharmacie en
ligne. Le poste a finalement été pourvu en interne par une collaboratrice de notre plateforme de
Roubaix, qui connaissait déjà nos procédures.

Je suis désolée de ne pas pouvoir vous donner une réponse plus positive, et je vous remercie
sincèrement pour votre intérêt.

Bien à vous,
Aurélie Caron
Responsable RH – Pharmacie Nordplus
""" + DISCLAIMER_FR, name_enc=("q", "utf-8")),
    M("meublo_apres_entretien", "rejection", "fr", "Meublo", "",
      ("Meublo", "noreply@recruitee.com"),
      "Meublo – suite à votre entretien", "2026-08-20 11:11 +0200",
      """Bonjour Henrike,

Merci d'avoir pris le temps d'échanger avec notre équipe Ops la semaine dernière.

Après réflexion, nous avons décidé de poursuivre avec d'autres candidats dont le profil
correspond plus étroitement aux besoins du poste de Marketplace Operations Manager.

Nous garderons votre CV dans notre vivier et n'hésiterons pas à vous recontacter.

L'équipe Meublo
""", fmt="alt", html=html_shell("""Bonjour Henrike,

Merci d'avoir pris le temps d'échanger avec notre équipe Ops la semaine dernière.

Après réflexion, nous avons décidé de poursuivre avec d'autres candidats dont le profil
correspond plus étroitement aux besoins du poste de Marketplace Operations Manager.

Nous garderons votre CV dans notre vivier et n'hésiterons pas à vous recontacter.

L'équipe Meublo""", brand="meublo", color="#f4a261"), cte="base64"),
    M("hautmont_via_interim", "rejection", "fr", "Cycles Hautmont",
      "j.delcourt@interimflandres.example.fr",
      ("Julien Delcourt", "j.delcourt@interimflandres.example.fr"),
      "Retour de Cycles Hautmont", "2026-09-29 12:03 +0200",
      """Bonjour Madame Vasquez-Lindholm,

Cycles Hautmont m'a fait son retour ce matin : ils ne retiendront pas votre candidature pour la
mission de chef d'équipe préparation de commandes. Ils privilégient un profil disponible
immédiatement sur site à Villeneuve-d'Ascq.

Je continue de vous proposer d'autres missions dès qu'elles se présentent.

Cordialement,
Julien Delcourt
Chargé de recrutement – Intérim Flandres
""", charset="windows-1252", cte="quoted-printable"),

    # ---------------------------------------------------------------- Spanish
    M("turia_no_seleccionado", "rejection", "es", "Deportes Turia", "",
      ("Deportes Turia", "no-reply@icims.com"),
      "Su candidatura en Deportes Turia", "2026-04-08 10:10 +0200", _turia,
      charset="iso-8859-1", cte="quoted-printable"),
    M("modaplaya_otros_candidatos", "rejection", "es", "ModaPlaya",
      "carmen.ribes@modaplaya.example.es", ("Carmen Ribes", "carmen.ribes@modaplaya.example.es"),
      "Respuesta a tu candidatura – E-commerce Operations", "2026-06-30 13:47 +0200",
      """Hola Henrike:

Muchas gracias por tu interés en ModaPlaya y por la entrevista de la semana pasada.

Hemos decidido continuar el proceso con otras personas cuya experiencia se ajusta más a lo que
buscamos en este momento, sobre todo en la gestión de marketplaces. No ha sido una decisión
fácil.

Te deseamos mucha suerte y esperamos volver a coincidir.

Un saludo,
Carmen Ribes
People & Talent · ModaPlaya
Av. del Puerto 220, 46023 València
""", name_enc=("b", "utf-8")),
    M("mercacasa_cancelado", "rejection", "es", "MercaCasa", "",
      ("MercaCasa Empleo", "noreply@smartrecruiters.com"),
      "Actualización sobre el puesto de Jefa de Turno", "2026-08-18 08:33 +0200",
      """Hola Henrike,

Te escribimos para informarte de que el puesto de Jefa de Turno – Almacén Valencia Norte ha sido
cancelado por una reorganización interna. Por este motivo no continuaremos con el proceso de
selección y cerramos tu candidatura.

Gracias por el tiempo que nos has dedicado.

Equipo de Selección de MercaCasa
""", fmt="html", html=html_shell("""Hola Henrike,

Te escribimos para informarte de que el puesto de <b>Jefa de Turno – Almacén Valencia Norte</b>
ha sido cancelado por una reorganización interna. Por este motivo no continuaremos con el
proceso de selección y cerramos tu candidatura.

Gracias por el tiempo que nos has dedicado.

Equipo de Selección de MercaCasa""", brand="MercaCasa", color="#ff7f11")),
    M("talentia_cliente", "rejection", "es", "Talentia Selección",
      "pablo.ortega@talentia.example.es", ("Pablo Ortega", "pablo.ortega@talentia.example.es"),
      "Feedback del cliente", "2026-10-01 19:05 +0200",
      """Hola Henrike,

Te escribo tras hablar con nuestro cliente, la cadena de parafarmacias online de la que te
hablé. Han decidido no seguir adelante con tu candidatura: buscan a alguien con experiencia en
normativa sanitaria española.

Lo siento mucho, sé que te hacía ilusión. Seguimos en contacto para otras posiciones.

Un abrazo,
Pablo Ortega
Consultor Senior · Talentia Selección
""", reply_to=("Pablo Ortega", "pablo.ortega@talentia.example.es")),
]
