# ruff: noqa  (hand-written message data: dict(...) specs and long text lines are intended)
"""Corpus 287, invitations (26), reschedules/cancellations (15) and missed-interview notices (10)."""

from __future__ import annotations

from msgs287_common import ats_card, button, mso, outlook_html, paras, simple_html

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

MESSAGES: list[dict] = []
add = MESSAGES.append

OSTWIND_UID = "a3f0c2d1-7e55-4b8e-9a11-ostwind-kc-0303@ostwindbahn.example.ch"
LIMMAT_UID = "040000008200E00074C5B7101A82E008-limmat-ac-0512"
KYBURG_UID = "kyburg-panel-2026-0610-hug@kyburg-vers.example.ch"
LAVAUX_UID = "lavaux-entretien-rm-20260325@mutuelle-lavaux.example.ch"
CRESTLINE_UID = "crestline-panel-cops-tl-0903@crestline-energy.example.com"

OSTWIND_SIG = """Sandra Kälin
HR Business Partnerin Personenverkehr
Ostwind Bahn AG | Bahnhofplatz 2 | 9001 St. Gallen
T +41 71 228 40 17"""

# ================================================================ invitations: German (13)

_ostwind_inv = """Guten Tag Herr Baumgartner-Osei

Vielen Dank für Ihre Bewerbung als Teamleiter/in Kundencenter Ostschweiz. Ihr Dossier hat uns angesprochen, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie zu einem Gespräch mit Urs Näf (Leiter Kundenservice) und mir ein:

Datum: Dienstag, 3. März 2026
Zeit: 09:30 bis ca. 10:45 Uhr
Ort: Ostwind Bahn AG, Bahnhofplatz 2, 9001 St. Gallen, 4. Stock, Sitzungszimmer Säntis

Eine Kalendereinladung finden Sie in dieser Nachricht. Bitte bestätigen Sie den Termin kurz; falls er nicht passt, schlagen Sie uns gerne zwei Alternativen vor.

Freundliche Grüsse

""" + OSTWIND_SIG

add(dict(
    kind=INV, slug="ostwind_panel_ics_request", lang="de", id="ostwind_inv", parent="ostwind_ack",
    company="Ostwind Bahn", contact="sandra.kaelin@ostwindbahn.example.ch",
    sender=("Sandra Kälin", "sandra.kaelin@ostwindbahn.example.ch"),
    subject="Einladung zum Vorstellungsgespräch – Teamleiter/in Kundencenter Ostschweiz",
    date="2026-02-17 10:12", cte="qp",
    text=_ostwind_inv, html=outlook_html(mso(_ostwind_inv)),
    ics=dict(method="REQUEST", uid=OSTWIND_UID, seq=0, start="2026-03-03 09:30", minutes=75,
             summary="Vorstellungsgespräch Reto Baumgartner-Osei – Teamleitung Kundencenter",
             location="Ostwind Bahn AG, Bahnhofplatz 2, St. Gallen, Sitzungszimmer Säntis",
             organizer=("Sandra Kälin", "sandra.kaelin@ostwindbahn.example.ch")),
))

add(dict(
    kind=INV, slug="saentis_phone_screen_reply_to", lang="de", id="saentis_inv",
    company="Säntis Versicherungen", contact="mirjam.frei@saentis-vers.example.ch",
    sender=("Säntis Versicherungen – Personal", "personal@saentis-vers.example.ch"),
    reply_to=("Mirjam Frei", "mirjam.frei@saentis-vers.example.ch"),
    subject="Ihre Bewerbung als Teamleiter Kundendienst – kurzes Telefonat?",
    date="2026-03-09 08:41", cte="qp",
    text="""Grüezi Herr Baumgartner-Osei

Ich bin bei der Säntis Versicherungen für die Besetzung der Teamleitung im Kundendienst zuständig. Ihre Bewerbung ist bei mir gelandet, und ich würde mich gerne zuerst in einem kurzen Telefonat (ca. 20 Minuten) mit Ihnen austauschen – vor allem über Ihre Erfahrung mit Reklamationen im Zug und Ihre Vorstellungen zur Führung.

Passt Ihnen einer dieser Termine?
– Dienstag, 10. März, 11:00
– Mittwoch, 11. März, 16:30
– Freitag, 13. März, 08:30

Antworten Sie einfach auf diese Mail, dann rufe ich Sie auf Ihrer Mobilnummer an.

Freundliche Grüsse
Mirjam Frei
Talent Acquisition
Säntis Versicherungen AG
Unterstrasse 15, 9001 St. Gallen
+41 71 227 63 41
""",
))

_limmat_inv = """Guten Tag Herr Baumgartner-Osei

Herzlichen Dank für Ihre Bewerbung als Teamleiter/in Kundenservice (R-10482). Wir freuen uns, Sie zu unserem Assessment-Center einzuladen.

Dienstag, 12. Mai 2026, 08:30 bis ca. 16:00 Uhr
Limmat Telecom AG, Hardstrasse 219, 8005 Zürich (Empfang Erdgeschoss)

Der Tag umfasst eine Präsentation (10 Minuten, Thema folgt eine Woche vorher), ein Rollenspiel mit einem Mitarbeitenden, eine Gruppenübung und ein Gespräch mit der Leiterin Kundenservice. Das Mittagessen offerieren wir.

Die Kalendereinladung ist angehängt. Bitte bestätigen Sie Ihre Teilnahme bis 30. April.

Freundliche Grüsse
Nadine Imhof
HR Business Partner Customer Operations
Limmat Telecom AG | Hardstrasse 219 | 8005 Zürich
+41 44 556 12 38"""

add(dict(
    kind=INV, slug="limmat_assessment_center_ics_attached", lang="de", id="limmat_inv", parent="limmat_ack",
    company="Limmat Telecom", contact="nadine.imhof@limmattel.example.ch",
    sender=("Nadine Imhof", "nadine.imhof@limmattel.example.ch"),
    subject="Einladung Assessment-Center am 12. Mai",
    date="2026-04-20 13:27", cte="qp",
    text=_limmat_inv,
    ics=dict(method="REQUEST", uid=LIMMAT_UID, seq=0, start="2026-05-12 08:30", minutes=450,
             summary="Assessment-Center Teamleitung Kundenservice", inline=False,
             location="Limmat Telecom AG, Hardstrasse 219, 8005 Zürich",
             organizer=("Nadine Imhof", "nadine.imhof@limmattel.example.ch")),
))

add(dict(
    kind=INV, slug="brueckner_sets_up_rheintal_interview", lang="de", id="brueckner_inv", parent="brueckner_ack",
    company="Rheintal Versicherung", contact="jasmin.oertli@brueckner-personal.example.ch",
    sender=("Jasmin Oertli", "jasmin.oertli@brueckner-personal.example.ch"),
    subject="Vorstellungsgespräch bei der Rheintal Versicherung am 19. Februar",
    date="2026-02-10 16:05", cte="qp",
    text="""Hallo Herr Baumgartner-Osei

Gute Neuigkeiten: Die Rheintal Versicherung möchte Sie für die Teamleitung Schadenservice kennenlernen.

Termin: Donnerstag, 19. Februar, 14:00 Uhr
Ort: Rheintal Versicherung, Poststrasse 8, 9443 Widnau
Gesprächspartner: Herr Ivo Sonderegger (Leiter Schadenservice) und Frau Carla Lüchinger (HR)

Planen Sie etwa eine Stunde ein. Ich rufe Sie am Vortag noch an, um das Gespräch kurz vorzubereiten. Bitte bestätigen Sie mir den Termin per Mail oder Telefon.

Beste Grüsse
Jasmin Oertli
Senior Consultant Versicherungen & Finanzen

Brückner Personal AG
Vadianstrasse 25, 9000 St. Gallen
+41 71 511 62 90
""",
))

