"""Corpus 170: interview invitations, reschedules / cancellations and missed-interview notices.
Hand-written, blind. Each spec is one message."""

from __future__ import annotations

from msgs170_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    mso,
    outlook_block,
    paras,
    quote,
    reply_chain,
    word_html,
    wrote,
)

# ---------------------------------------------------------------------------- people

SABINE = ("Sabine Häberle", "sabine.haeberle@kolbenwerk-neckar.example.de")
SABINE_SIG = """Sabine Häberle
Personalreferentin Vertrieb & Aftermarket
Kolbenwerk Neckar GmbH
Augsburger Straße 412 · 70327 Stuttgart-Untertürkheim
Telefon +49 711 5550 4418 · Mobil +49 160 5550 7712"""
KOLBENWERK_LEGAL = """--
Kolbenwerk Neckar GmbH · Sitz Stuttgart · Registergericht Amtsgericht Stuttgart HRB 700000
Geschäftsführung: Dr. Ulrike Zaiß, Markus Eberspächer-Lutz
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene
Empfänger sein, informieren Sie bitte den Absender und löschen Sie die Nachricht. Das
unerlaubte Kopieren oder Weitergeben ist nicht gestattet."""

ANNA = ("Anna Berger-Lindqvist", "anna.berger@isartal-mobility.example.de")
ANNA_SIG = """Anna Berger-Lindqvist
Talent Acquisition Partner
Isartal Mobility Systems GmbH · Lilienthalallee 27 · 80939 München
+49 89 5550 3190"""

TANJA = ("Tanja Wörner", "t.woerner@neckarpersonal.example.de")
TANJA_SIG = """Tanja Wörner
Personaldisponentin · Niederlassung Ulm
Neckarpersonal GmbH – Zeitarbeit & Personalvermittlung
Olgastraße 118 · 89073 Ulm
Tel. 0731 5550 2240"""

RAUCH = ("Maximilian Rauch", "m.rauch@kessler-rauch.example.de")
RAUCH_SIG = """Maximilian Rauch
Partner · Automotive & Industrial
Kessler & Rauch Executive Search GmbH
Maximiliansplatz 9 · 80333 München
T +49 89 5550 8801 · M +49 172 5550 1966"""

VERENA = ("Verena Pichler", "verena.pichler@traunstahl.example.at")
VERENA_SIG = """Mag. Verena Pichler
HR Business Partner Vertrieb
Traunstahl Komponenten GmbH
Wiener Straße 301 · 4020 Linz · Österreich
T +43 732 5550 617"""

RETO = ("Reto Hürlimann", "reto.huerlimann@limmat-pruef.example.ch")
RETO_SIG = """Reto Hürlimann
Leiter Verkauf Prüfsysteme
Limmat Prüftechnik AG
Hohlstrasse 560 · 8048 Zürich
+41 44 555 37 20"""

ACHIM = ("Achim Schwarz", "achim.schwarz@remstal-teile.example.de")
DANIEL = ("Daniel Ochs", "daniel.ochs@rheinhafen-hydraulik.example.de")
DANIEL_SIG = """Daniel Ochs
Teamleiter Vertriebsinnendienst
Rheinhafen Hydraulik GmbH
Werftstraße 14 · 76189 Karlsruhe
Tel. +49 721 5550 9130"""

CORINNE = ("Corinne Baumann", "corinne.baumann@glattal-dichtung.example.ch")
CORINNE_SIG = """Corinne Baumann
HR-Fachfrau
Glattal Dichtungstechnik AG
Ringstrasse 44 · 8600 Dübendorf
Tel. +41 44 555 81 09"""

STEFAN = ("Stefan Leitner", "stefan.leitner@poestlingberg-antriebe.example.at")
HOLGER = ("Holger Brändle", "holger.braendle@wendlinger-lenksysteme.example.de")
MELANIE = ("Melanie Dürr", "melanie.duerr@filderwerk.example.de")
GIULIA = ("Giulia Ferraris", "giulia.ferraris@sangone-powertrain.example.it")
GIULIA_SIG = """Giulia Ferraris
Talent Acquisition Specialist
Sangone Powertrain S.r.l. | Corso Orbassano 402, 10137 Torino, Italy
+39 011 555 0742"""
DAVIDE = ("Davide Morra", "davide.morra@superga-ae.example.it")
ENRICO = ("Enrico Bellandi", "enrico.bellandi@povalley-drivetrain.example.it")
NINA = ("Nina Caflisch", "nina.caflisch@alpine-sales.example.ch")
NINA_SIG = """Nina Caflisch
Senior Consultant, Industrial Sales
Alpine Sales Partners GmbH · Bahnhofstrasse 71 · 8001 Zürich
+41 43 555 12 80"""
HANNAH = ("Hannah Okafor", "h.okafor@northline-fleet.example.de")
KATHARINA = ("Katharina Ebner", "katharina.ebner@trans-alpine-bearings.example.at")
KATHARINA_SIG = """Katharina Ebner
People & Culture | Trans-Alpine Bearings GmbH
Industriezeile 36, 4020 Linz, Austria
+43 732 555 2291"""
TAB_LEGAL = """This message and any attachments are intended solely for the addressee and may contain
confidential information. If you have received it in error, please notify the sender and
delete it. Trans-Alpine Bearings GmbH, Linz, FN 400000x, Landesgericht Linz."""

CAMILLE = ("Camille Wendling", "c.wendling@alsace-freinage.example.fr")
CAMILLE_SIG = """Camille Wendling
Chargée de recrutement
Alsace Freinage SAS – 12 rue du Port-du-Rhin – 67000 Strasbourg
Tél. +33 3 88 55 50 61"""
JULIEN = ("Julien Meyer", "julien.meyer@rhin-equipements.example.fr")
NATHALIE = ("Nathalie Kieffer", "n.kieffer@ill-mecanique.example.fr")
SEBASTIEN = ("Sébastien Rossier", "s.rossier@technostaff.example.ch")
MARTA = ("Marta Alonso Cuesta", "marta.alonso@pisuerga-componentes.example.es")
MARTA_SIG = """Marta Alonso Cuesta
Responsable de Selección
Pisuerga Componentes S.L.
Polígono de San Cristóbal, C/ Cobalto 17 · 47012 Valladolid
Tel. +34 983 55 50 21"""
BEATRIZ = ("Beatriz Santamaría", "beatriz@talentomotor.example.es")
BEATRIZ_SIG = """Beatriz Santamaría
Consultora sénior – Automoción
Talento Motor Consultores
Calle Santiago 9, 2.º · 47001 Valladolid
+34 655 55 03 18"""
OSCAR = ("Óscar Villalba", "oscar.villalba@castilla-recambios.example.es")
THERESA = ("Theresa Auer", "theresa.auer@auer-fahrzeugtechnik.example.de")
RAINER = ("Rainer Kübler", "r.kuebler@autohaus-degerloch.example.de")
MURAT = ("Murat Yıldız", "m.yildiz@neckarpersonal.example.de")
KEVIN = ("Kevin Brandt", "k.brandt@murgtal-trailer.example.de")

# ---------------------------------------------------------------------------- texts reused in chains

KOLB_INVITE_TEXT = f"""Sehr geehrter Herr Ferreira-Novak,

vielen Dank für Ihre Bewerbung als Technischer Vertriebsinnendienst Aftermarket (m/w/d). Ihr Weg aus der Werkstatt in den Vertrieb hat uns neugierig gemacht, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 17. Februar 2026, 10:00 bis ca. 11:30 Uhr
Ort: Kolbenwerk Neckar, Augsburger Straße 412, Gebäude 7, Besprechungsraum 2.14
Gesprächspartner: Jochen Maier-Kienzle (Vertriebsleiter Aftermarket), Karin Oßwald (Teamleiterin Innendienst) und ich

Bitte melden Sie sich an der Pforte in Tor 3; Parkplätze für Besucher finden Sie direkt davor. Eine Kalendereinladung hängt an. Falls der Termin nicht passt, geben Sie mir bitte kurz Bescheid.

Freundliche Grüße

{SABINE_SIG}

{KOLBENWERK_LEGAL}"""

KOLB_MOVE_TEXT = f"""Sehr geehrter Herr Ferreira-Novak,

leider muss ich unser Gespräch am 17. Februar verlegen: Herr Maier-Kienzle ist an diesem Tag kurzfristig bei einem Kunden in Wolfsburg.

Neuer Termin: Donnerstag, 19. Februar 2026, 13:30 bis ca. 15:00 Uhr, gleicher Raum (Gebäude 7, 2.14).

Die Kalendereinladung ist aktualisiert. Sagen Sie mir bitte kurz, ob Ihnen das passt – ansonsten finden wir eine andere Lösung.

Freundliche Grüße

{SABINE_SIG}

{KOLBENWERK_LEGAL}"""

NECKAR_INVITE_TEXT = f"""Hallo Herr Ferreira-Novak,

gute Nachrichten aus Ulm: Die Donauguss GmbH möchte Sie kennenlernen! Ich habe Ihr Profil für die Stelle „Vertriebsassistenz Ersatzteile Nutzfahrzeugguss“ vorgestellt, und Frau Rapp (Leitung Vertrieb Ersatzteile) lädt Sie zum Vorstellungsgespräch ein.

Wann: Mittwoch, 4. Februar 2026, 9:00 Uhr
Wo: Donauguss GmbH, Daimlerstraße 31, 89079 Ulm-Donautal, Empfang Verwaltungsgebäude
Dauer: etwa eine Stunde, inkl. kurzem Rundgang durch die Putzerei

Bringen Sie bitte Ihren Personalausweis mit, Sicherheitsschuhe brauchen Sie für den Rundgang nicht. Ich rufe Sie am Vortag noch einmal an, um letzte Fragen zu klären.

Viel Erfolg schon jetzt!

{TANJA_SIG}"""