add(dict(
    kind=INV, slug="donaustrom_probetag_wien", lang="de", id="donaustrom_inv",
    company="Donaustrom Energie", contact="thomas.gruber@donaustrom.example.at",
    sender=("Thomas Gruber", "thomas.gruber@donaustrom.example.at"),
    subject="Einladung zum Probetag im Kundenservice-Center",
    date="2026-07-06 09:18", cte="b64",
    text="""Sehr geehrter Herr Baumgartner-Osei,

nach unserem guten Videogespräch möchten wir Sie zu einem Probetag nach Wien einladen. So können Sie das Team, unsere Abläufe und die Kundenhotline aus nächster Nähe kennenlernen – und wir Sie.

Wann: Donnerstag, 16. Juli 2026, 08:00 bis 15:00 Uhr
Wo: Donaustrom Energie GmbH, Kundenservice-Center, Wagramer Strasse 19, 1220 Wien
Ablauf: Mithören an der Hotline, Teamsitzung, Gespräch mit der Bereichsleitung

Reise- und Übernachtungskosten übernehmen wir. Unsere Assistenz bucht Ihnen gerne ein Hotel in der Nähe; geben Sie uns einfach Bescheid.

Mit freundlichen Grüssen
Thomas Gruber
Leiter Kundenservice
Donaustrom Energie GmbH
T +43 1 260 44 215
""",
))

add(dict(
    kind=INV, slug="gallusbus_first_interview", lang="de", id="gallus_inv", parent="gallus_ack",
    company="Gallus Bus", contact="patrick.eberle@gallusbus.example.ch",
    sender=("Eberle Patrick", "patrick.eberle@gallusbus.example.ch"),
    subject="Einladung zum Vorstellungsgespräch – Teamleiter/in Kundenzentrum",
    date="2026-04-21 11:50", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Besten Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Gespräch ein:

Dienstag, 28. April 2026, 15:00 Uhr
Gallus Bus AG, Verwaltung, St. Leonhard-Strasse 20, 9000 St. Gallen

Sie treffen mich und unsere Personalleiterin, Frau Brigitte Hälg. Bringen Sie bitte eine Kopie Ihres Führerausweises und allfällige Arbeitszeugnisse mit, die nicht im Dossier waren.

Bitte bestätigen Sie den Termin bis Freitag.

Freundliche Grüsse
Patrick Eberle
Leiter Kundenzentrum
Gallus Bus AG | St. Leonhard-Strasse 20 | 9000 St. Gallen
Direkt +41 71 243 19 55
""",
))

add(dict(
    kind=INV, slug="seerhein_softgarden_self_booking", lang="de", id="seerhein_inv",
    company="Seerhein Energie", contact="stefan.kuhn@seerhein-energie.example.de",
    sender=("Stefan Kuhn via softgarden", "noreply@softgarden.io"),
    reply_to=("Stefan Kuhn", "stefan.kuhn@seerhein-energie.example.de"),
    subject="Seerhein Energie: Bitte wählen Sie einen Termin für Ihr Interview",
    date="2026-03-23 14:02", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei,

vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice (m/w/d) in Konstanz. Wir möchten Sie gerne in einem Video-Interview (ca. 45 Minuten) näher kennenlernen.

Bitte buchen Sie über den folgenden Link einen passenden Termin zwischen dem 30. März und dem 3. April:
https://seerhein-energie.softgarden.io/interview/booking/8f2a61c0

Den Zugangslink zum Videoraum erhalten Sie nach der Buchung per E-Mail.

Bei Fragen antworten Sie einfach auf diese Nachricht.

Viele Grüsse
Stefan Kuhn
Recruiting, Seerhein Energie GmbH
""",
    wrap=lambda body: ats_card("Seerhein Energie", "#2e7d32", body + button(
        "https://seerhein-energie.softgarden.io/interview/booking/8f2a61c0", "Termin auswählen", "#2e7d32"),
        "Versendet über softgarden e-recruiting · Seerhein Energie GmbH, Reichenaustrasse 36, 78467 Konstanz"),
))

add(dict(
    kind=INV, slug="pfaender_casual_coffee_thursday", lang="de", id="pfaender_inv",
    company="Pfänder Telekom", contact="lukas.fink@pfaender-telekom.example.at",
    sender=("Lukas Fink", "lukas.fink@pfaender-telekom.example.at"),
    subject="Kaffee am Donnerstag?",
    date="2026-04-28 12:33", cte="8bit",
    text="""Hallo Reto,

danke für deine Bewerbung auf die Teamleitung Hotline – die HR hat sie mir weitergeleitet und ich hab sie gleich gelesen. Zugbegleiter und Kundenservice passt besser zusammen, als viele meinen.

Hast du am Donnerstag Zeit, auf einen Kaffee bei uns in Bregenz vorbeizukommen? Ganz locker, so gegen 16 Uhr, ich zeig dir auch kurz das Team. Wenn's nicht passt, telefonieren wir einfach.

Gib mir kurz Bescheid.
Lukas

--
Lukas Fink | Leiter Kundenhotline
Pfänder Telekom GmbH | Rheinstrasse 14 | 6900 Bregenz
+43 5574 21 880
""",
))

_kyburg_inv = """Sehr geehrter Herr Baumgartner-Osei

Gerne laden wir Sie zu einem Interview für die Stelle Teamleiter/in Kundenberatung ein. Das Gespräch findet per Microsoft Teams statt.

Mittwoch, 10. Juni 2026, 14:00–15:00 Uhr
Teilnehmende: Daniela Hug (HR), Martin Keller (Leiter Kundenberatung), Sabine Ott (Teamleiterin)

Microsoft Teams-Besprechung
Auf dem Computer oder in der mobilen App teilnehmen:
https://teams.example.com/l/meetup-join/19%3ameeting_kyburg0610

Freundliche Grüsse
Daniela Hug
HR Recruiting
Kyburg Versicherung AG
Technikumstrasse 30, 8400 Winterthur
Tel. +41 52 260 81 17"""

add(dict(
    kind=INV, slug="kyburg_teams_panel_outlook_ics", lang="de", id="kyburg_inv",
    company="Kyburg Versicherung", contact="daniela.hug@kyburg-vers.example.ch",
    sender=("Hug Daniela", "daniela.hug@kyburg-vers.example.ch"),
    subject="Interview Teamleiter/in Kundenberatung",
    date="2026-06-03 10:40", cte="qp",
    text=_kyburg_inv, html=outlook_html(mso(_kyburg_inv)),
    ics=dict(method="REQUEST", uid=KYBURG_UID, seq=0, start="2026-06-10 14:00", minutes=60,
             summary="Interview Teamleiter/in Kundenberatung – R. Baumgartner-Osei",
             location="Microsoft Teams-Besprechung",
             organizer=("Daniela Hug", "daniela.hug@kyburg-vers.example.ch")),
))

add(dict(
    kind=INV, slug="kanton_amt_gespraech_latin1", lang="de", id="amt_inv", parent="amt_ack",
    company="Amt für Bürgerdienste St. Gallen", contact="monika.gaehwiler@buergerdienste.sg.example.ch",
    sender=("Gähwiler Monika BD", "monika.gaehwiler@buergerdienste.sg.example.ch"),
    from_enc=("iso-8859-1", "Q"),
    subject="Einladung Vorstellungsgespräch Stelle 2026-114", charset="iso-8859-1", cte="qp",
    date="2026-09-16 15:10",
    text="""Sehr geehrter Herr Baumgartner-Osei

Wir freuen uns, Sie zu einem Vorstellungsgespräch für die Stelle 2026-114 "Teamleitung Schalter und Telefonie" einzuladen.

Datum: Dienstag, 29. September 2026
Zeit: 13:30 Uhr
Ort: Amt für Bürgerdienste, Davidstrasse 35, 9001 St. Gallen, 2. Stock, Zimmer 214

Das Gespräch dauert rund eine Stunde. Anwesend sind der Amtsleiter, Herr Reto Scherrer, und ich. Bitte melden Sie sich am Empfang im Erdgeschoss. Das Amt ist vom Bahnhof in etwa zehn Minuten zu Fuss erreichbar; Parkplätze stehen keine zur Verfügung.

Wir bitten Sie, uns den Termin bis am 22. September zu bestätigen.

Freundliche Grüsse

Monika Gähwiler
Leiterin Personaldienst
Kanton St. Gallen, Amt für Bürgerdienste
Tel. 058 229 71 40
""",
))

add(dict(
    kind=INV, slug="bodan_personio_assessment_booking", lang="de", id="bodan_inv",
    company="Bodan Versicherung", contact="katrin.ebner@bodan-versicherung.example.de",
    sender=("Bodan Versicherung", "no-reply@personio.de"),
    reply_to=("Katrin Ebner", "katrin.ebner@bodan-versicherung.example.de"),
    subject="Einladung zum Assessment-Tag – bitte Termin wählen",
    date="2026-05-05 09:00", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei,

wir freuen uns, Ihnen mitteilen zu können, dass Sie in die nächste Runde für die Position Teamleitung Kundenservice kommen.

Wir laden Sie zu unserem Assessment-Tag in Konstanz ein. Zur Auswahl stehen der 27. Mai und der 2. Juni, jeweils von 09:00 bis 15:30 Uhr. Bitte wählen Sie Ihr Datum hier aus:
https://bodan-versicherung.jobs.personio.de/appointments/3b9e4c

Der Tag besteht aus einer Fallstudie, einem Rollenspiel und einem Interview mit der Abteilungsleitung.

Mit freundlichen Grüssen
Katrin Ebner
Personalentwicklung, Bodan Versicherung AG
""",
    wrap=lambda body: ats_card("Bodan Versicherung", "#1565c0", body,
                               "Gesendet über Personio · Antworten gehen an Katrin Ebner"),
))

add(dict(
    kind=INV, slug="sitter_teamtailor_video_interview", lang="de", id="sitter_inv",
    company="Sitter Telecom", contact="marco.schefer@sitter-telecom.example.ch",
    sender=("Marco Schefer via Teamtailor", "no-reply@teamtailor-mail.com"),
    reply_to=("Marco Schefer", "marco.schefer@sitter-telecom.example.ch"),
    subject="Video-Interview bei Sitter Telecom", date="2026-01-15 13:45", cte="qp",
    text="""Hallo Reto

Vielen Dank für deine Bewerbung als Teamleiter Shop & Hotline. Wir würden dich gerne in einem Video-Interview kennenlernen.

Vorschlag: Mittwoch, 28. Januar, 10:00–10:45 Uhr, über Microsoft Teams. Den Link schicke ich dir mit der Bestätigung.

Passt dir das? Antworte einfach auf diese Mail.

Bis bald
Marco Schefer
Teamleiter Recruiting, Sitter Telecom AG
Zürcherstrasse 170, 9014 St. Gallen
""",
    wrap=lambda body: ats_card("Sitter Telecom", "#e91e63", body,
                               "Gesendet mit Teamtailor · Datenschutz · Profil verwalten"),
))

add(dict(
    kind=INV, slug="ringtel_reply_to_application_phone", lang="de", id="ringtel_inv",
    parent="ringtel_application", quote="gmail",
    company="Ringstrassen Telekom", contact="julia.pichler@ringtel.example.at",
    sender=("Julia Pichler", "julia.pichler@ringtel.example.at"),
    subject="AW: Bewerbung als Teamleiter Kundenservice – Reto Baumgartner-Osei",
    date="2026-02-09 11:05", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei,

danke für Ihre Bewerbung, die uns neugierig gemacht hat – ein Zugbegleiter aus der Schweiz, der nach Wien will, hat man nicht alle Tage.

Ich würde gerne ein telefonisches Erstgespräch mit Ihnen führen, etwa 30 Minuten. Wäre Mittwoch, 18. Februar, um 10:00 Uhr möglich? Ich rufe Sie dann auf der Nummer aus Ihrem Lebenslauf an.

Mit freundlichen Grüssen
Julia Pichler
Recruiting & Employer Branding
Ringstrassen Telekom GmbH
Schottenring 16, 1010 Wien
T +43 1 532 80 44
""",
))

# ================================================================ invitations: French (6)

_leman_inv = """Bonjour Monsieur Baumgartner-Osei,

Nous vous remercions pour votre candidature au poste de chef d'équipe Centre clients (80–100 %).

Nous avons le plaisir de vous inviter à un premier entretien par visioconférence (Microsoft Teams) :

Mercredi 4 février 2026, de 10h00 à 10h45
Avec : Chloé Favre (RH) et David Monnier (responsable Centre clients)

Le lien de connexion figure dans l'invitation ci-jointe. Merci de nous confirmer votre présence.

Meilleures salutations,

Chloé Favre
Spécialiste RH
Léman Rail SA
Avenue de la Gare 43, 1003 Lausanne
+41 21 533 18 20"""

add(dict(
    kind=INV, slug="leman_rail_teams_ics", lang="fr", id="leman_inv", parent="leman_ack",
    company="Léman Rail", contact="chloe.favre@lemanrail.example.ch",
    sender=("Chloé Favre", "chloe.favre@lemanrail.example.ch"),
    subject="Invitation à un entretien – Chef d'équipe Centre clients",
    date="2026-01-26 14:22", cte="qp",
    text=_leman_inv, html=outlook_html(mso(_leman_inv), lang="fr"),
    ics=dict(method="REQUEST", uid="leman-cc-entretien-0204@lemanrail.example.ch", seq=0,
             start="2026-02-04 10:00", minutes=45,
             summary="Entretien – Chef d'équipe Centre clients (R. Baumgartner-Osei)",
             location="Microsoft Teams",
             organizer=("Chloé Favre", "chloe.favre@lemanrail.example.ch")),
))

_lavaux_inv = """Bonjour Monsieur Baumgartner-Osei,

Votre candidature pour le poste de responsable d'équipe Relation membres a retenu toute notre attention. Nous souhaitons vous rencontrer lors d'un entretien avec un panel de trois personnes :

- Sophie Rochat, responsable recrutement
- Jean-Marc Pittet, chef du service Relation membres
- Laure Gilliéron, cheffe d'équipe Prestations

Date : mercredi 25 mars 2026, 14h00 – 15h30
Lieu : Mutuelle Lavaux SA, Avenue de la Gare 9, 1003 Lausanne, 3e étage

Une mise en situation de 15 minutes (gestion d'un appel difficile) fera partie de l'entretien.

Au plaisir de vous rencontrer,

Sophie Rochat
Responsable recrutement
Mutuelle Lavaux SA
+41 21 612 40 88"""

add(dict(
    kind=INV, slug="mutuelle_lavaux_panel_ics", lang="fr", id="lavaux_inv", parent="lavaux_ack",
    company="Mutuelle Lavaux", contact="sophie.rochat@mutuelle-lavaux.example.ch",
    sender=("Sophie Rochat", "sophie.rochat@mutuelle-lavaux.example.ch"),
    subject="Entretien pour le poste de responsable d'équipe Relation membres",
    date="2026-03-16 09:05", cte="qp",
    text=_lavaux_inv, html=simple_html(paras(_lavaux_inv), lang="fr"),
    ics=dict(method="REQUEST", uid=LAVAUX_UID, seq=0, start="2026-03-25 14:00", minutes=90,
             summary="Entretien panel – Responsable d'équipe Relation membres",
             location="Mutuelle Lavaux, Avenue de la Gare 9, Lausanne, 3e étage",
             organizer=("Sophie Rochat", "sophie.rochat@mutuelle-lavaux.example.ch")),
))