NECKAR_MOVE_TEXT = f"""Hallo Herr Ferreira-Novak,

kurze Info zu Ihrem Termin bei Donauguss: Frau Rapp hat mich eben angerufen – am Mittwoch ist bei ihnen Kundenaudit, deshalb wird das Gespräch um eine Woche geschoben.

Neu: Mittwoch, 11. Februar 2026, 9:00 Uhr, Ort und Ablauf wie besprochen.

Passt Ihnen das? Eine kurze Rückmeldung per Mail oder Anruf genügt.

{TANJA_SIG}"""

RH_INVITE_TEXT = f"""Guten Tag Herr Ferreira-Novak,

danke für Ihre Bewerbung als Mitarbeiter Vertriebsinnendienst Hydraulikkomponenten. Ihr Lebenslauf liest sich gut, vor allem die Jahre mit Nutzfahrzeughydraulik.

Bevor wir Sie nach Karlsruhe einladen, würde ich gerne ein kurzes Telefonat mit Ihnen führen, etwa 20 Minuten. Mögliche Zeiten nächste Woche:

- Dienstag, 17.03., 10:00 Uhr
- Mittwoch, 18.03., 14:30 Uhr
- Freitag, 20.03., 9:00 Uhr

Welche Zeit passt Ihnen? Ich rufe Sie dann auf Ihrer Mobilnummer an.

Viele Grüße

{DANIEL_SIG}"""

RH_MOVE_TEXT = f"""Guten Morgen Herr Ferreira-Novak,

ich liege leider mit einer Grippe flach und schaffe unser Telefonat am Mittwoch nicht. Können wir es auf Montag, 23. März, 11:00 Uhr verschieben? Ich rufe Sie dann wie besprochen an.

Entschuldigen Sie die Umstände.

Viele Grüße

{DANIEL_SIG}"""

SANGONE_INVITE_TEXT = f"""Hi Lukas,

Thanks for applying for the Technical Sales Specialist – Transmission Components role in Turin. I'd like to set up a first video interview with you and Paolo Gribaudo, our Aftermarket Sales Manager.

Proposed slot: Tuesday 24 March 2026, 10:00–10:45 CET, on Zoom
Link: https://zoom.example.it/j/8127740331?pwd=sangone24

The conversation will be in English. Paolo will ask about your workshop background and how you'd explain a gearbox failure to a distributor's purchasing team.

Please reply to confirm, or suggest two alternatives that week.

Best,
{GIULIA_SIG}"""

SANGONE_MISSED_TEXT = f"""Hi Lukas,

Paolo and I were on the Zoom link this morning from 10:00 and waited until about 10:15, but you didn't join and we couldn't reach you on your mobile either.

I hope everything is alright. If something came up, just let me know and we'll see whether we can find another slot.

Best,
{GIULIA_SIG}"""

ALSACE_INVITE_TEXT = f"""Bonjour Monsieur Ferreira-Novak,

Suite à l'étude de votre candidature au poste de technico-commercial sédentaire (H/F), nous avons le plaisir de vous convier à un entretien dans nos locaux :

Date : mardi 5 mai 2026, de 14h00 à 15h00
Lieu : Alsace Freinage, 12 rue du Port-du-Rhin, 67000 Strasbourg (accueil, bâtiment B)
Interlocuteurs : M. Thierry Schaeffer, responsable des ventes, et moi-même

L'entretien se déroulera en français ; quelques questions techniques porteront sur les systèmes de freinage poids lourds. Vous trouverez l'invitation en pièce jointe pour votre agenda.

Merci de nous confirmer votre présence par retour de mail.

Bien cordialement,

{CAMILLE_SIG}"""

ALSACE_CANCEL_TEXT = f"""Bonjour Monsieur Ferreira-Novak,

Je suis au regret de devoir annuler notre entretien du mardi 5 mai à 14h00 : une réorganisation interne de l'équipe commerciale est en cours et M. Schaeffer n'est pas en mesure de maintenir ce rendez-vous.

Votre candidature reste à l'étude ; je reviendrai vers vous dès que j'aurai plus de visibilité, au plus tard fin mai.

Merci de votre compréhension.

{CAMILLE_SIG}"""

C9_QUOTE_SRC = SANGONE_MISSED_TEXT

AUER_INVITE_TEXT = """Hallo Herr Ferreira-Novak,

wie telefonisch besprochen schicke ich Ihnen hier den Link für unser Videogespräch am Donnerstag, 3. September, um 9:00 Uhr:

https://meet.example.de/auer-teiledienst-0309

Mit dabei ist unser Serviceleiter, Herr Gruber. Planen Sie etwa 45 Minuten ein.

Viele Grüße aus Pasing
Theresa Auer"""