add(dict(
    kind=INV, slug="riponne_arranges_energie_ouchy", lang="fr", id="riponne_inv", parent="riponne_ack",
    company="Énergie Ouchy", contact="yann.dubois@placement-riponne.example.ch",
    sender=("Yann Dubois", "yann.dubois@placement-riponne.example.ch"),
    subject="Entretien chez Énergie Ouchy le jeudi 20 août",
    date="2026-08-12 17:15", cte="qp",
    text="""Salut Reto,

Comme promis, j'ai présenté ton dossier à Énergie Ouchy pour le poste de chef d'équipe du service clients, et ils veulent te voir !

Jeudi 20 août à 9h30
Énergie Ouchy SA, Chemin de Bellerive 11, 1007 Lausanne
Tu verras Mme Valérie Perrin (responsable service clients) et M. Olivier Roulet (RH).

Compte une heure environ. Prépare un exemple concret de conflit client que tu as désamorcé dans le train, ils adorent ce genre d'histoires. Je t'appelle mardi pour faire le point.

Tu me confirmes ?

Yann

Yann Dubois
Conseiller en personnel
Placement Riponne SA · Place de la Riponne 3 · 1005 Lausanne
+41 21 320 77 15
""",
))

add(dict(
    kind=INV, slug="sallaz_journee_evaluation_html", lang="fr", id="sallaz_inv",
    company="Sallaz Assurances", contact="aurelie.mottier@sallaz-assurances.example.ch",
    sender=("Aurélie Mottier", "aurelie.mottier@sallaz-assurances.example.ch"),
    subject="Invitation à notre journée d'évaluation du 31 août",
    date="2026-08-17 10:30", cte="b64",
    html=simple_html(paras("""Bonjour Monsieur,

Suite à l'examen de votre dossier pour le poste de chef d'équipe Service à la clientèle, nous avons le plaisir de vous convier à notre journée d'évaluation.

Lundi 31 août 2026, de 8h30 à 16h00
Sallaz Assurances SA, Route d'Oron 2, 1010 Lausanne

Au programme : exercice de priorisation, jeu de rôle avec un client mécontent, discussion de groupe et entretien individuel avec la direction du service.

Merci de confirmer votre participation d'ici au 24 août en répondant à ce courriel.

Cordialement,

Aurélie Mottier
Chargée de recrutement
Sallaz Assurances SA
+41 21 651 09 30"""), lang="fr"),
))

add(dict(
    kind=INV, slug="flon_casual_dispo_jeudi", lang="fr", id="flon_inv",
    company="Flon Mobilité", contact="karim.benali@flon-mobilite.example.ch",
    sender=("Karim Benali", "karim.benali@flon-mobilite.example.ch"),
    subject="Un café jeudi ?",
    date="2026-07-14 08:20", cte="8bit",
    text="""Salut Reto,

J'ai vu passer ta candidature pour le poste de responsable du guichet au Flon. Tu serais dispo jeudi pour qu'on en parle autour d'un café ? Vers 16h au kiosque de la place de l'Europe, ça joue ?

Sinon dis-moi ce qui t'arrange.

Karim
Chef d'équipe Vente & Information
Flon Mobilité SA
""",
))

add(dict(
    kind=INV, slug="ovac_entretien_telephonique", lang="fr", id="ovac_inv",
    company="Office vaudois de l'accueil citoyen", contact="isabelle.cuendet@ovac.vd.example.ch",
    sender=("Cuendet Isabelle (OVAC)", "isabelle.cuendet@ovac.vd.example.ch"),
    subject="Candidature – responsable d'équipe guichet : entretien téléphonique",
    date="2026-09-21 11:12", cte="qp",
    text="""Monsieur Baumgartner-Osei,

Nous accusons réception de votre candidature et souhaitons faire plus ample connaissance lors d'un entretien téléphonique d'environ 30 minutes.

Je vous propose le jeudi 1er octobre à 9h00. Je vous appellerai au numéro indiqué dans votre CV. Si cet horaire ne vous convient pas, merci de me proposer un autre créneau cette semaine-là.

Isabelle Cuendet
Cheffe de service adjointe
Office vaudois de l'accueil citoyen
Rue de la Paix 6 – 1014 Lausanne
021 316 42 70

Ce message et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
))

# ================================================================ invitations: English (4)

add(dict(
    kind=INV, slug="alpine_connect_greenhouse_scheduling_link", lang="en", id="alpine_inv", parent="alpine_ack",
    company="Alpine Connect", contact="jana.whitfield@alpineconnect.example.com",
    sender=("Alpine Connect via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Jana Whitfield", "jana.whitfield@alpineconnect.example.com"),
    subject="Interview invitation: Customer Care Team Lead (Zurich)",
    date="2026-06-22 15:31", cte="qp",
    text="""Hi Reto,

Thanks for your interest in the Customer Care Team Lead role. We'd love to set up a 45-minute video interview with Marco Bianchi, our Head of Customer Care, and me.

Please pick a time that works for you using the link below:
https://app.greenhouse.io/scheduling/alpineconnect/7fa3b21c

Once you've chosen a slot you'll receive a calendar invitation with the Zoom details.

Looking forward to speaking with you,
Jana Whitfield
Talent Partner, Alpine Connect
""",
    wrap=lambda body: simple_html(body + button(
        "https://app.greenhouse.io/scheduling/alpineconnect/7fa3b21c", "Choose a time", "#24a47f")
        + '\n<p style="font-size:11px;color:#999">Sent via Greenhouse</p>', lang="en"),
))

add(dict(
    kind=INV, slug="harbourview_lever_free_thursday", lang="en", id="harbourview_inv",
    company="Harbourview Telecom", contact="daniel.okafor@harbourview.example.at",
    sender=("Daniel Okafor from Harbourview", "no-reply@hire.lever.co"),
    reply_to=("Daniel Okafor", "daniel.okafor@harbourview.example.at"),
    subject="Quick chat about the Service Team Lead role?",
    date="2026-09-07 09:48", tz="+0200", cte="qp",
    text="""Hi Reto,

I lead recruiting for Harbourview's Vienna service hub and your application caught my eye - not many applicants manage a full train of unhappy passengers on a daily basis.

Are you free this Thursday (10 September) for a 30-minute phone call? Anytime between 9:00 and 12:00 Vienna time works on my side. Just reply with a slot and the best number to reach you.

Cheers,
Daniel Okafor
Senior Talent Acquisition Partner
Harbourview Telecom | Wiedner Gürtel 9, 1100 Vienna
""",
))

_crestline_inv = """Hello Reto,

Thanks for the good conversation with our recruiter last week. I'd like to invite you to a panel interview for the Customer Operations Team Lead position.

When: Thursday, 3 September 2026, 13:00-14:15 (Zurich time)
Where: Crestline Energy, Zurich office, Lagerstrasse 33, 8004 Zurich, 5th floor
Panel: Owen Marsh (Head of Customer Operations DACH), Leonie Frey (Billing Lead), Tom Ashworth (HR)

We'll ask you to walk us through one situation where you calmed down an escalated customer. No slides needed.

A calendar invitation is attached - please accept it so the room booking is confirmed.

Best,
Owen Marsh
Head of Customer Operations DACH
Crestline Energy | +41 44 585 12 70"""

add(dict(
    kind=INV, slug="crestline_panel_calendar_request", lang="en", id="crestline_inv",
    company="Crestline Energy", contact="owen.marsh@crestline-energy.example.com",
    sender=("Owen Marsh", "owen.marsh@crestline-energy.example.com"),
    subject="Panel interview - Customer Operations Team Lead",
    date="2026-08-25 11:20", cte="7bit",
    text=_crestline_inv,
    ics=dict(method="REQUEST", uid=CRESTLINE_UID, seq=0, start="2026-09-03 13:00", minutes=75,
             summary="Panel interview: Customer Operations Team Lead (R. Baumgartner-Osei)",
             location="Crestline Energy, Lagerstrasse 33, Zurich, 5th floor",
             organizer=("Owen Marsh", "owen.marsh@crestline-energy.example.com")),
))

add(dict(
    kind=INV, slug="meridian_arranges_trelling_interview", lang="en", id="meridian_inv", parent="meridian_ack",
    company="Trelling Rail Services", contact="priya.nandakumar@meridiansearch.example.co.uk",
    sender=("Priya Nandakumar", "priya.nandakumar@meridiansearch.example.co.uk"),
    subject="Interview with Trelling Rail Services - 13 May",
    date="2026-05-06 16:40", tz="+0100", cte="qp",
    text="""Hello Reto,

Good news - Trelling Rail Services would like to meet you for the Passenger Services Team Lead role in Zurich.

Details:
- Wednesday 13 May, 11:00 CEST
- Trelling Rail Services, Zollstrasse 20, 8005 Zurich (ask for Sarah Kohler at reception)
- Interviewers: Sarah Kohler (Operations Director) and Beat Meier (HR Manager)
- Duration: about an hour

They'll be keen to hear how you'd handle disruption days with a team of 15 agents. Shall we have a quick prep call on Monday at 17:00?

Please confirm and I'll let them know.

Kind regards,
Priya

Priya Nandakumar
Principal Consultant, Transport & Utilities
Meridian Search Partners
+44 20 7946 0321
""",
))

# ================================================================ invitations: Spanish (3)

_tibidabo_inv = """Hola Reto:

Gracias por tu candidatura para el puesto de Jefe/a de Equipo de Atención al Cliente. Nos gustaría conocerte en una entrevista presencial en nuestras oficinas.

Fecha: jueves 21 de mayo de 2026
Hora: 10:30
Lugar: Seguros Tibidabo, Avinguda Diagonal 520, 6.ª planta, 08006 Barcelona
Con: Marta Puig (Selección) y Albert Soler (Director de Atención al Cliente)

La entrevista durará unos 60 minutos. Por favor, confírmanos tu asistencia respondiendo a este correo.

Un saludo,
Marta Puig
Técnica de Selección
Seguros Tibidabo
+34 932 41 77 60"""

add(dict(
    kind=INV, slug="tibidabo_entrevista_presencial", lang="es", id="tibidabo_inv", parent="tibidabo_ack",
    company="Seguros Tibidabo", contact="marta.puig@segurostibidabo.example.es",
    sender=("Marta Puig", "marta.puig@segurostibidabo.example.es"),
    subject="Entrevista para Jefe/a de Equipo de Atención al Cliente",
    date="2026-05-14 12:15", cte="qp",
    text=_tibidabo_inv, html=simple_html(paras(_tibidabo_inv), lang="es"),
))

add(dict(
    kind=INV, slug="talento_rambla_cliente_besos", lang="es", id="besos_inv",
    company="Aguas y Energía del Besòs", contact="jordi.serra@talentorambla.example.es",
    sender=("Jordi Serra", "jordi.serra@talentorambla.example.es"),
    subject="Entrevista con Aguas y Energía del Besòs",
    date="2026-07-20 10:05", cte="qp",
    text="""Hola Reto:

¡Buenas noticias! Aguas y Energía del Besòs quiere entrevistarte para la coordinación del equipo de atención telefónica.

- Lunes 27 de julio, 16:00 h
- Por Microsoft Teams (te llegará el enlace de su parte)
- Con Carmen Ortega, directora de Clientes, y alguien de Recursos Humanos

Será en castellano, aunque quizás te hagan alguna pregunta en inglés. Si te parece, hablamos el viernes para prepararla.

¿Me confirmas?

Un abrazo,
Jordi Serra
Consultor sénior
Talento Rambla Consultores
+34 933 18 44 07
""",
))

add(dict(
    kind=INV, slug="montjuic_recruitee_elige_hora", lang="es", id="montjuic_inv",
    company="Energía Montjuïc", contact="",
    sender=("Energía Montjuïc", "no-reply@jobs.recruitee.com"),
    subject="Elige la hora de tu entrevista con Energía Montjuïc",
    subject_enc=("utf-8", "B"),
    date="2026-09-14 08:00", tz="+0000", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Reto:

Has pasado a la fase de entrevistas para el puesto de Responsable de equipo – Atención al cliente.

Reserva una videollamada de 40 minutos con Pau Ferrer, Responsable de Clientes, en el horario que mejor te venga:
https://energiamontjuic.recruitee.com/o/responsable-equipo-atencion/interview/5d81

Los huecos disponibles son del 21 al 25 de septiembre.

Saludos,
Equipo de Personas – Energía Montjuïc

Este es un mensaje automático enviado a través de Recruitee.
""",
    wrap=lambda body: ats_card("Energía Montjuïc", "#f9a825", body,
                               "Enviado con Recruitee · No respondas a este mensaje.", lang="es"),
))

# ================================================================ reschedules / cancellations (15)

_ostwind_move = """Guten Tag Herr Baumgartner-Osei

Leider müssen wir unser Gespräch vom Dienstag, 3. März, verschieben: Herr Näf ist an diesem Vormittag kurzfristig an eine Krisensitzung zum Fahrplanwechsel aufgeboten worden.

Neu schlagen wir Ihnen vor:
Donnerstag, 5. März 2026, 14:00 bis ca. 15:15 Uhr
gleicher Ort (Bahnhofplatz 2, Sitzungszimmer Säntis)

Die Kalendereinladung ist entsprechend aktualisiert. Ich hoffe, der neue Termin passt Ihnen.

Freundliche Grüsse

""" + OSTWIND_SIG

add(dict(
    kind=RES, slug="ostwind_moved_sequence_bump", lang="de", id="ostwind_move", parent="ostwind_inv",
    company="Ostwind Bahn", contact="sandra.kaelin@ostwindbahn.example.ch",
    sender=("Sandra Kälin", "sandra.kaelin@ostwindbahn.example.ch"),
    subject="Aktualisiert: Vorstellungsgespräch – neuer Termin 5. März",
    date="2026-02-24 08:55", cte="qp",
    text=_ostwind_move, html=outlook_html(mso(_ostwind_move)),
    ics=dict(method="REQUEST", uid=OSTWIND_UID, seq=1, start="2026-03-05 14:00", minutes=75,
             summary="Vorstellungsgespräch Reto Baumgartner-Osei – Teamleitung Kundencenter",
             location="Ostwind Bahn AG, Bahnhofplatz 2, St. Gallen, Sitzungszimmer Säntis",
             organizer=("Sandra Kälin", "sandra.kaelin@ostwindbahn.example.ch")),
))

add(dict(
    kind=RES, slug="saentis_interviewer_ill_new_date", lang="de", id="saentis_move",
    parent="saentis_inv", quote="gmail",
    company="Säntis Versicherungen", contact="mirjam.frei@saentis-vers.example.ch",
    sender=("Mirjam Frei", "mirjam.frei@saentis-vers.example.ch"),
    subject="Re: Ihre Bewerbung als Teamleiter Kundendienst – kurzes Telefonat?",
    date="2026-03-18 17:22", cte="qp",
    text="""Guten Abend Herr Baumgartner-Osei

Nach unserem Telefonat hatten wir das Gespräch mit Herrn Zünd auf Freitag, 20. März, 10:00 Uhr angesetzt. Herr Zünd ist leider krank geworden und fällt voraussichtlich bis Ende Woche aus.

Können wir das Gespräch auf Freitag, 27. März, 10:00 Uhr verschieben? Ort bleibt die Unterstrasse 15, Empfang 1. Stock. Falls das nicht geht, finden wir eine andere Lösung.

Entschuldigen Sie die Umstände.

Freundliche Grüsse
Mirjam Frei
Talent Acquisition
Säntis Versicherungen AG
+41 71 227 63 41
""",
))