MESSAGES: list[dict] = [
    # ======================================================================= interview_invitation
    {
        "kind": "interview_invitation", "slug": "kolbenwerk_panel_ics", "id": "kolb-invite", "lang": "de",
        "company": "Kolbenwerk Neckar", "contact": SABINE[1],
        "frm": SABINE, "subject": "Einladung zum Vorstellungsgespräch – Technischer Vertriebsinnendienst Aftermarket",
        "date": "2026-02-03 09:40", "reply": "kolb-ack",
        "text": KOLB_INVITE_TEXT, "html": word_html(mso(KOLB_INVITE_TEXT)),
        "ics": {"method": "REQUEST", "uid": "kn-vg-2026-0217-ferreira@kolbenwerk-neckar.example.de",
                 "seq": 0, "start": "2026-02-17 10:00", "end": "2026-02-17 11:30",
                 "summary": "Vorstellungsgespräch Lukas Ferreira-Novak – TVI Aftermarket",
                 "location": "Kolbenwerk Neckar, Geb. 7, Raum 2.14, Augsburger Str. 412, Stuttgart",
                 "organizer": SABINE, "attach": True, "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "kind": "interview_invitation", "slug": "isartal_greenhouse_phonescreen", "id": "isar-screen", "lang": "de",
        "company": "Isartal Mobility Systems", "contact": ANNA[1],
        "frm": ("Anna Berger-Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ANNA, "subject": "Isartal Mobility Systems: Terminwahl für Ihr Telefoninterview",
        "date": "2026-02-16 08:12", "tz": "+0000",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Greenhouse")],
        "text": """Hallo Lukas,

danke für Ihre Bewerbung als Sales Engineer Aftermarket Sensorik (m/w/d). Wir würden gerne ein erstes Telefoninterview mit Ihnen führen (ca. 30 Minuten, mit mir).

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://app.greenhouse.io/scheduling/isartal/7f3c2a91e0b4?lang=de

Die angezeigten Zeiten sind in Ihrer Zeitzone (Europe/Berlin). Sollte nichts passen, antworten Sie einfach auf diese E-Mail.

Viele Grüße
Anna Berger-Lindqvist
Talent Acquisition Partner, Isartal Mobility Systems""",
        "html": ats_card("Isartal Mobility Systems", "#00695c", paras("""Hallo Lukas,

danke für Ihre Bewerbung als Sales Engineer Aftermarket Sensorik (m/w/d). Wir würden gerne ein erstes Telefoninterview mit Ihnen führen (ca. 30 Minuten, mit mir).""") + """
<p><a href="https://app.greenhouse.io/scheduling/isartal/7f3c2a91e0b4?lang=de" style="background:#00695c;color:#fff;padding:10px 18px;text-decoration:none">Termin auswählen</a></p>
<p>Die angezeigten Zeiten sind in Ihrer Zeitzone (Europe/Berlin). Sollte nichts passen, antworten Sie einfach auf diese E-Mail.</p>
<p>Viele Grüße<br>Anna Berger-Lindqvist<br>Talent Acquisition Partner, Isartal Mobility Systems</p>""",
                      "Gesendet über Greenhouse im Auftrag von Isartal Mobility Systems GmbH."),
    },
    {
        "kind": "interview_invitation", "slug": "isartal_panel_onsite", "id": "isar-panel", "lang": "de",
        "company": "Isartal Mobility Systems", "contact": ANNA[1],
        "frm": ANNA, "subject": "Re: Telefoninterview – nächster Schritt: Gespräch vor Ort in München",
        "date": "2026-03-02 15:05", "reply": "<CAL8sx0Wq-lfn-isartal-dank@mail.example.de>",
        "text": f"""Hallo Lukas,

danke für Ihre nette Rückmeldung und für das gute Telefonat letzte Woche. Dr. Florian Strobl (Head of Aftermarket Sales) und Tobias Neumeier aus dem Key Account Management möchten Sie gerne kennenlernen.

Wir laden Sie daher zu einem Gespräch vor Ort ein:
Mittwoch, 18. März 2026, 10:00–12:00 Uhr
Isartal Mobility Systems, Lilienthalallee 27, 80939 München, Empfang Haus A

Ablauf: Vorstellung, eine kleine Fallstudie (Reklamation eines Radarsensors durch einen Werkstattverbund) und Zeit für Ihre Fragen. Die Reisekosten ab Stuttgart übernehmen wir (2. Klasse Bahn).

Eine Kalendereinladung folgt mit dieser Mail.

Viele Grüße
{ANNA_SIG}

{wrote("de", "2026-02-27 17:48", CAND_NAME, CAND_ADDR)}
{quote('''Hallo Frau Berger-Lindqvist,

vielen Dank für das angenehme Telefonat heute. Die Stelle passt sehr gut zu dem, was ich
mir vorgenommen habe, und ich würde mich über einen nächsten Schritt freuen.

Viele Grüße
Lukas Ferreira-Novak''')}""",
        "ics": {"method": "REQUEST", "uid": "gh-isartal-panel-5531@isartal-mobility.example.de", "seq": 0,
                 "start": "2026-03-18 10:00", "end": "2026-03-18 12:00",
                 "summary": "Vor-Ort-Gespräch Sales Engineer Aftermarket Sensorik",
                 "location": "Lilienthalallee 27, 80939 München, Haus A", "organizer": ANNA},
        "cte": "8bit",
    },
    {
        "kind": "interview_invitation", "slug": "neckarpersonal_client_donauguss", "id": "neckar-invite", "lang": "de",
        "company": "Donauguss", "contact": TANJA[1],
        "frm": TANJA, "subject": "Vorstellungsgespräch bei Donauguss in Ulm – 4. Februar",
        "date": "2026-01-26 16:22", "reply": "neckar-reg",
        "text": NECKAR_INVITE_TEXT, "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "interview_invitation", "slug": "kessler_rauch_client_brennerlicht", "id": "kr-invite", "lang": "de",
        "company": "Brennerlicht Automotive", "contact": RAUCH[1],
        "frm": RAUCH, "subject": "Brennerlicht Automotive – Kennenlernen am 12. Mai in Garching",
        "date": "2026-05-06 07:55", "reply": "kr-cold",
        "text": f"""Guten Morgen Herr Ferreira-Novak,

wie gestern am Telefon angekündigt: Brennerlicht Automotive möchte Sie für die Position Technical Sales Manager Aftermarket Lighting persönlich treffen.

Termin: Dienstag, 12. Mai 2026, 15:00 Uhr
Ort: Brennerlicht Automotive GmbH, Lichtenbergstraße 8, 85748 Garching bei München
Gesprächspartner: Herr Dr. Wastl (Geschäftsbereichsleiter Aftermarket) und Frau Ostermaier (HR)

Ich habe Ihr Profil mit einem kurzen Begleitschreiben übermittelt; die Kollegen interessieren sich vor allem für Ihre Erfahrung mit Scheinwerfereinstellung und Kalibrierung von Fahrerassistenzsystemen. Planen Sie bitte 90 Minuten ein.

Lassen Sie uns am Montag um 18 Uhr noch 15 Minuten zur Vorbereitung telefonieren – passt das?

Beste Grüße

{RAUCH_SIG}

Kessler & Rauch Executive Search GmbH · Amtsgericht München HRB 200000 · Diese Nachricht ist vertraulich.""",
    },
    {
        "kind": "interview_invitation", "slug": "traunstahl_teams_ics", "id": "traun-invite", "lang": "de",
        "company": "Traunstahl Komponenten", "contact": VERENA[1],
        "frm": VERENA, "subject": "Einladung: Online-Gespräch Vertriebsinnendienst Antriebswellen",
        "date": "2026-06-08 11:17",
        "text": f"""Sehr geehrter Herr Ferreira-Novak,

herzlichen Dank für Ihre Bewerbung bei Traunstahl Komponenten. Wir würden Sie gerne in einem ersten Online-Gespräch näher kennenlernen.

Datum: Dienstag, 16. Juni 2026
Uhrzeit: 10:00–10:45 Uhr
Plattform: Microsoft Teams
https://teams.microsoft.com/l/meetup-join/19%3ameeting_TrAuN16jUnI%40thread.v2/0

Teilnehmen werden Ing. Gerald Kastner (Verkaufsleitung Ersatzteile) und ich. Die Einladung finden Sie auch als Kalendereintrag in dieser Nachricht.

Mit freundlichen Grüßen aus Linz

{VERENA_SIG}""",
        "html": word_html(mso(f"""Sehr geehrter Herr Ferreira-Novak,

herzlichen Dank für Ihre Bewerbung bei Traunstahl Komponenten. Wir würden Sie gerne in einem ersten Online-Gespräch näher kennenlernen.

Datum: Dienstag, 16. Juni 2026
Uhrzeit: 10:00–10:45 Uhr
Plattform: Microsoft Teams
https://teams.microsoft.com/l/meetup-join/19%3ameeting_TrAuN16jUnI%40thread.v2/0

Teilnehmen werden Ing. Gerald Kastner (Verkaufsleitung Ersatzteile) und ich. Die Einladung finden Sie auch als Kalendereintrag in dieser Nachricht.

Mit freundlichen Grüßen aus Linz

{VERENA_SIG}""")),
        "ics": {"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000070A1TRAUN", "seq": 0,
                 "start": "2026-06-16 10:00", "end": "2026-06-16 10:45",
                 "summary": "Online-Gespräch Ferreira-Novak / Traunstahl",
                 "location": "Microsoft Teams-Besprechung", "organizer": VERENA,
                 "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "kind": "interview_invitation", "slug": "limmat_schnuppertag", "id": "limmat-trial", "lang": "de",
        "company": "Limmat Prüftechnik", "contact": RETO[1],
        "frm": RETO, "enc": {"from": ("utf-8", "b"), "subject": ("utf-8", "b")},
        "subject": "Schnuppertag bei der Limmat Prüftechnik – Einladung",
        "date": "2026-06-18 14:02",
        "text": f"""Grüezi Herr Ferreira-Novak

Besten Dank für Ihre Bewerbung als Technischer Verkaufsberater Prüfstände. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie zu einem Schnuppertag nach Zürich-Altstetten einladen.

Donnerstag, 2. Juli 2026, 8.00 bis ca. 16.00 Uhr
Treffpunkt: Empfang, Hohlstrasse 560, 8048 Zürich

Programm:
- 8.00 Begrüssung und Rundgang durch die Prüfstandsmontage
- 9.30 Mitarbeit im Verkaufsinnendienst (Offerte für einen Bremsenprüfstand)
- 12.00 Mittagessen mit dem Team
- 13.30 Kundenbesuch bei einer Garage in Schlieren zusammen mit unserem Aussendienst
- 15.30 Abschlussgespräch mit mir

Die Reisekosten ab Stuttgart übernehmen wir. Bitte bestätigen Sie mir den Termin bis Ende Woche.

Freundliche Grüsse

{RETO_SIG}""",
        "cte": "base64",
    },
    {
        "kind": "interview_invitation", "slug": "remstal_donnerstag_schwaetza", "id": "remstal-invite", "lang": "de",
        "company": "Remstal Fahrzeugteile", "contact": ACHIM[1],
        "frm": ACHIM, "subject": "AW: Bewerbung Außendienst Werkstattkunden Rems-Murr",
        "date": "2026-01-20 19:31", "reply": "remstal-apply",
        "text": f"""Hallo Herr Ferreira-Novak, oder gleich Lukas – bei uns duzt mr sich eh,

dei Bewerbung hot mir gut gfalle. Hasch am Donnerstag Zeit, dass mr uns mol zammahocket und schwätzet? So um halber fünf bei uns in Waiblingen, Alte Bundesstraße 21, im Lager hinte rum, do isch mei Büro.

Bring koi Mappe mit, i will bloß wisse, wie du so tickst und ob du mit Werkstattmeister umgeh kannsch.

Sag mr kurz Bescheid, ob's klappt.

Gruß
Achim Schwarz
Verkaufsleiter, Remstal Fahrzeugteile GmbH
0171 5550 4471

{reply_chain("de", "2026-01-14 21:05", CAND_NAME, CAND_ADDR, '''Sehr geehrter Herr Schwarz,

anbei meine Unterlagen für die Stelle im Außendienst für Werkstattkunden. Ich bin seit
elf Jahren Kfz-Mechatroniker und kenne die Werkstätten im Rems-Murr-Kreis aus der
Kundenseite sehr gut.

Viele Grüße
Lukas Ferreira-Novak''')}""",
        "cte": "8bit",
    },
    {
        "kind": "interview_invitation", "slug": "rheinhafen_telefonat_vorschlaege", "id": "rh-invite", "lang": "de",
        "company": "Rheinhafen Hydraulik", "contact": DANIEL[1],
        "frm": DANIEL, "subject": "Ihre Bewerbung – kurzes Telefonat?",
        "date": "2026-03-09 10:48",
        "text": RH_INVITE_TEXT,
    },
    {
        "kind": "interview_invitation", "slug": "filderwerk_assessment_center", "id": "filder-ac", "lang": "de",
        "company": "Filderwerk Antriebstechnik", "contact": MELANIE[1],
        "frm": ("Filderwerk Antriebstechnik Recruiting", "filderwerk-noreply@icims.com"),
        "reply_to": MELANIE, "enc": {"reply_to": ("utf-8", "q")},
        "subject": "Einladung zum Assessment-Center – Junior Key Account Manager Aftermarket",
        "date": "2026-05-12 06:30", "tz": "-0400",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Ferreira-Novak,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Junior Key Account Manager Aftermarket (Req. 2026-1184) einzuladen.

Datum: Dienstag, 26. Mai 2026
Zeit: 8:30 Uhr bis ca. 15:00 Uhr
Ort: Filderwerk Antriebstechnik GmbH, Schelmenwasenstraße 12, 70771 Leinfelden-Echterdingen, Trainingszentrum EG

Der Tag besteht aus einer Fallstudie zu einem Kundengespräch, einer zehnminütigen Präsentation, einer Gruppenübung und einem Einzelinterview. Unterlagen zur Vorbereitung erhalten Sie eine Woche vorher.

Bitte bestätigen Sie Ihre Teilnahme über Ihr Kandidatenportal:
https://careers-filderwerk.icims.com/jobs/candidate/2026-1184/confirm

Für Rückfragen steht Ihnen Melanie Dürr (HR Recruiting) gern zur Verfügung – antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Filderwerk Antriebstechnik GmbH""",
        "html": ats_card("Filderwerk Antriebstechnik", "#8b1a1a", paras("""Sehr geehrter Herr Ferreira-Novak,

wir freuen uns, Sie zu unserem Assessment-Center für die Position Junior Key Account Manager Aftermarket (Req. 2026-1184) einzuladen.

Datum: Dienstag, 26. Mai 2026
Zeit: 8:30 Uhr bis ca. 15:00 Uhr
Ort: Filderwerk Antriebstechnik GmbH, Schelmenwasenstraße 12, 70771 Leinfelden-Echterdingen, Trainingszentrum EG

Der Tag besteht aus einer Fallstudie zu einem Kundengespräch, einer zehnminütigen Präsentation, einer Gruppenübung und einem Einzelinterview. Unterlagen zur Vorbereitung erhalten Sie eine Woche vorher.""") + """
<p><a href="https://careers-filderwerk.icims.com/jobs/candidate/2026-1184/confirm">Teilnahme bestätigen</a></p>
<p>Für Rückfragen steht Ihnen Melanie Dürr (HR Recruiting) gern zur Verfügung – antworten Sie einfach auf diese E-Mail.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Filderwerk Antriebstechnik GmbH</p>""",
                      "Powered by iCIMS"),
    },
    {
        "kind": "interview_invitation", "slug": "wendlinger_taleo_videointerview", "id": "wend-video", "lang": "de",
        "company": "Wendlinger Lenksysteme", "contact": "",
        "frm": ("Wendlinger Lenksysteme Recruiting", "noreply@taleo.net"),
        "subject": "Einladung zum zeitversetzten Videointerview (Req. WL-26-0417)",
        "date": "2026-07-15 05:02", "tz": "+0000", "enc": {"subject": ("utf-8", "b")},
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Guten Tag Lukas Ferreira-Novak,

vielen Dank für Ihr Interesse an der Position „Technischer Vertrieb Lenksysteme Aftermarket (m/w/d)“ am Standort Wendlingen.

Als nächsten Schritt laden wir Sie zu einem zeitversetzten Videointerview ein. Sie beantworten dabei fünf Fragen per Webcam, für jede Frage haben Sie bis zu drei Minuten Zeit. Das Interview ist bis zum 24. Juli 2026, 23:59 Uhr freigeschaltet.

Zum Videointerview:
https://wendlinger.taleo.net/careersection/video/start?token=WL26-0417-8842

Technische Voraussetzungen: aktueller Browser, Kamera und Mikrofon.

Mit freundlichen Grüßen
Talent Acquisition
Wendlinger Lenksysteme GmbH

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.""",
        "cte": "base64",
    },
    {
        "kind": "interview_invitation", "slug": "glattal_panelgespraech", "id": "glattal-invite", "lang": "de",
        "company": "Glattal Dichtungstechnik", "contact": CORINNE[1],
        "frm": CORINNE, "subject": "Einladung zum Gespräch – Technical Sales Representative Dichtungslösungen",
        "date": "2026-07-06 09:26",
        "text": f"""Sehr geehrter Herr Ferreira-Novak

Wir danken Ihnen für Ihre Bewerbung und freuen uns, Sie zu einem Gespräch mit unserem Auswahlgremium nach Dübendorf einzuladen.

Datum: Mittwoch, 15. Juli 2026
Zeit: 13.30 bis 15.00 Uhr
Ort: Glattal Dichtungstechnik AG, Ringstrasse 44, 8600 Dübendorf, Sitzungszimmer «Glatt»

Das Gremium besteht aus Herrn Urs Bachmann (Leiter Verkauf Mobility), Frau Lea Frei (Anwendungstechnik) und mir. Bitte bringen Sie ein gültiges Ausweisdokument mit; vom Bahnhof Dübendorf sind es zehn Minuten zu Fuss.

Wir bitten Sie um eine kurze Bestätigung.

Freundliche Grüsse

{CORINNE_SIG}""",
        "cte": "quoted-printable",
    },
    {
        "kind": "interview_invitation", "slug": "poestlingberg_softgarden_telefoninterview", "id": "poest-invite", "lang": "de",
        "company": "Pöstlingberg Antriebe", "contact": STEFAN[1],
        "frm": ("Pöstlingberg Antriebe über softgarden", "noreply@softgarden.io"),
        "reply_to": STEFAN, "enc": {"from": ("iso-8859-1", "q")},
        "subject": "Terminvorschlag Telefoninterview: Vertriebstechniker Innendienst",
        "date": "2026-08-19 13:40",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Ferreira-Novak,

vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie in einem Telefoninterview näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen Termin aus; zur Auswahl stehen Zeitfenster zwischen dem 25. und 28. August:
https://app.softgarden.io/interview/slots/poestlingberg/44817-ab

Das Gespräch führt Stefan Leitner, Verkaufsleiter Innendienst. Er ruft Sie zur gewählten Zeit auf der in Ihrem Profil hinterlegten Nummer an. Für Fragen antworten Sie einfach auf diese E-Mail.

Freundliche Grüße
Ihr Team Personal
Pöstlingberg Antriebe GmbH, Linz""",
        "html": ats_card("Pöstlingberg Antriebe – Karriere", "#3d5a80", paras("""Sehr geehrter Herr Ferreira-Novak,

vielen Dank für Ihre Bewerbung. Gerne möchten wir Sie in einem Telefoninterview näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen Termin aus; zur Auswahl stehen Zeitfenster zwischen dem 25. und 28. August:""") + """
<p><a href="https://app.softgarden.io/interview/slots/poestlingberg/44817-ab">Termin wählen</a></p>
<p>Das Gespräch führt Stefan Leitner, Verkaufsleiter Innendienst. Er ruft Sie zur gewählten Zeit auf der in Ihrem Profil hinterlegten Nummer an. Für Fragen antworten Sie einfach auf diese E-Mail.</p>
<p>Freundliche Grüße<br>Ihr Team Personal<br>Pöstlingberg Antriebe GmbH, Linz</p>""",
                      "Versendet mit softgarden e-recruiting."),
    },
    {
        "kind": "interview_invitation", "slug": "sangone_lever_video", "id": "sangone-invite", "lang": "en",
        "company": "Sangone Powertrain", "contact": GIULIA[1],
        "frm": ("Giulia Ferraris", "no-reply@hire.lever.co"), "reply_to": GIULIA,
        "subject": "Sangone Powertrain – interview invitation (Technical Sales Specialist)",
        "date": "2026-03-17 11:20", "reply": "sangone-ack",
        "text": SANGONE_INVITE_TEXT,
        "headers": [("X-Lever-Opportunity", "6b1f0c2e-ferreira")],
    },
    {
        "kind": "interview_invitation", "slug": "superga_workable_pick_a_time", "id": "superga-invite", "lang": "en",
        "company": "Superga Automotive Electronics", "contact": "",
        "frm": ("Superga Automotive Electronics", "noreply@workablemail.com"),
        "subject": "Pick a time for your interview with Superga Automotive Electronics",
        "date": "2026-05-05 09:15",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hi Lukas,

Good news – the hiring team for Field Application Sales Engineer would like to interview you.

Please choose a 45-minute slot that suits you. The interview will take place on Google Meet with Davide Morra (Talent Partner) and Chiara Bo (Head of Aftermarket Electronics).

Choose a time: https://apply.workable.com/superga-ae/j/5C1E0A77/interview/select

Slots are shown in your local time. If none of them work, you can request other times from the same page.

Superga Automotive Electronics
Via Nizza 262, Torino""",
        "html": ats_card("Superga Automotive Electronics", "#b71c1c", """<p>Hi Lukas,</p>
<p>Good news – the hiring team for <b>Field Application Sales Engineer</b> would like to interview you.</p>
<p>Please choose a 45-minute slot that suits you. The interview will take place on Google Meet with Davide Morra (Talent Partner) and Chiara Bo (Head of Aftermarket Electronics).</p>
<p><a href="https://apply.workable.com/superga-ae/j/5C1E0A77/interview/select" style="background:#b71c1c;color:#fff;padding:10px 16px;text-decoration:none">Choose a time</a></p>
<p>Slots are shown in your local time. If none of them work, you can request other times from the same page.</p>""",
                      "Superga Automotive Electronics · Via Nizza 262, Torino · Sent with Workable"),
    },
    {
        "kind": "interview_invitation", "slug": "voltaro_ashby_schedule", "id": "voltaro-invite", "lang": "en",
        "company": "Voltaro Charging Systems", "contact": "",
        "frm": ("Voltaro Charging Systems", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview: Technical Sales Associate, DC Charging",
        "date": "2026-03-25 14:44", "tz": "+0100",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Voltaro", "#4a148c", """<p>Hi Lukas,</p>
<p>Thanks for your interest in Voltaro! We'd love to move you forward to a <b>30-minute intro call</b> with our Sales Lead, Jonas Reiter.</p>
<p>Use the button below to pick a time that works for you. You'll receive a calendar invite with a video link once you've booked.</p>
<p><a href="https://jobs.ashbyhq.com/voltaro/schedule/2f9e0d1c-a7b3" style="background:#4a148c;color:#fff;padding:10px 16px;text-decoration:none">Book your interview</a></p>
<p>Looking forward to speaking with you,<br>The Voltaro Talent Team</p>""",
                      "Voltaro Charging Systems GmbH, Munich · Powered by Ashby"),
    },
    {
        "kind": "interview_invitation", "slug": "povalley_free_thursday", "id": "povalley-invite", "lang": "en",
        "company": "Po Valley Drivetrain", "contact": ENRICO[1],
        "frm": ENRICO, "subject": "quick chat?",
        "date": "2026-06-09 18:52",
        "text": """Hi Lukas,

Got your CV through Marco - he says you know your way around a gearbox better than most of our reps.

Are you free Thursday to chat? Nothing formal, 30 minutes on a video call, maybe 17:00 your time. I'd just like to hear how you see the jump from workshop to sales and tell you what we're building in the aftermarket team here in Turin.

If Thursday doesn't work, throw me a couple of times next week.

Cheers,
Enrico

Enrico Bellandi
Sales Director Aftermarket | Po Valley Drivetrain
+39 335 555 8210""",
        "cte": "7bit",
    },
    {
        "kind": "interview_invitation", "slug": "alpine_sales_client_seefeld", "id": "alpine-invite", "lang": "en",
        "company": "Seefeld Fahrzeugelektrik", "contact": NINA[1],
        "frm": NINA, "subject": "Interview with Seefeld Fahrzeugelektrik – Thu 21 May, Zürich",
        "date": "2026-05-18 12:10", "reply": "alpine-reg",
        "text": f"""Hi Lukas,

Great news: Seefeld Fahrzeugelektrik would like to meet you for the Technical Sales Consultant role (workshop equipment and diagnostics, German-speaking Switzerland).

When: Thursday, 21 May 2026, 14:00–15:15
Where: Seefeld Fahrzeugelektrik AG, Seefeldstrasse 188, 8008 Zürich – ask for Mr Marco Bühler at reception
Who: Marco Bühler (Head of Sales) and Sandra Keller (HR)

The conversation will mostly be in German; they may switch to Swiss German for a few minutes to see how you cope, so don't be thrown by that. I'll send you a short briefing on the company tomorrow.

Could you confirm by tonight? Then I'll lock it in with the client.

Best regards,
{NINA_SIG}""",
    },
    {
        "kind": "interview_invitation", "slug": "northline_sales_roleplay_day", "id": "northline-invite", "lang": "en",
        "company": "Northline Fleet Parts", "contact": HANNAH[1],
        "frm": HANNAH, "subject": "Next step: assessment morning at our Karlsruhe branch",
        "date": "2026-07-07 10:03",
        "text": """Dear Lukas,

Thank you for your application for Inside Sales Technician (Fleet & Trailer Parts). We'd like to invite you to an assessment morning at our Karlsruhe branch:

Date: Wednesday, 15 July 2026
Time: 09:00 – 12:30
Address: Northline Fleet Parts GmbH, Ottostraße 7, 76227 Karlsruhe-Durlach

What to expect:
1. A tour of the warehouse and counter with our branch manager
2. A 20-minute sales role-play (a fleet customer calling about brake parts for 40 trailers)
3. A short written exercise on parts identification
4. An interview with me and our Regional Sales Director, Mark Whitfield

The role-play is in German, the interview in English. Please let me know if you need a parking permit.

Kind regards,
Hannah Okafor
HR Manager DACH | Northline Fleet Parts
+49 721 555 6620""",
        "html": paras("""Dear Lukas,

Thank you for your application for Inside Sales Technician (Fleet & Trailer Parts). We'd like to invite you to an assessment morning at our Karlsruhe branch:

Date: Wednesday, 15 July 2026
Time: 09:00 – 12:30
Address: Northline Fleet Parts GmbH, Ottostraße 7, 76227 Karlsruhe-Durlach

What to expect:
1. A tour of the warehouse and counter with our branch manager
2. A 20-minute sales role-play (a fleet customer calling about brake parts for 40 trailers)
3. A short written exercise on parts identification
4. An interview with me and our Regional Sales Director, Mark Whitfield

The role-play is in German, the interview in English. Please let me know if you need a parking permit.

Kind regards,
Hannah Okafor
HR Manager DACH | Northline Fleet Parts
+49 721 555 6620"""),
    },
    {
        "kind": "interview_invitation", "slug": "trans_alpine_panel_ics", "id": "tab-invite", "lang": "en",
        "company": "Trans-Alpine Bearings", "contact": KATHARINA[1],
        "frm": KATHARINA, "subject": "Interview invitation – Technical Sales Engineer Aftermarket (Linz)",
        "date": "2026-09-02 16:30", "reply": "tab-ack",
        "text": f"""Dear Mr Ferreira-Novak,

Thank you for applying to Trans-Alpine Bearings. We were impressed by your hands-on experience with wheel-end and gearbox repairs and would like to invite you to a panel interview.

Date: Thursday, 10 September 2026
Time: 09:30–11:00 CEST
Location: Trans-Alpine Bearings, Industriezeile 36, 4020 Linz, Building C, Meeting Room "Pyhrn"
Panel: Dr. Martin Haslinger (VP Aftermarket), Ana Ribeiro (Key Account Manager Italy & Iberia), and myself

The interview will be held in English. Please bring a copy of your driving licence, as the role involves customer visits with a company car.

A calendar invitation is attached. Kindly accept it to confirm your attendance.

Kind regards,

{KATHARINA_SIG}

{TAB_LEGAL}""",
        "html": word_html(mso(f"""Dear Mr Ferreira-Novak,

Thank you for applying to Trans-Alpine Bearings. We were impressed by your hands-on experience with wheel-end and gearbox repairs and would like to invite you to a panel interview.

Date: Thursday, 10 September 2026
Time: 09:30–11:00 CEST
Location: Trans-Alpine Bearings, Industriezeile 36, 4020 Linz, Building C, Meeting Room "Pyhrn"
Panel: Dr. Martin Haslinger (VP Aftermarket), Ana Ribeiro (Key Account Manager Italy & Iberia), and myself

The interview will be held in English. Please bring a copy of your driving licence, as the role involves customer visits with a company car.

A calendar invitation is attached. Kindly accept it to confirm your attendance.

Kind regards,

{KATHARINA_SIG}

{TAB_LEGAL}""")),
        "ics": {"method": "REQUEST", "uid": "tab-panel-2026-0910-lfn@trans-alpine-bearings.example.at",
                 "seq": 0, "start": "2026-09-10 09:30", "end": "2026-09-10 11:00",
                 "summary": "Panel interview: Lukas Ferreira-Novak (TSE Aftermarket)",
                 "location": "Building C, Room Pyhrn, Industriezeile 36, Linz",
                 "organizer": KATHARINA, "attach": True},
    },
    {
        "kind": "interview_invitation", "slug": "alsace_freinage_entretien_ics", "id": "alsace-invite", "lang": "fr",
        "company": "Alsace Freinage", "contact": CAMILLE[1],
        "frm": CAMILLE, "subject": "Convocation à un entretien – Technico-commercial sédentaire (H/F)",
        "date": "2026-04-22 10:05", "reply": "alsace-ack",
        "text": ALSACE_INVITE_TEXT,
        "ics": {"method": "REQUEST", "uid": "af-entretien-20260505-lfn@alsace-freinage.example.fr",
                 "seq": 0, "start": "2026-05-05 14:00", "end": "2026-05-05 15:00",
                 "summary": "Entretien L. Ferreira-Novak – technico-commercial sédentaire",
                 "location": "Alsace Freinage, 12 rue du Port-du-Rhin, Strasbourg, bât. B",
                 "organizer": CAMILLE, "attach": True, "filename": "entretien.ics"},
    },
    {
        "kind": "interview_invitation", "slug": "rhin_equipements_appel", "id": "rhin-invite", "lang": "fr",
        "company": "Rhin Équipements Auto", "contact": JULIEN[1],
        "frm": JULIEN, "subject": "Votre candidature – échange téléphonique",
        "date": "2026-03-11 11:34", "reply": "rhin-ack",
        "text": """Bonjour Monsieur Ferreira-Novak,

J'ai bien lu votre candidature pour le poste d'attaché commercial atelier sur le secteur Strasbourg–Haguenau. Votre expérience de mécanicien en concession m'intéresse beaucoup.

Seriez-vous disponible pour un premier échange téléphonique d'une vingtaine de minutes ? Je vous propose vendredi 13 mars à 11h, ou lundi 16 mars à 16h. Si aucun de ces créneaux ne vous convient, indiquez-moi vos disponibilités.

Au plaisir d'échanger avec vous,

Julien Meyer
Responsable commercial Grand Est
Rhin Équipements Auto – 8 route du Rhin, 67100 Strasbourg
06 55 50 12 48""",
    },
    {
        "kind": "interview_invitation", "slug": "ill_mecanique_journee_immersion", "id": "ill-invite", "lang": "fr",
        "company": "Ill Mécanique Industrielle", "contact": NATHALIE[1],
        "frm": NATHALIE, "subject": "Invitation à une journée d'immersion chez Ill Mécanique",
        "date": "2026-09-14 08:47", "enc": {"subject": ("iso-8859-1", "q")},
        "text": """Bonjour Lukas,

Merci pour notre échange de la semaine dernière. Comme convenu, nous vous proposons une journée d'immersion pour le poste de technico-commercial machines-outils :

Jeudi 24 septembre 2026, de 8h30 à 17h00
Ill Mécanique Industrielle, 3 rue de l'Industrie, 67400 Illkirch-Graffenstaden

Au programme : présentation de l'atelier de montage, accompagnement d'un commercial chez un client sous-traitant automobile à Molsheim, puis un entretien de synthèse avec le directeur commercial, M. Hoffmann, et moi-même.

Le déjeuner est pris en charge. Pensez à prévoir des chaussures de sécurité pour l'atelier.

Pouvez-vous me confirmer votre venue ?

Nathalie Kieffer
Responsable RH
Ill Mécanique Industrielle
03 88 55 50 93""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "interview_invitation", "slug": "pisuerga_entrevista_presencial", "id": "pisuerga-invite", "lang": "es",
        "company": "Pisuerga Componentes", "contact": MARTA[1],
        "frm": MARTA, "subject": "Entrevista – Técnico comercial de recambios (Valladolid)",
        "date": "2026-05-25 12:18", "reply": "pisuerga-ack",
        "text": f"""Estimado Lukas:

Gracias por tu interés en Pisuerga Componentes. Hemos revisado tu candidatura para el puesto de técnico comercial de recambios y nos gustaría conocerte en persona.

Te proponemos una entrevista el jueves 4 de junio de 2026 a las 10:00 en nuestras oficinas del Polígono de San Cristóbal (C/ Cobalto 17, Valladolid). Estarán presentes Ignacio Herrero, director comercial, y yo misma. Calcula aproximadamente una hora y media; incluiremos una visita al almacén.

La entrevista será en español, aunque parte del equipo habla alemán con los clientes de Baviera, así que no te extrañe si cambiamos de idioma un rato.

¿Nos confirmas tu asistencia?

Un saludo,

{MARTA_SIG}""",
        "cte": "8bit",
    },
    {
        "kind": "interview_invitation", "slug": "talento_motor_cliente_duero", "id": "talento-invite", "lang": "es",
        "company": "Duero Motor Sistemas", "contact": BEATRIZ[1],
        "frm": BEATRIZ, "subject": "Entrevista con Duero Motor Sistemas",
        "date": "2026-02-24 17:40", "reply": "talento-ack", "enc": {"from": ("iso-8859-1", "q")},
        "text": f"""Hola Lukas:

¡Buenas noticias! He presentado tu perfil a Duero Motor Sistemas para el puesto de especialista técnico-comercial de sistemas de inyección y quieren entrevistarte.

Fecha: martes 3 de marzo de 2026
Hora: 12:00
Lugar: Duero Motor Sistemas, Avenida de Burgos 44, Valladolid (recepción, preguntar por Rubén Calvo, jefe de ventas posventa)

Como vienes desde Stuttgart, también te pueden hacer la entrevista por videollamada si lo prefieres; dímelo hoy y lo cambio.

Te llamo mañana para preparar la entrevista juntos.

Un abrazo,

{BEATRIZ_SIG}""",
    },
    {
        "kind": "interview_invitation", "slug": "castilla_recambios_llamada_jueves", "id": "castilla-invite", "lang": "es",
        "company": "Castilla Recambios", "contact": OSCAR[1],
        "frm": OSCAR, "subject": "Tu CV para mostrador y ventas a talleres",
        "date": "2026-07-06 13:27",
        "text": """Hola Lukas,

Me ha llegado tu CV para el puesto de comercial de mostrador y ventas a talleres. ¿Te viene bien que te llame el jueves 9 a las 10:00 (hora de España) para charlar un rato sobre el puesto? Serán unos 15 minutos.

Si no te va bien esa hora, dime otra.

Saludos,
Óscar Villalba
Jefe de tienda, Castilla Recambios, Valladolid
983 55 50 77""",
        "charset": "iso-8859-1", "cte": "quoted-printable", "enc": {"from": ("iso-8859-1", "q")},
    },
    # ======================================================================= interview_reschedule_or_cancel
    {
        "kind": "interview_reschedule_or_cancel", "slug": "kolbenwerk_update_sequence1", "id": "kolb-move", "lang": "de",
        "company": "Kolbenwerk Neckar", "contact": SABINE[1],
        "frm": SABINE, "subject": "Aktualisiert: Vorstellungsgespräch – neuer Termin 19.02., 13:30 Uhr",
        "date": "2026-02-10 14:12", "reply": "kolb-invite",
        "text": KOLB_MOVE_TEXT, "html": word_html(mso(KOLB_MOVE_TEXT)),
        "ics": {"method": "REQUEST", "uid": "kn-vg-2026-0217-ferreira@kolbenwerk-neckar.example.de",
                 "seq": 1, "start": "2026-02-19 13:30", "end": "2026-02-19 15:00",
                 "summary": "Vorstellungsgespräch Lukas Ferreira-Novak – TVI Aftermarket (verschoben)",
                 "location": "Kolbenwerk Neckar, Geb. 7, Raum 2.14, Augsburger Str. 412, Stuttgart",
                 "organizer": SABINE, "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "rheinhafen_grippe_verschoben", "id": "rh-move", "lang": "de",
        "company": "Rheinhafen Hydraulik", "contact": DANIEL[1],
        "frm": DANIEL, "subject": "AW: Telefonat Mittwoch – leider krank",
        "date": "2026-03-16 07:42", "reply": "rh-cand-move",
        "text": RH_MOVE_TEXT + "\n\n" + outlook_block(
            "de", f"{CAND_NAME} <{CAND_ADDR}>", "2026-03-10 20:14", f"{DANIEL[0]} <{DANIEL[1]}>",
            "AW: Ihre Bewerbung – kurzes Telefonat?",
            """Guten Abend Herr Ochs,

vielen Dank für Ihre Nachricht. Am Dienstag bin ich leider noch in der Werkstatt eingeteilt – wäre Mittwoch, 18.03., um 14:30 Uhr möglich?

Viele Grüße
Lukas Ferreira-Novak"""),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "isartal_greenhouse_uhrzeit_geaendert", "id": "isar-move", "lang": "de",
        "company": "Isartal Mobility Systems", "contact": ANNA[1],
        "frm": ("Anna Berger-Lindqvist via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ANNA, "subject": "Geänderte Uhrzeit: Ihr Gespräch bei Isartal Mobility Systems am 18.03.",
        "date": "2026-03-12 09:31", "tz": "+0000", "reply": "isar-panel",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Lukas,

wegen einer Vorstandssitzung müssen wir Ihr Gespräch am Mittwoch, 18. März, von 10:00 auf 14:00 Uhr verlegen. Ort und Ablauf bleiben gleich (Lilienthalallee 27, Haus A).

Die Kalendereinladung wurde entsprechend aktualisiert. Wenn die neue Uhrzeit für Sie nicht passt, antworten Sie bitte auf diese E-Mail, dann finden wir eine Alternative.

Entschuldigen Sie die kurzfristige Änderung.

Anna Berger-Lindqvist
Isartal Mobility Systems""",
        "ics": {"method": "REQUEST", "uid": "gh-isartal-panel-5531@isartal-mobility.example.de", "seq": 1,
                 "start": "2026-03-18 14:00", "end": "2026-03-18 16:00",
                 "summary": "Vor-Ort-Gespräch Sales Engineer Aftermarket Sensorik",
                 "location": "Lilienthalallee 27, 80939 München, Haus A", "organizer": ANNA,
                 "prodid": "-//Greenhouse Software//Scheduling//EN"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "neckarpersonal_donauguss_eine_woche_spaeter", "id": "neckar-move", "lang": "de",
        "company": "Donauguss", "contact": TANJA[1],
        "frm": TANJA, "subject": "Donauguss: Termin verschiebt sich auf 11.02.",
        "date": "2026-02-02 08:05", "reply": "neckar-invite",
        "text": NECKAR_MOVE_TEXT + "\n\n" + reply_chain("de", "2026-01-26 16:22", TANJA[0], TANJA[1],
                                                     NECKAR_INVITE_TEXT.split("\n\nViel Erfolg")[0]),
        "cte": "8bit",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "glattal_termin_abgesagt_cancel", "id": "glattal-cancel", "lang": "de",
        "company": "Glattal Dichtungstechnik", "contact": CORINNE[1],
        "frm": CORINNE, "subject": "Abgesagt: Gespräch vom 15. Juli – neuer Termin folgt",
        "date": "2026-07-13 16:48", "reply": "glattal-invite",
        "text": f"""Sehr geehrter Herr Ferreira-Novak

Leider müssen wir das Gespräch vom Mittwoch, 15. Juli, absagen: Herr Bachmann muss kurzfristig zu einem Kunden nach Ingolstadt, und ohne ihn möchten wir das Gremium nicht durchführen.

Ihre Bewerbung ist davon nicht betroffen – wir sind weiterhin sehr an einem Gespräch interessiert. Ich melde mich in den nächsten Tagen mit zwei, drei neuen Terminvorschlägen, voraussichtlich für die Woche ab dem 3. August.

Die Kalendereinladung habe ich storniert.

Freundliche Grüsse

{CORINNE_SIG}""",
        "ics": {"method": "CANCEL", "uid": "glattal-gremium-20260715-ferreira@glattal-dichtung.example.ch",
                 "seq": 1, "start": "2026-07-15 13:30", "end": "2026-07-15 15:00",
                 "summary": "Abgesagt: Gespräch Ferreira-Novak – Technical Sales Representative",
                 "location": "Sitzungszimmer Glatt, Ringstrasse 44, Dübendorf", "organizer": CORINNE},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "limmat_schnuppertag_verschoben", "id": "limmat-move", "lang": "de",
        "company": "Limmat Prüftechnik", "contact": RETO[1],
        "frm": RETO, "enc": {"from": ("utf-8", "b")},
        "subject": "Re: Schnuppertag – Verschiebung auf den 9. Juli",
        "date": "2026-06-26 17:20", "reply": "limmat-trial",
        "text": f"""Grüezi Herr Ferreira-Novak

Eine kleine Planänderung: Unser Kunde in Schlieren hat den Besuch am 2. Juli abgesagt, und ohne diesen Teil wäre der Schnuppertag nur halb so interessant. Ich schlage deshalb vor, den Tag um eine Woche auf Donnerstag, 9. Juli 2026, zu verschieben – gleiches Programm, gleiche Zeit (8.00 Uhr am Empfang).

Wenn der 9. Juli für Sie nicht geht, nennen Sie mir bitte ein Datum in der Woche danach.

Freundliche Grüsse

{RETO_SIG}""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "filderwerk_icims_ac_neuer_termin", "id": "filder-move", "lang": "de",
        "company": "Filderwerk Antriebstechnik", "contact": "",
        "frm": ("Filderwerk Antriebstechnik Recruiting", "filderwerk-noreply@icims.com"),
        "subject": "Terminänderung: Assessment-Center Junior Key Account Manager Aftermarket",
        "date": "2026-05-19 06:10", "tz": "-0400", "reply": "filder-ac",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrter Herr Ferreira-Novak,

aus organisatorischen Gründen findet das Assessment-Center nicht wie angekündigt am 26. Mai statt. Neuer Termin ist Dienstag, der 9. Juni 2026, ebenfalls von 8:30 bis ca. 15:00 Uhr im Trainingszentrum in Leinfelden-Echterdingen.

Bitte bestätigen Sie den neuen Termin in Ihrem Kandidatenportal:
https://careers-filderwerk.icims.com/jobs/candidate/2026-1184/confirm

Sollten Sie am 9. Juni verhindert sein, wählen Sie dort bitte die Option „Termin nicht möglich“.

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.

Filderwerk Antriebstechnik GmbH – Recruiting""",
        "cte": "base64",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "wendlinger_video_abgesagt_cancel", "id": "wend-cancel", "lang": "de",
        "company": "Wendlinger Lenksysteme", "contact": HOLGER[1],
        "frm": HOLGER, "enc": {"from": ("iso-8859-1", "b")},
        "subject": "Absage Termin: Live-Gespräch am 28.07. entfällt",
        "date": "2026-07-20 12:55",
        "text": """Hallo Herr Ferreira-Novak,

danke für Ihr Videointerview, das hat uns gefallen. Deshalb hatte ich Sie für den 28. Juli zu einem Live-Gespräch eingeplant. Diesen Termin muss ich leider absagen: Ich bin in dieser Woche kurzfristig bei unserem Werk in Pune eingebunden.

Das Verfahren läuft ganz normal weiter; ich schicke Ihnen nach meiner Rückkehr Mitte August einen neuen Vorschlag. Den Kalendereintrag habe ich gelöscht.

Viele Grüße
Holger Brändle
Teamleiter Vertrieb Aftermarket
Wendlinger Lenksysteme GmbH · Heinrich-Otto-Straße 5 · 73240 Wendlingen am Neckar
Tel. +49 7024 555 3381""",
        "ics": {"method": "CANCEL", "uid": "wl-live-20260728-lfn@wendlinger-lenksysteme.example.de", "seq": 2,
                 "start": "2026-07-28 10:00", "end": "2026-07-28 11:00",
                 "summary": "Live-Gespräch Ferreira-Novak / Vertrieb Aftermarket",
                 "location": "Wendlingen, Gebäude 2, Raum Neckar", "organizer": HOLGER,
                 "prodid": "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"},
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "sangone_new_slot_after_missed", "id": "sangone-move", "lang": "en",
        "company": "Sangone Powertrain", "contact": GIULIA[1],
        "frm": GIULIA, "subject": "Re: Your interview this morning",
        "date": "2026-03-26 09:14", "reply": "<CAF3lfn-sangone-sorry-0324@mail.example.de>",
        "text": f"""Hi Lukas,

Thanks for explaining – a flat battery in the middle of a road test is about the most mechanic excuse I've heard, and I'm glad you're fine.

Paolo can do Thursday 2 April at 15:00 CET instead. Same Zoom link as before:
https://zoom.example.it/j/8127740331?pwd=sangone24

Let me know if that works and I'll update the invite.

Best,
{GIULIA_SIG}

{wrote("en", "2026-03-24 19:02", CAND_NAME, CAND_ADDR)}
{quote('''Dear Giulia,

I am very sorry about this morning. I was stuck at a customer's car with a dead phone
and only saw your message now. Would it be possible to find another slot?

Best regards,
Lukas''')}

{wrote("en", "2026-03-24 10:31", GIULIA[0], GIULIA[1])}
{quote(SANGONE_MISSED_TEXT)}""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "trans_alpine_moved_sequence2", "id": "tab-move", "lang": "en",
        "company": "Trans-Alpine Bearings", "contact": KATHARINA[1],
        "frm": KATHARINA, "subject": "Updated invitation: panel interview moved to Fri 11 September, 13:00",
        "date": "2026-09-07 08:50", "reply": "tab-cand-move",
        "text": f"""Dear Mr Ferreira-Novak,

Thank you for letting us know about your workshop shift. We were able to move the panel: it will now take place on Friday, 11 September 2026, 13:00–14:30 CEST, same building and room.

The updated calendar entry is attached and replaces the previous one. Please accept it once more so the panel sees your confirmation.

Kind regards,

{KATHARINA_SIG}

{TAB_LEGAL}""",
        "ics": {"method": "REQUEST", "uid": "tab-panel-2026-0910-lfn@trans-alpine-bearings.example.at",
                 "seq": 2, "start": "2026-09-11 13:00", "end": "2026-09-11 14:30",
                 "summary": "Panel interview: Lukas Ferreira-Novak (TSE Aftermarket) – moved",
                 "location": "Building C, Room Pyhrn, Industriezeile 36, Linz",
                 "organizer": KATHARINA, "attach": True},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "superga_cancel_manager_away", "id": "superga-cancel", "lang": "en",
        "company": "Superga Automotive Electronics", "contact": DAVIDE[1],
        "frm": DAVIDE, "subject": "Tomorrow's interview – need to cancel, sorry",
        "date": "2026-05-12 17:36",
        "text": """Hi Lukas,

I'm afraid I have to cancel tomorrow's interview at 11:00. Chiara has been called to a customer line stoppage in Melfi and will be away for the rest of the week.

This has nothing to do with your application – we're still keen to talk to you. I'll come back to you with a new date as soon as she is back, most likely for the week of 18 May.

Apologies for the short notice.

Davide Morra
Talent Partner | Superga Automotive Electronics
+39 011 555 4417""",
        "html": paras("""Hi Lukas,

I'm afraid I have to cancel tomorrow's interview at 11:00. Chiara has been called to a customer line stoppage in Melfi and will be away for the rest of the week.

This has nothing to do with your application – we're still keen to talk to you. I'll come back to you with a new date as soon as she is back, most likely for the week of 18 May.

Apologies for the short notice.

Davide Morra
Talent Partner | Superga Automotive Electronics
+39 011 555 4417"""),
        "cte": "base64",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "alsace_freinage_annulation_cancel", "id": "alsace-cancel", "lang": "fr",
        "company": "Alsace Freinage", "contact": CAMILLE[1],
        "frm": CAMILLE, "subject": "Annulé : Entretien L. Ferreira-Novak – mardi 5 mai 14h",
        "date": "2026-04-30 15:22", "reply": "alsace-invite",
        "text": ALSACE_CANCEL_TEXT,
        "ics": {"method": "CANCEL", "uid": "af-entretien-20260505-lfn@alsace-freinage.example.fr",
                 "seq": 1, "start": "2026-05-05 14:00", "end": "2026-05-05 15:00",
                 "summary": "Annulé : Entretien L. Ferreira-Novak",
                 "location": "Alsace Freinage, 12 rue du Port-du-Rhin, Strasbourg, bât. B",
                 "organizer": CAMILLE},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "rhin_equipements_appel_decale", "id": "rhin-move", "lang": "fr",
        "company": "Rhin Équipements Auto", "contact": JULIEN[1],
        "frm": JULIEN, "subject": "RE: Votre candidature – échange téléphonique",
        "date": "2026-03-13 17:20", "reply": "rhin-invite",
        "text": """Bonjour Monsieur Ferreira-Novak,

Un rendez-vous client s'est glissé dans mon agenda lundi après-midi : pourrions-nous décaler notre appel au vendredi 20 mars à 14h ? Je vous appellerai sur votre portable allemand.

Désolé pour ce changement, et merci de votre souplesse.

Julien Meyer
Responsable commercial Grand Est – Rhin Équipements Auto
06 55 50 12 48

-----Message d'origine-----
De : Lukas Ferreira-Novak <lukas.fn@example.de>
Envoyé : jeudi 12 mars 2026 07:58
À : Julien Meyer <julien.meyer@rhin-equipements.example.fr>
Objet : RE: Votre candidature – échange téléphonique

Bonjour Monsieur Meyer,

Merci beaucoup pour votre message. Le lundi 16 mars à 16h me convient parfaitement.

Bien cordialement,
Lukas Ferreira-Novak""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "pisuerga_cambio_de_hora", "id": "pisuerga-move", "lang": "es",
        "company": "Pisuerga Componentes", "contact": MARTA[1],
        "frm": MARTA, "subject": "RE: Entrevista: cambio de hora el jueves",
        "date": "2026-06-01 09:58", "reply": "pisuerga-invite",
        "text": f"""Hola Lukas:

Te escribo porque tenemos que mover la entrevista del jueves 4 de junio: Ignacio vuelve de la feria de Fráncfort esa misma mañana y no llegaría a las 10:00. ¿Te iría bien a las 16:30 del mismo día? El lugar no cambia.

Si por el vuelo te complica, también podríamos hacerla el viernes 5 a las 9:30.

Perdona el cambio.

{MARTA_SIG}""",
        "charset": "iso-8859-1", "cte": "base64", "enc": {"subject": ("iso-8859-1", "b")},
    },
    {
        "kind": "interview_reschedule_or_cancel", "slug": "talento_motor_duero_aplazada", "id": "talento-move", "lang": "es",
        "company": "Duero Motor Sistemas", "contact": BEATRIZ[1],
        "frm": BEATRIZ, "subject": "Aplazamos la entrevista con Duero Motor Sistemas",
        "date": "2026-03-02 19:05", "reply": "talento-invite",
        "text": f"""Hola Lukas:

Me acaba de llamar Rubén Calvo: mañana tienen auditoría del fabricante y no puede atenderte. La entrevista con Duero Motor Sistemas queda aplazada al miércoles 11 de marzo, también a las 12:00, y esta vez por videollamada (Teams), que así te ahorras el viaje.

Te reenvío el enlace en cuanto me lo pasen. Siento el cambio de última hora.

Un abrazo,

{BEATRIZ_SIG}

{reply_chain("es", "2026-02-24 17:40", BEATRIZ[0], BEATRIZ[1], '''¡Buenas noticias! He presentado tu perfil a Duero Motor Sistemas para el puesto de
especialista técnico-comercial de sistemas de inyección y quieren entrevistarte.

Fecha: martes 3 de marzo de 2026
Hora: 12:00''')}""",
        "enc": {"from": ("iso-8859-1", "q")},
    },
    # ======================================================================= missed_interview_notice
    {
        "kind": "missed_interview_notice", "slug": "traunstahl_im_teams_gewartet", "id": "traun-missed", "lang": "de",
        "company": "Traunstahl Komponenten", "contact": VERENA[1],
        "frm": VERENA, "subject": "Unser Termin heute um 10:00 Uhr",
        "date": "2026-06-16 10:34", "reply": "traun-invite",
        "text": f"""Sehr geehrter Herr Ferreira-Novak,

Herr Kastner und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, leider vergeblich. Auch unter Ihrer Handynummer haben wir Sie nicht erreicht.

Vielleicht ist etwas dazwischengekommen oder es gab ein technisches Problem? Bitte geben Sie mir bis Ende der Woche Bescheid, wie Sie weiter verbleiben möchten.

Mit freundlichen Grüßen

{VERENA_SIG}""",
        "html": word_html(mso(f"""Sehr geehrter Herr Ferreira-Novak,

Herr Kastner und ich haben heute ab 10:00 Uhr im Teams-Meeting auf Sie gewartet, leider vergeblich. Auch unter Ihrer Handynummer haben wir Sie nicht erreicht.

Vielleicht ist etwas dazwischengekommen oder es gab ein technisches Problem? Bitte geben Sie mir bis Ende der Woche Bescheid, wie Sie weiter verbleiben möchten.

Mit freundlichen Grüßen

{VERENA_SIG}""")),
    },
    {
        "kind": "missed_interview_notice", "slug": "poestlingberg_zweimal_angerufen", "id": "poest-missed", "lang": "de",
        "company": "Pöstlingberg Antriebe", "contact": STEFAN[1],
        "frm": STEFAN, "subject": "Telefoninterview heute - nicht erreicht",
        "date": "2026-08-27 10:41", "reply": "poest-invite",
        "text": """Grüß Gott Herr Ferreira-Novak,

für heute, 10:00 Uhr, war unser Telefoninterview gebucht. Ich habe Sie um 10:00 und noch einmal um 10:15 Uhr unter +49 171 5550 2863 angerufen, es hat aber niemand abgehoben, und eine Mailbox war nicht eingerichtet.

Falls Sie weiterhin Interesse haben, melden Sie sich bitte bei mir.

Freundliche Grüße
Stefan Leitner
Verkaufsleiter Innendienst
Pöstlingberg Antriebe GmbH · Leonfeldner Straße 210 · 4040 Linz
+43 732 555 4470""",
        "enc": {"subject": ("iso-8859-1", "q"), "from": ("iso-8859-1", "q")},
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "kind": "missed_interview_notice", "slug": "neckarpersonal_kunde_kraichgau_gewartet", "id": "neckar-missed", "lang": "de",
        "company": "Kraichgau Kunststofftechnik", "contact": MURAT[1],
        "frm": MURAT, "enc": {"from": ("utf-8", "b")},
        "subject": "Vorstellungstermin Kraichgau Kunststofftechnik – Sie waren nicht da",
        "date": "2026-03-10 11:52",
        "text": """Hallo Herr Ferreira-Novak,

eben hat mich Herr Seitz von der Kraichgau Kunststofftechnik in Bruchsal angerufen: Er hat heute um 10:30 Uhr mit dem Produktionsleiter auf Sie gewartet, Sie sind aber nicht erschienen. Auf meinem Handy habe ich auch keine Nachricht von Ihnen.

Der Kunde ist darüber natürlich nicht begeistert. Bitte rufen Sie mich heute noch zurück, damit ich ihm erklären kann, was passiert ist.

Murat Yıldız
Personaldisponent · Niederlassung Karlsruhe
Neckarpersonal GmbH
Kaiserstraße 162 · 76133 Karlsruhe
Tel. 0721 5550 3318""",
    },
    {
        "kind": "missed_interview_notice", "slug": "autohaus_degerloch_nicht_angetroffen", "id": "degerloch-missed", "lang": "de",
        "company": "Autohaus Degerloch", "contact": RAINER[1],
        "frm": RAINER, "enc": {"from": ("iso-8859-1", "q")},
        "subject": "Heute 15 Uhr",
        "date": "2026-02-05 16:10", "reply": "degerloch-ack",
        "text": """Hallo Herr Ferreira-Novak,

Sie waren heute um 15 Uhr bei mir zum Gespräch wegen der Teiletheke eingeplant. Ich hab bis halb vier im Büro gewartet und zwischendurch auch zweimal bei Ihnen angerufen, aber niemanden erreicht.

Wenn's noch interessant ist, melden Sie sich halt.

Rainer Kübler
Autohaus Degerloch · Epplestraße 90 · 70597 Stuttgart""",
        "cte": "quoted-printable",
    },
    {
        "kind": "missed_interview_notice", "slug": "auer_videocall_nicht_eingewaehlt", "id": "auer-missed", "lang": "de",
        "company": "Auer Fahrzeugtechnik", "contact": THERESA[1],
        "frm": THERESA, "subject": "AW: Videogespräch Donnerstag 9 Uhr",
        "date": "2026-09-03 09:38", "reply": "<000c01dc3b1a$auer-invite-0831@auer-fahrzeugtechnik.example.de>",
        "text": f"""Hallo Herr Ferreira-Novak,

Herr Gruber und ich waren heute ab 9:00 Uhr im Videoraum, Sie haben sich aber leider nicht eingewählt. Wir haben bis 9:25 Uhr gewartet.

Ist etwas schiefgegangen? Melden Sie sich gerne, dann schauen wir, wie es weitergeht.

Viele Grüße aus Pasing
Theresa Auer
Personal & Organisation
Auer Fahrzeugtechnik GmbH & Co. KG
Landsberger Straße 480 · 81241 München
Tel. 089 5550 6612

{outlook_block("de", f"{THERESA[0]} <{THERESA[1]}>", "2026-08-31 15:02", f"{CAND_NAME} <{CAND_ADDR}>", "Videogespräch Donnerstag 9 Uhr", AUER_INVITE_TEXT)}""",
        "html": word_html(mso("""Hallo Herr Ferreira-Novak,

Herr Gruber und ich waren heute ab 9:00 Uhr im Videoraum, Sie haben sich aber leider nicht eingewählt. Wir haben bis 9:25 Uhr gewartet.

Ist etwas schiefgegangen? Melden Sie sich gerne, dann schauen wir, wie es weitergeht.

Viele Grüße aus Pasing
Theresa Auer
Personal & Organisation
Auer Fahrzeugtechnik GmbH & Co. KG
Landsberger Straße 480 · 81241 München
Tel. 089 5550 6612""") + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            + mso(outlook_block("de", f"{THERESA[0]} <{THERESA[1]}>", "2026-08-31 15:02", f"{CAND_NAME} <{CAND_ADDR}>", "Videogespräch Donnerstag 9 Uhr", AUER_INVITE_TEXT)) + "\n</div>"),
    },
    {
        "kind": "missed_interview_notice", "slug": "sangone_waited_on_zoom", "id": "sangone-missed", "lang": "en",
        "company": "Sangone Powertrain", "contact": GIULIA[1],
        "frm": GIULIA, "subject": "Your interview this morning",
        "date": "2026-03-24 10:31", "reply": "sangone-invite",
        "text": SANGONE_MISSED_TEXT,
    },
    {
        "kind": "missed_interview_notice", "slug": "murgtal_tried_calling_twice", "id": "murgtal-missed", "lang": "en",
        "company": "Murgtal Trailer Parts", "contact": KEVIN[1],
        "frm": KEVIN, "subject": "Missed call – phone interview 10:00",
        "date": "2026-08-04 10:27",
        "text": """Hello Lukas,

We had your phone interview booked for 10:00 today. I tried calling you twice at 10:00 and again at 10:10 on +49 171 5550 2863 but only got your voicemail.

If you'd still like to be considered for the Inside Sales role, drop me a line with a couple of times that suit you this week.

Regards,
Kevin Brandt
Branch Manager, Murgtal Trailer Parts GmbH
Industriestraße 19, 76437 Rastatt
+49 7222 555 180""",
    },
    {
        "kind": "missed_interview_notice", "slug": "rhin_equipements_injoignable", "id": "rhin-missed", "lang": "fr",
        "company": "Rhin Équipements Auto", "contact": JULIEN[1],
        "frm": JULIEN, "subject": "Notre appel de 14h",
        "date": "2026-03-20 14:26", "reply": "rhin-move",
        "text": """Bonjour Monsieur Ferreira-Novak,

J'ai essayé de vous joindre à 14h comme convenu, puis à nouveau à 14h15, sans succès : je suis tombé directement sur votre messagerie.

Je vous laisse me recontacter si vous souhaitez toujours échanger sur le poste.

Cordialement,
Julien Meyer
Rhin Équipements Auto
06 55 50 12 48""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "kind": "missed_interview_notice", "slug": "technostaff_client_vous_attendait", "id": "technostaff-missed", "lang": "fr",
        "company": "TechnoStaff Suisse", "contact": SEBASTIEN[1],
        "frm": SEBASTIEN, "subject": "Entretien de ce matin chez notre client à Mulhouse",
        "date": "2026-04-21 11:08", "reply": "technostaff-reg",
        "text": """Bonjour Lukas,

Notre client m'a appelé : il vous attendait ce matin à 9h30 pour l'entretien prévu dans ses locaux de Mulhouse, et vous ne vous êtes pas présenté. Je n'ai pas réussi à vous avoir au téléphone non plus.

Pouvez-vous me rappeler rapidement ? J'aimerais comprendre ce qui s'est passé avant de revenir vers lui.

Sébastien Rossier
Consultant recrutement – Automobile & Industrie
TechnoStaff Suisse SA
Rue du Rhône 65, 1204 Genève
+41 22 555 40 17""",
        "enc": {"from": ("utf-8", "b"), "subject": ("utf-8", "q")},
    },
    {
        "kind": "missed_interview_notice", "slug": "castilla_recambios_no_contestaste", "id": "castilla-missed", "lang": "es",
        "company": "Castilla Recambios", "contact": OSCAR[1],
        "frm": OSCAR, "subject": "Re: Tu CV para mostrador y ventas a talleres",
        "date": "2026-07-09 10:22", "reply": "castilla-invite",
        "text": """Hola Lukas,

Te he llamado dos veces a las 10:00, como quedamos, y no lo has cogido. ¿Ha pasado algo? Si sigues interesado, dime cuándo te viene bien y lo intentamos otra vez.

Saludos,
Óscar""",
        "charset": "iso-8859-1", "cte": "base64", "enc": {"from": ("iso-8859-1", "q")},
    },
]