add(dict(
    kind=RES, slug="limmat_assessment_method_cancel", lang="de", id="limmat_cancel", parent="limmat_inv",
    company="Limmat Telecom", contact="nadine.imhof@limmattel.example.ch",
    sender=("Nadine Imhof", "nadine.imhof@limmattel.example.ch"),
    subject="Abgesagt: Assessment-Center Teamleitung Kundenservice",
    date="2026-05-06 16:48", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Ich muss Ihnen leider mitteilen, dass das Assessment-Center vom 12. Mai nicht stattfinden kann. Wegen einer laufenden Reorganisation im Kundenservice sind die Beobachterinnen und Beobachter an diesem Tag nicht verfügbar.

Das ist keine Absage Ihrer Bewerbung. Sobald die neue Struktur steht, melde ich mich mit einem Ersatzdatum bei Ihnen.

Danke für Ihr Verständnis.

Freundliche Grüsse
Nadine Imhof
HR Business Partner Customer Operations
Limmat Telecom AG
""",
    ics=dict(method="CANCEL", uid=LIMMAT_UID, seq=1, start="2026-05-12 08:30", minutes=450,
             summary="Abgesagt: Assessment-Center Teamleitung Kundenservice",
             location="Limmat Telecom AG, Hardstrasse 219, 8005 Zürich",
             organizer=("Nadine Imhof", "nadine.imhof@limmattel.example.ch")),
))

add(dict(
    kind=RES, slug="kyburg_moved_after_candidate_request", lang="de", id="kyburg_move",
    parent="kyburg_request", quote="gmail",
    company="Kyburg Versicherung", contact="daniela.hug@kyburg-vers.example.ch",
    sender=("Hug Daniela", "daniela.hug@kyburg-vers.example.ch"),
    subject="AW: Interview Teamleiter/in Kundenberatung – Verschiebung möglich?",
    date="2026-06-08 09:14", cte="qp",
    text="""Guten Morgen Herr Baumgartner-Osei

Kein Problem, Dienstpläne kennen wir auch. Wir verschieben das Interview auf

Dienstag, 16. Juni 2026, 14:00–15:00 Uhr (Microsoft Teams, gleicher Link)

Die aktualisierte Einladung kommt mit dieser Mail.

Freundliche Grüsse
Daniela Hug
HR Recruiting, Kyburg Versicherung AG
""",
    ics=dict(method="REQUEST", uid=KYBURG_UID, seq=1, start="2026-06-16 14:00", minutes=60,
             summary="Interview Teamleiter/in Kundenberatung – R. Baumgartner-Osei",
             location="Microsoft Teams-Besprechung",
             organizer=("Daniela Hug", "daniela.hug@kyburg-vers.example.ch")),
))

add(dict(
    kind=RES, slug="donaustrom_probetag_verschoben", lang="de", id="donaustrom_move", parent="donaustrom_inv",
    company="Donaustrom Energie", contact="sabine.hackl@donaustrom.example.at",
    sender=("Thomas Gruber", "thomas.gruber@donaustrom.example.at"),
    reply_to=("Sabine Hackl", "sabine.hackl@donaustrom.example.at"),
    subject="Probetag: Verschiebung auf 23. Juli",
    date="2026-07-13 14:37", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei,

wegen einer Systemumstellung in unserem Kundenservice-Center ist der 16. Juli für einen Probetag leider ungeeignet – die Hotline läuft an diesem Tag im Notbetrieb.

Wir verlegen Ihren Probetag deshalb auf Donnerstag, 23. Juli, gleiche Zeit und gleicher Ort. Meine Assistentin, Frau Sabine Hackl, kümmert sich um die Umbuchung Ihres Hotels; Antworten zu dieser Mail gehen direkt an sie.

Mit freundlichen Grüssen
Thomas Gruber
Leiter Kundenservice
Donaustrom Energie GmbH
""",
))

add(dict(
    kind=RES, slug="brueckner_client_postpones", lang="de", id="brueckner_move", parent="brueckner_inv",
    company="Rheintal Versicherung", contact="jasmin.oertli@brueckner-personal.example.ch",
    sender=("Jasmin Oertli", "jasmin.oertli@brueckner-personal.example.ch"),
    subject="Terminänderung Rheintal Versicherung",
    date="2026-02-16 13:02", cte="qp",
    text="""Hallo Herr Baumgartner-Osei

Kurze Info: Herr Sonderegger muss am Donnerstag an eine Verwaltungsratssitzung. Die Rheintal Versicherung hat das Gespräch deshalb auf Donnerstag, 26. Februar, 10:00 Uhr verschoben. Ort und Gesprächspartner bleiben gleich (Poststrasse 8, Widnau).

Bitte geben Sie mir kurz Bescheid, ob das für Sie passt – ich habe gesehen, dass Sie an dem Tag eventuell Frühdienst haben.

Beste Grüsse
Jasmin Oertli
Brückner Personal AG
+41 71 511 62 90
""",
))

add(dict(
    kind=RES, slug="sitter_cancels_tomorrow_outlook", lang="de", id="sitter_cancel", parent="sitter_inv",
    company="Sitter Telecom", contact="marco.schefer@sitter-telecom.example.ch",
    sender=("Marco Schefer", "marco.schefer@sitter-telecom.example.ch"),
    subject="Unser Termin morgen",
    date="2026-01-27 17:55", cte="qp",
    html=outlook_html(mso("""Hallo Reto

Unser Video-Interview von morgen, 10:00 Uhr, muss ich leider absagen. Bei uns ist heute eine grössere Netzstörung aufgetreten, und die ganze Shop- und Hotline-Leitung steckt mindestens bis Ende Woche in der Bewältigung.

Deine Bewerbung bleibt selbstverständlich im Prozess. Ich melde mich nächste Woche mit neuen Terminvorschlägen.

Sorry für die kurzfristige Absage!

Marco Schefer
Teamleiter Recruiting
Sitter Telecom AG | Zürcherstrasse 170 | 9014 St. Gallen
T +41 71 272 45 03""")),
))

add(dict(
    kind=RES, slug="lavaux_panel_moved_ics_seq1", lang="fr", id="lavaux_move", parent="lavaux_inv",
    company="Mutuelle Lavaux", contact="sophie.rochat@mutuelle-lavaux.example.ch",
    sender=("Sophie Rochat", "sophie.rochat@mutuelle-lavaux.example.ch"),
    subject="Mise à jour : entretien déplacé au mercredi 1er avril",
    date="2026-03-20 11:48", cte="qp",
    text="""Bonjour Monsieur Baumgartner-Osei,

Nous devons malheureusement déplacer votre entretien du 25 mars : M. Pittet sera retenu par la clôture trimestrielle ce jour-là.

Nouvelle date : mercredi 1er avril 2026, de 14h00 à 15h30, même lieu et même panel.

L'invitation de calendrier a été mise à jour. Merci de nous confirmer que ce nouveau créneau vous convient.

Sophie Rochat
Responsable recrutement
Mutuelle Lavaux SA
""",
    ics=dict(method="REQUEST", uid=LAVAUX_UID, seq=1, start="2026-04-01 14:00", minutes=90,
             summary="Entretien panel – Responsable d'équipe Relation membres",
             location="Mutuelle Lavaux, Avenue de la Gare 9, Lausanne, 3e étage",
             organizer=("Sophie Rochat", "sophie.rochat@mutuelle-lavaux.example.ch")),
))

add(dict(
    kind=RES, slug="sallaz_journee_reportee", lang="fr", id="sallaz_move", parent="sallaz_inv",
    company="Sallaz Assurances", contact="aurelie.mottier@sallaz-assurances.example.ch",
    sender=("Aurélie Mottier", "aurelie.mottier@sallaz-assurances.example.ch"),
    subject="Report de la journée d'évaluation au 10 septembre",
    date="2026-08-24 15:05", charset="iso-8859-1", cte="qp",
    text="""Bonjour Monsieur,

Trop peu de participants ont pu confirmer leur venue pour le 31 août. Nous avons donc décidé de reporter la journée d'évaluation au jeudi 10 septembre 2026, de 8h30 à 16h00, à la même adresse.

Le programme reste inchangé. Pourriez-vous nous confirmer votre présence à cette nouvelle date ?

Cordialement,

Aurélie Mottier
Chargée de recrutement
Sallaz Assurances SA
""",
))

add(dict(
    kind=RES, slug="ovac_entretien_annule_maladie", lang="fr", id="ovac_cancel", parent="ovac_inv",
    company="Office vaudois de l'accueil citoyen", contact="marc.chappuis@ovac.vd.example.ch",
    sender=("Chappuis Marc (OVAC)", "marc.chappuis@ovac.vd.example.ch"),
    subject="Annulation de l'entretien téléphonique du 1er octobre",
    date="2026-09-30 16:40", cte="qp",
    text="""Monsieur,

Mme Cuendet est malade et ne pourra pas vous appeler demain à 9h00 comme prévu. L'entretien téléphonique est donc annulé.

Elle reprendra contact avec vous dès son retour pour convenir d'une nouvelle date. Votre candidature reste bien entendu en cours d'examen.

Avec nos excuses,

Marc Chappuis
Collaborateur RH
Office vaudois de l'accueil citoyen
021 316 42 71
""",
))

add(dict(
    kind=RES, slug="riponne_ouchy_deplace", lang="fr", id="riponne_move", parent="riponne_inv",
    company="Énergie Ouchy", contact="yann.dubois@placement-riponne.example.ch",
    sender=("Yann Dubois", "yann.dubois@placement-riponne.example.ch"),
    subject="Énergie Ouchy : entretien décalé à mardi",
    date="2026-08-18 12:10", cte="qp",
    text="""Salut Reto,

Petit changement : Mme Perrin doit remplacer une collègue jeudi, du coup Énergie Ouchy propose de décaler ton entretien au mardi 25 août à 14h00, même adresse.

Ça te va ? Si oui je confirme de mon côté.

Yann
Placement Riponne SA · +41 21 320 77 15
""",
))

add(dict(
    kind=RES, slug="crestline_method_cancel_new_slot_soon", lang="en", id="crestline_cancel", parent="crestline_inv",
    company="Crestline Energy", contact="owen.marsh@crestline-energy.example.com",
    sender=("Owen Marsh", "owen.marsh@crestline-energy.example.com"),
    subject="Canceled: Panel interview: Customer Operations Team Lead (R. Baumgartner-Osei)",
    date="2026-09-02 18:03", cte="qp",
    text="""Reto,

I'm sorry to pull this at short notice: two of the three panel members are stuck at our Frankfurt office tomorrow, so I'm cancelling Thursday's panel.

You're still very much in the process. Tom from HR will send you two or three new options for the week of 14 September.

Best,
Owen
""",
    ics=dict(method="CANCEL", uid=CRESTLINE_UID, seq=1, start="2026-09-03 13:00", minutes=75,
             summary="Canceled: Panel interview: Customer Operations Team Lead (R. Baumgartner-Osei)",
             location="Crestline Energy, Lagerstrasse 33, Zurich, 5th floor",
             organizer=("Owen Marsh", "owen.marsh@crestline-energy.example.com")),
))

add(dict(
    kind=RES, slug="harbourview_moves_call_to_friday", lang="en", id="harbourview_move", parent="harbourview_inv",
    company="Harbourview Telecom", contact="daniel.okafor@harbourview.example.at",
    sender=("Daniel Okafor", "daniel.okafor@harbourview.example.at"),
    subject="Re: Quick chat about the Service Team Lead role?",
    date="2026-09-09 16:26", cte="qp",
    text="""Hi Reto,

Apologies - I've just been pulled into an all-day workshop tomorrow. Could we move our call from Thursday 10:30 to Friday 11 September at 11:00 Vienna time? Same number.

If Friday doesn't work, send me two alternatives for next week.

Thanks for your flexibility,
Daniel

Daniel Okafor | Senior Talent Acquisition Partner | Harbourview Telecom
""",
))

add(dict(
    kind=RES, slug="tibidabo_cambio_hora_tras_peticion", lang="es", id="tibidabo_move",
    parent="tibidabo_request", quote="outlook",
    company="Seguros Tibidabo", contact="marta.puig@segurostibidabo.example.es",
    sender=("Marta Puig", "marta.puig@segurostibidabo.example.es"),
    subject="RE: Entrevista para Jefe/a de Equipo de Atención al Cliente",
    date="2026-05-15 17:10", cte="qp",
    text="""Hola Reto:

Sin problema. Hemos movido la entrevista al viernes 22 de mayo a las 12:00, en el mismo sitio (Diagonal 520, 6.ª planta). Albert Soler también puede a esa hora.

Si tu vuelo se retrasa, avísame con un mensaje al +34 932 41 77 60.

Un saludo,
Marta
""",
))

add(dict(
    kind=RES, slug="talento_rambla_besos_aplaza", lang="es", id="besos_move", parent="besos_inv",
    company="Aguas y Energía del Besòs", contact="jordi.serra@talentorambla.example.es",
    sender=("Jordi Serra", "jordi.serra@talentorambla.example.es"),
    subject="Cambio en la entrevista con el Besòs",
    date="2026-07-24 13:20", cte="8bit",
    text="""Hola Reto:

Me acaban de llamar de Aguas y Energía del Besòs: Carmen Ortega tiene una auditoría el lunes y prefieren aplazar la entrevista al lunes 3 de agosto a la misma hora (16:00 h, por Teams). El enlace nuevo te lo mandan ellos.

¿Te viene bien?

Un abrazo,
Jordi
""",
))

# ================================================================ missed-interview notices (10)

add(dict(
    kind=MIS, slug="kyburg_waited_on_teams", lang="de", id="kyburg_missed", parent="kyburg_move",
    company="Kyburg Versicherung", contact="daniela.hug@kyburg-vers.example.ch",
    sender=("Hug Daniela", "daniela.hug@kyburg-vers.example.ch"),
    subject="Unser Interview heute um 14:00 Uhr",
    date="2026-06-16 14:38", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Wir haben heute um 14:00 Uhr zu dritt auf Teams auf Sie gewartet, Sie sind jedoch nicht in die Besprechung gekommen. Auch telefonisch konnte ich Sie nicht erreichen.

Ich hoffe, es ist nichts passiert. Bitte melden Sie sich bis Ende Woche bei mir, damit wir gemeinsam klären können, wie es weitergeht.

Freundliche Grüsse
Daniela Hug
HR Recruiting, Kyburg Versicherung AG
Tel. +41 52 260 81 17
""",
))

add(dict(
    kind=MIS, slug="ringtel_called_twice", lang="de", id="ringtel_missed", parent="ringtel_inv",
    company="Ringstrassen Telekom", contact="julia.pichler@ringtel.example.at",
    sender=("Julia Pichler", "julia.pichler@ringtel.example.at"),
    subject="Unser Telefontermin um 10:00 Uhr",
    date="2026-02-18 10:32", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei,

ich habe Sie heute um 10:00 Uhr wie vereinbart angerufen, und um 10:10 Uhr noch ein zweites Mal – leider ohne Erfolg, beide Male meldete sich nur die Mobilbox.

Falls etwas dazwischengekommen ist: Schreiben Sie mir bitte, wann Sie diese oder nächste Woche erreichbar sind.

Mit freundlichen Grüssen
Julia Pichler
Ringstrassen Telekom GmbH
T +43 1 532 80 44
""",
))

add(dict(
    kind=MIS, slug="seerhein_empty_video_room_softgarden", lang="de", id="seerhein_missed", parent="seerhein_inv",
    company="Seerhein Energie", contact="stefan.kuhn@seerhein-energie.example.de",
    sender=("Stefan Kuhn via softgarden", "noreply@softgarden.io"),
    reply_to=("Stefan Kuhn", "stefan.kuhn@seerhein-energie.example.de"),
    subject="Ihr Video-Interview heute um 09:00 Uhr",
    date="2026-04-01 09:48", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei,

Sie hatten über softgarden das Video-Interview für heute, 09:00 Uhr, gebucht. Unsere Abteilungsleiterin und ich waren im virtuellen Raum, Sie haben sich jedoch nicht eingewählt.

Vielleicht gab es technische Probleme? Antworten Sie bitte auf diese Nachricht, falls Sie weiterhin Interesse an der Stelle haben.

Viele Grüsse
Stefan Kuhn
Recruiting, Seerhein Energie GmbH
""",
))

add(dict(
    kind=MIS, slug="brueckner_client_waited_in_widnau", lang="de", id="brueckner_missed", parent="brueckner_move",
    company="Rheintal Versicherung", contact="jasmin.oertli@brueckner-personal.example.ch",
    sender=("Jasmin Oertli", "jasmin.oertli@brueckner-personal.example.ch"),
    subject="Dringend: Termin Rheintal Versicherung heute 10 Uhr",
    date="2026-02-26 10:41", cte="qp",
    text="""Hallo Herr Baumgartner-Osei

Herr Sonderegger hat mich eben angerufen: Er und Frau Lüchinger haben heute um 10 Uhr in Widnau auf Sie gewartet, Sie sind aber nicht erschienen. Ich habe Sie zweimal auf dem Handy zu erreichen versucht.

Bitte rufen Sie mich so rasch wie möglich zurück, damit ich dem Kunden eine Erklärung geben kann.

Jasmin Oertli
Brückner Personal AG
+41 71 511 62 90
""",
))

add(dict(
    kind=MIS, slug="alpstein_zoom_room_waited", lang="de", id="alpstein_missed",
    company="Alpstein Energie", contact="simone.rueegg@alpstein-energie.example.ch",
    sender=("Simone Rüegg", "simone.rueegg@alpstein-energie.example.ch"),
    subject="Videogespräch von heute 15:00",
    date="2026-05-20 15:36", cte="b64",
    text="""Grüezi Herr Baumgartner-Osei

Ich war heute ab 15:00 Uhr im Zoom-Raum und habe rund 20 Minuten auf Sie gewartet. Leider sind Sie nicht dazugekommen, und eine Nachricht habe ich auch nicht erhalten.

Wenn Sie nach wie vor an der Teamleitung Kundenservice interessiert sind, melden Sie sich bitte bis Freitag bei mir.

Freundliche Grüsse
Simone Rüegg
HR-Fachfrau
Alpstein Energie AG | Kasernenstrasse 4 | 9100 Herisau
+41 71 353 20 64
""",
))

add(dict(
    kind=MIS, slug="leman_rail_attendu_sur_teams", lang="fr", id="leman_missed", parent="leman_inv",
    company="Léman Rail", contact="chloe.favre@lemanrail.example.ch",
    sender=("Chloé Favre", "chloe.favre@lemanrail.example.ch"),
    subject="Entretien de ce matin",
    date="2026-02-04 10:38", cte="qp",
    text="""Bonjour Monsieur Baumgartner-Osei,

Nous vous avons attendu sur Teams ce matin à 10h00, M. Monnier et moi, jusqu'à 10h20. Vous ne vous êtes pas connecté et nous n'avons pas réussi à vous joindre par téléphone.

Pourriez-vous nous dire ce qui s'est passé ?

Meilleures salutations,
Chloé Favre
Spécialiste RH, Léman Rail SA
""",
))

add(dict(
    kind=MIS, slug="sallaz_absent_journee_evaluation", lang="fr", id="sallaz_missed", parent="sallaz_move",
    company="Sallaz Assurances", contact="aurelie.mottier@sallaz-assurances.example.ch",
    sender=("Aurélie Mottier", "aurelie.mottier@sallaz-assurances.example.ch"),
    subject="Votre absence à la journée d'évaluation",
    date="2026-09-10 09:52", cte="qp",
    text="""Bonjour Monsieur,

La journée d'évaluation a commencé ce matin à 8h30 et nous constatons que vous n'êtes pas présent. Nous avons essayé de vous appeler à 8h45, sans succès.

Si vous avez eu un empêchement, merci de nous le faire savoir rapidement. Sans nouvelles de votre part, nous ne pourrons pas poursuivre le processus.

Cordialement,
Aurélie Mottier
Chargée de recrutement, Sallaz Assurances SA
+41 21 651 09 30
""",
))

add(dict(
    kind=MIS, slug="alpine_connect_waited_on_zoom", lang="en", id="alpine_missed", parent="alpine_inv",
    company="Alpine Connect", contact="jana.whitfield@alpineconnect.example.com",
    sender=("Alpine Connect via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Jana Whitfield", "jana.whitfield@alpineconnect.example.com"),
    subject="We missed you today",
    date="2026-07-02 14:31", cte="qp",
    text="""Hi Reto,

Marco and I waited on Zoom for your 14:00 interview today but didn't see you join. I also tried your mobile at 14:10.

Could you let me know if everything's alright and whether you'd still like to be considered?

Thanks,
Jana Whitfield
Talent Partner, Alpine Connect
""",
))

add(dict(
    kind=MIS, slug="kestrel_tried_calling_twice", lang="en",
    company="Kestrel Energy Services", contact="ruth.calloway@kestrel-energy.example.com",
    sender=("Ruth Calloway", "ruth.calloway@kestrel-energy.example.com"),
    subject="Our call at 10:00",
    date="2026-08-04 10:24", cte="qp",
    text="""Hello Reto,

I tried calling you twice at 10:00 CET for our screening call, on the +41 79 number from your CV, but it went straight to voicemail both times.

No problem if something came up - just reply with a couple of times that suit you this week and I'll try again.

Kind regards,
Ruth Calloway
Recruitment Lead, Kestrel Energy Services
Zurich | +41 44 508 31 90
""",
))

add(dict(
    kind=MIS, slug="diagonal_no_contactamos_llamada", lang="es", id="diagonal_missed",
    company="Telefonía Diagonal", contact="laura.vidal@teldiagonal.example.es",
    sender=("Laura Vidal", "laura.vidal@teldiagonal.example.es"),
    subject="Llamada de hoy a las 10:00",
    date="2026-03-31 10:29", cte="qp",
    text="""Hola Reto:

Hoy te hemos llamado dos veces a las 10:00, tal como habíamos quedado para la entrevista telefónica, pero no hemos podido contactar contigo.

Si sigues interesado en el puesto, respóndeme a este correo antes del jueves.

Un saludo,
Laura Vidal
Selección – Telefonía Diagonal
""",
))
