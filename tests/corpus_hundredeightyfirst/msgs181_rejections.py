"""Corpus 181, kind rejection: 31 hand-written messages (de 14, fr 8, en 6, es 3)."""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs181_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    forward,
    gmail_html,
    outlook_html,
    outlook_reply,
    reply,
    simple_html,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MESSAGES: list[dict] = []
add = MESSAGES.append

# ----------------------------------------------------------------------------- German (14)

_thanks_de = (
    "Liebe Frau Gysin\n\n"
    "Herzlichen Dank für das angenehme Gespräch heute Nachmittag und den Rundgang durch die "
    "Abfüllung. Die Art, wie Sie die Rückverfolgbarkeit vom Rohstoff bis zur Palette "
    "organisieren, hat mich beeindruckt. Ich freue mich, von Ihnen zu hören.\n\n"
    "Freundliche Grüsse\nJonas Haverkamp-Sørensen"
)
_r1 = (
    "Lieber Herr Haverkamp-Sørensen\n\n"
    "Vielen Dank für Ihre freundlichen Zeilen nach unserem Gespräch und für die Zeit, die Sie "
    "sich für uns genommen haben.\n\n"
    "Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende hat sich das Team für eine "
    "Person entschieden, die bereits mehrere Jahre als QS-Fachkraft in einem IFS-zertifizierten "
    "Betrieb gearbeitet hat. Für die Stelle als Spezialist Qualitätssicherung Frischprodukte "
    "können wir Ihnen deshalb keine Zusage geben.\n\n"
    "Ihr Wechsel aus der Küche in die Qualitätssicherung hat uns trotzdem überzeugt – gerade "
    "Ihre HACCP-Praxis. Wenn Sie einverstanden sind, behalten wir Ihr Dossier für künftige "
    "Vakanzen in unserer Produktion in Pratteln.\n\n"
    "Alles Gute und freundliche Grüsse\n\n"
    "Sabine Gysin\nHR Business Partner\nRheinkost AG\nHochbergerstrasse 60, 4057 Basel\n"
    "T +41 61 555 27 14\n\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht."
)
_r1_text = reply(_r1, "de", "12.02.2026 um 19:48", CAND_NAME, CAND_ADDR, _thanks_de)
add(dict(
    kind="rejection", slug="rheinkost_after_interview", lang="de", company="Rheinkost",
    contact="sabine.gysin@rheinkost.example.ch",
    frm=("Sabine Gysin", "sabine.gysin@rheinkost.example.ch"),
    subject="AW: Danke für das Gespräch – Spezialist QS Frischprodukte",
    date="2026-02-24 16:05 ch", id="rheinkost_rej", parent="rheinkost_thanks",
    form="alt", text=_r1_text, html=outlook_html(_r1_text, "de"), cte="quoted-printable",
    headers=[("Thread-Topic", "Danke für das Gespräch"), ("X-MS-Has-Attach", "")],
))

_r2 = (
    "Guten Tag Jonas Haverkamp-Sørensen\n\n"
    "Sie haben sich bei der Backhaus Sihlfeld AG als Leiter/in Hygiene & Qualität "
    "(Filialnetz Zürich) beworben. Wir danken Ihnen für das Vertrauen.\n\n"
    "Nach eingehender Prüfung aller Unterlagen müssen wir Ihnen mitteilen, dass Ihre "
    "Bewerbung im weiteren Auswahlverfahren nicht berücksichtigt wird.\n\n"
    "Ihre Daten werden gemäss unserer Datenschutzerklärung nach sechs Monaten gelöscht.\n\n"
    "Freundliche Grüsse\nIhr Recruiting-Team der Backhaus Sihlfeld AG"
)
add(dict(
    kind="rejection", slug="sihlfeld_softgarden_formal", lang="de", company="Backhaus Sihlfeld",
    contact="", frm=("Backhaus Sihlfeld AG", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung als Leiter/in Hygiene & Qualität", date="2026-03-02 07:41 utc",
    id="sihlfeld_rej", parent="sihlfeld_ack", form="html", cte="base64",
    html=ats_card("Backhaus Sihlfeld – Karriere", "#8a5a2b", _r2,
                  "Diese Nachricht wurde automatisch über softgarden versendet. "
                  "Bitte antworten Sie nicht auf diese E-Mail.", lang="de"),
    headers=AUTO,
))

_r3 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Wir bedanken uns für Ihre Bewerbung als Category Quality Manager Frische und für Ihr "
    "Interesse an der Alpenfrisch Detailhandel AG.\n\n"
    "Wir haben Ihre Unterlagen sorgfältig mit dem Anforderungsprofil verglichen. Wir haben "
    "uns entschieden, mit Kandidatinnen und Kandidaten weiterzugehen, deren Erfahrung im "
    "Lieferantenmanagement und in der Auditierung von Produzenten dem Profil näher kommt.\n\n"
    "Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.\n\n"
    "Freundliche Grüsse\n\nNadine Bühlmann\nTalent Acquisition\nAlpenfrisch Detailhandel AG\n"
    "Hohlstrasse 412, 8048 Zürich"
)
add(dict(
    kind="rejection", slug="alpenfrisch_closer_profiles", lang="de",
    company="Alpenfrisch Detailhandel", contact="",
    frm=("Alpenfrisch Karriere", "alpenfrisch@successfactors.eu"),
    subject="Ihre Bewerbung: Category Quality Manager Frische (Req. 4471)",
    date="2026-04-21 10:12 ch", parent="alpenfrisch_ack", charset="iso-8859-1",
    cte="quoted-printable", text=_r3, headers=AUTO,
))

_r4 = (
    "Sehr geehrter Herr Haverkamp-Sørensen,\n\n"
    "zunächst vielen Dank, dass Sie sich im Februar Zeit für das Gespräch mit Herrn Bühler "
    "und mir genommen haben.\n\n"
    "Leider hat sich bei uns seither einiges geändert: Die Geschäftsleitung hat beschlossen, "
    "die Stelle als Qualitätsbeauftragte/r Feinkostproduktion bis auf Weiteres auf Eis zu "
    "legen. Das Auswahlverfahren wird damit beendet, und wir werden es in diesem Jahr nicht "
    "wieder aufnehmen.\n\n"
    "Das hat nichts mit Ihrer Eignung zu tun, und es tut mir leid, Ihnen keine bessere "
    "Nachricht schicken zu können.\n\n"
    "Mit freundlichen Grüßen\n"
    "Katrin Weißhaar\nPersonalreferentin\nBreisgauer Feinkost GmbH\n"
    "Tullastraße 71, 79108 Freiburg im Breisgau\nTel. +49 761 555 48 20"
)
add(dict(
    kind="rejection", slug="breisgauer_on_hold", lang="de", company="Breisgauer Feinkost",
    contact="k.weisshaar@breisgauer-feinkost.example.de",
    frm=("Breisgauer Feinkost GmbH", "breisgauer-feinkost@personio.de"),
    reply_to=("Katrin Weißhaar", "k.weisshaar@breisgauer-feinkost.example.de"),
    subject="Qualitätsbeauftragte/r (m/w/d): Stand Ihrer Bewerbung",
    date="2026-03-04 14:30 de", parent="breisgauer_move", hcs="iso-8859-1/Q", form="alt",
    text=_r4, html=simple_html(_r4, "de"), cte="quoted-printable",
))

_r5_client = (
    "Hallo Reto\n\n"
    "Danke nochmals für den Vorschlag. Wir haben Herrn Haverkamp-Sørensen letzte Woche "
    "gesehen; sympathisch und fachlich in der Küchenhygiene sehr sattelfest. Für unsere "
    "Schlachtung und Zerlegung fehlt uns aber die Erfahrung mit Fleischkontrolle und "
    "Tierschutzvorgaben. Wir gehen mit einer internen Lösung weiter.\n\n"
    "Gruss\nBeat Lüthi\nLeiter Qualität, Emmental Fleischwaren AG, Langnau i.E."
)
_r5 = forward(
    "Grüezi Herr Haverkamp-Sørensen\n\n"
    "Leider habe ich von Emmental Fleischwaren keinen positiven Bescheid erhalten – unten die "
    "Rückmeldung von Herrn Lüthi, die ich Ihnen gern im Wortlaut weitergebe. Für die Stelle in "
    "Langnau geht es damit nicht weiter.\n\n"
    "Ich bleibe für Sie dran; im Bereich Convenience habe ich zwei Mandate, die besser passen "
    "könnten.\n\n"
    "Beste Grüsse\nReto Ammann\nSenior Consultant Food & Life Science\nQualiPersonal AG\n"
    "Badenerstrasse 141, 8004 Zürich\n+41 44 555 80 12",
    "de", "Beat Lüthi <beat.luethi@emmental-fleisch.example.ch>", "Mo., 9. Feb. 2026 um 08:14",
    "Kandidat Haverkamp-Sørensen", "Reto Ammann <reto.ammann@qualipersonal.example.ch>",
    _r5_client,
)
add(dict(
    kind="rejection", slug="qualipersonal_client_no", lang="de", company="Emmental Fleischwaren",
    contact="reto.ammann@qualipersonal.example.ch",
    frm=("Reto Ammann", "reto.ammann@qualipersonal.example.ch"),
    subject="WG: Kandidat Haverkamp-Sørensen", date="2026-02-09 11:02 ch",
    parent="qualipersonal_move", form="alt", text=_r5, html=gmail_html(_r5),
    hcs="utf-8/B", cte="quoted-printable",
))

_r6 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Kurz und direkt: Wir haben die Auditorenstelle anderweitig vergeben.\n\n"
    "Danke für Ihr Interesse.\n\nC. Stäheli\nHelvecert AG"
)
add(dict(
    kind="rejection", slug="helvecert_terse", lang="de", company="Helvecert",
    contact="corinne.staeheli@helvecert.example.ch",
    frm=("Corinne Stäheli", "corinne.staeheli@helvecert.example.ch"),
    subject="Auditor/in Lebensmittelsicherheit", date="2026-06-29 17:48 ch",
    parent="helvecert_missed", hcs="iso-8859-1/B", text=_r6,
))

_r7 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Im Anhang erhalten Sie unser Schreiben zum Ausgang des Auswahlverfahrens für die Stelle "
    "Lebensmittelinspektor/in (80–100 %).\n\n"
    "Kurz zusammengefasst: Die Wahl ist auf eine Person mit eidgenössischem Fachausweis in "
    "Lebensmittelkontrolle gefallen. Ihre Bewerbung konnten wir deshalb nicht weiter "
    "berücksichtigen. Die schriftlichen Unterlagen senden wir Ihnen nicht zurück; sie werden "
    "nach Abschluss des Verfahrens vernichtet.\n\n"
    "Freundliche Grüsse\n\n"
    "Ueli Zimmermann\nPersonaldienst\nKantonsamt für Lebensmittelaufsicht Bern (KALA)\n"
    "Muesmattstrasse 19, 3012 Bern\nTelefon +41 31 555 62 40"
)
add(dict(
    kind="rejection", slug="kala_letter_pdf", lang="de",
    company="Kantonsamt für Lebensmittelaufsicht Bern",
    contact="ueli.zimmermann@kala-be.example.ch",
    frm=("Zimmermann Ueli, KALA", "ueli.zimmermann@kala-be.example.ch"),
    subject="Stelle Lebensmittelinspektor/in – Ihr Bescheid", date="2026-05-20 09:30 ch",
    parent="kala_missed", text=_r7, cte="base64",
    attach=[dict(file="KALA_Bescheid_Haverkamp.pdf", title="Bescheid Auswahlverfahren", lines=[
        "Kantonsamt fuer Lebensmittelaufsicht Bern", "Personaldienst", "",
        "Bern, 20. Mai 2026", "",
        "Herr Jonas Haverkamp-Soerensen, Mittlere Strasse 41, 4056 Basel", "",
        "Stelle Lebensmittelinspektor/in 80-100 %", "",
        "Wir danken Ihnen fuer Ihre Bewerbung und Ihre Teilnahme am Verfahren.",
        "Die Wahl ist auf eine andere Person gefallen. Wir bedauern, Ihnen",
        "keinen positiven Bescheid geben zu koennen.", "", "Freundliche Gruesse",
        "Ueli Zimmermann, Personaldienst",
    ])],
))

_r8 = (
    "Hallo Herr Haverkamp-Sørensen\n\n"
    "Danke für Ihre Bewerbung als Laborant/in Mikrobiologie Lebensmittel bei uns in "
    "Allschwil.\n\n"
    "Während wir die Dossiers gesichtet haben, hat sich eine Mitarbeiterin aus unserem "
    "Wasserlabor für die Stelle interessiert. Wir haben die Position nun intern besetzt und "
    "führen keine externen Gespräche mehr.\n\n"
    "Ich wünsche Ihnen viel Glück bei der Suche.\n\n"
    "Petra Imhof\nTeamleiterin Personal\nLabor Birsig AG\nGewerbestrasse 8, 4123 Allschwil\n"
    "061 555 19 90"
)
add(dict(
    kind="rejection", slug="birsig_filled_internally", lang="de", company="Labor Birsig",
    contact="petra.imhof@labor-birsig.example.ch",
    frm=("Petra Imhof", "petra.imhof@labor-birsig.example.ch"),
    subject="Laborant/in Mikrobiologie – interne Besetzung", date="2026-01-27 13:16 ch",
    form="alt", text=_r8, html=simple_html(_r8, "de"), cte="base64",
))

_r9 = (
    "Hoi Jonas\n\n"
    "ich mach's kurz und ehrlich, du kennst ja den Laden: Diesmal hat's nicht gereicht. Wir "
    "haben jemanden genommen, der schon zwei Jahre in der Spitalverpflegung die Hygiene "
    "verantwortet hat, und das hat für Dani den Ausschlag gegeben.\n\n"
    "Ist kein Urteil über dich, im Gegenteil. Wenn wir nächstes Jahr die zweite Zentralküche "
    "aufmachen, melde ich mich zuerst bei dir.\n\n"
    "Gruess\nMirco\n\n--\nMirco Frei\nBetriebsleiter Zentralküche\nDreiland Catering AG\n"
    "Neudorfstrasse 22, 4056 Basel\n+41 61 555 70 33"
)
add(dict(
    kind="rejection", slug="dreiland_casual_no", lang="de", company="Dreiland Catering",
    contact="mirco.frei@dreiland-catering.example.ch",
    frm=("Mirco Frei", "mirco.frei@dreiland-catering.example.ch"),
    subject="Hygieneverantwortung Zentralküche", date="2026-02-06 18:22 ch",
    parent="dreiland_move", text=_r9, charset="utf-8", cte="8bit",
))

_r10 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Besten Dank für Ihr Interesse an der Stelle Mitarbeiter/in Qualitätssicherung Käserei.\n\n"
    "Leider müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiterverfolgen. Die "
    "Entscheidung ist nach dem Abgleich mit den Anforderungen an die Milchwirtschaft "
    "gefallen.\n\n"
    "Wir danken Ihnen für die Zeit und wünschen Ihnen alles Gute.\n\n"
    "Aaretal Molkerei AG\nPersonal\n\n"
    "Dies ist eine automatisch generierte Nachricht. Antworten an diese Adresse werden nicht "
    "gelesen."
)
add(dict(
    kind="rejection", slug="aaretal_personio_formal", lang="de", company="Aaretal Molkerei",
    contact="", frm=("Aaretal Molkerei AG", "noreply@personio.de"),
    subject="Rückmeldung zu Ihrer Bewerbung – Aaretal Molkerei", date="2026-08-18 06:55 utc",
    parent="aaretal_missed", text=_r10, cte="base64", hcs="utf-8/B", headers=AUTO,
))

_r11 = (
    "Hallo Jonas\n\n"
    "Ich hatte heute Morgen meinen Kunden am Telefon. Er hat sich nach dem Gespräch vom "
    "16. Juli für eine andere Kandidatin entschieden, die schon in einer Grossbäckerei "
    "gearbeitet hat. Schade, ich hatte ein gutes Gefühl.\n\n"
    "Lass uns nächste Woche telefonieren, dann schauen wir gemeinsam, welche Profile ich dir "
    "als Nächstes vorschlage.\n\n"
    "Liebe Grüsse\nDeniz\n\n"
    "Deniz Kaya | Personalberaterin Gastronomie & Food\nGastro Staff Basel AG\n"
    "Clarastrasse 13, 4058 Basel | 061 555 44 80"
)
add(dict(
    kind="rejection", slug="gastrostaff_client_declined", lang="de", company="Gastro Staff Basel",
    contact="deniz.kaya@gastrostaff-basel.example.ch",
    frm=("Deniz Kaya", "deniz.kaya@gastrostaff-basel.example.ch"),
    subject="Rückmeldung vom Kunden", date="2026-07-24 09:40 ch", parent="gastrostaff_inv",
    text=_r11, charset="iso-8859-1", cte="8bit",
))

_r12 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Wir beziehen uns auf Ihre Bewerbung vom August für die Stelle "
    "Fachspezialist/in Betriebshygiene.\n\n"
    "Im Rahmen der Budgetdebatte hat der Regierungsrat die Stellenplafonierung für 2027 "
    "beschlossen. Die ausgeschriebene Stelle wird gestrichen; das Verfahren ist damit "
    "abgebrochen und es wird keine Wahl stattfinden.\n\n"
    "Wir bedauern diesen Entscheid und danken Ihnen für Ihr Interesse am Amt.\n\n"
    "Hochachtungsvoll\n\n"
    "Hanspeter Wüthrich\nLeiter Dienste\nAmt für Lebensmittelaufsicht Zürich\n"
    "Fabrikstrasse 31, 8005 Zürich\n\n"
    "Diese Mitteilung ist ausschliesslich für den Adressaten bestimmt."
)
add(dict(
    kind="rejection", slug="alz_position_cancelled", lang="de",
    company="Amt für Lebensmittelaufsicht Zürich",
    contact="hanspeter.wuethrich@alz-zh.example.ch",
    frm=("Wüthrich Hanspeter (ALZ)", "hanspeter.wuethrich@alz-zh.example.ch"),
    subject="Stelle Fachspezialist/in Betriebshygiene: Abbruch des Verfahrens",
    date="2026-10-07 15:03 ch", form="html", hcs="iso-8859-1/Q",
    html=outlook_html(_r12, "de"), cte="quoted-printable",
))

_r13 = (
    "Sehr geehrter Herr Haverkamp-Sørensen,\n\n"
    "haben Sie vielen Dank für Ihren Besuch in unserer Großküche in Freiburg-Haslach und die "
    "offenen Antworten zu Ihrer Zeit am Herd.\n\n"
    "Nach Abschluss aller Gespräche ist unsere Wahl auf einen Bewerber gefallen, der neben dem "
    "Hygienemanagement auch die Schulung unserer 60 Küchenkräfte sofort übernehmen kann. Wir "
    "bitten um Verständnis, dass wir Ihnen daher eine Absage erteilen.\n\n"
    "Bleiben Sie uns gewogen – vielleicht kreuzen sich unsere Wege bei einer anderen "
    "Gelegenheit.\n\n"
    "Freundliche Grüße\n"
    "Sebastian Rößler\nLeitung Qualitätsmanagement\n"
    "Schauinsland Gemeinschaftsverpflegung GmbH\nCarl-Kistner-Straße 40, 79115 Freiburg\n"
    "Tel. 0761 555 13 77\n\nAmtsgericht Freiburg HRB 700123 · Geschäftsführer: M. Albiez"
)
add(dict(
    kind="rejection", slug="schauinsland_after_visit", lang="de",
    company="Schauinsland Gemeinschaftsverpflegung", contact="s.roessler@schauinsland-gv.example.de",
    frm=("Sebastian Rößler", "s.roessler@schauinsland-gv.example.de"),
    subject="Ihre Bewerbung: Hygienemanagement Großküche", date="2026-10-13 11:25 de",
    text=_r13, charset="windows-1252", cte="8bit", hcs="iso-8859-1/B",
))

_r14_old_inv = (
    "Grüezi Herr Haverkamp-Sørensen\n\n"
    "Wir laden Sie gerne zu einem ersten Gespräch für die Stelle Qualitätssicherung "
    "Gewürzproduktion ein: Mittwoch, 26. August, 09:30 Uhr bei uns an der Elsässerstrasse.\n\n"
    "Freundliche Grüsse\nAndrea Vögtli"
)
_r14_status = (
    "Guten Tag Frau Vögtli\n\n"
    "Ich erlaube mir, mich nach dem Stand des Verfahrens zu erkundigen. Das Gespräch vom "
    "26. August hat mir sehr gefallen.\n\n"
    "Freundliche Grüsse\nJonas Haverkamp-Sørensen"
)
_r14_inner = outlook_reply(
    _r14_status, "de", "Jonas Haverkamp-Sørensen <jonas.hs@example.ch>",
    "Montag, 7. September 2026 08:02", "Andrea Vögtli <andrea.voegtli@gewuerzmuehle-stjohann.example.ch>",
    "AW: Einladung Gespräch Qualitätssicherung", _r14_old_inv,
)
_r14 = outlook_reply(
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Danke für Ihre Nachfrage, und entschuldigen Sie die Wartezeit.\n\n"
    "Wir haben die Stelle inzwischen vergeben. Den Ausschlag gab, dass unsere neue Kollegin "
    "bereits mit Mykotoxin-Analysen bei Rohwaren aus Übersee gearbeitet hat – das brauchen "
    "wir im Moment dringender als Erfahrung in der Küche. Wir bedanken uns herzlich für das "
    "offene Gespräch.\n\n"
    "Freundliche Grüsse\n\n"
    "Andrea Vögtli\nLeiterin Personal & Administration\nGewürzmühle St. Johann AG\n"
    "Elsässerstrasse 210, 4056 Basel\nTel. +41 61 555 38 61",
    "de", "Jonas Haverkamp-Sørensen <jonas.hs@example.ch>", "Montag, 7. September 2026 08:02",
    "Andrea Vögtli", "Stand des Verfahrens", _r14_inner,
)
add(dict(
    kind="rejection", slug="gewuerzmuehle_outlook_chain", lang="de",
    company="Gewürzmühle St. Johann", contact="andrea.voegtli@gewuerzmuehle-stjohann.example.ch",
    frm=("Andrea Vögtli", "andrea.voegtli@gewuerzmuehle-stjohann.example.ch"),
    subject="AW: Stand des Verfahrens", date="2026-09-08 10:47 ch", parent="gewuerz_status",
    form="alt", text=_r14, html=outlook_html(_r14, "de", "windows-1252"), charset="windows-1252",
    cte="quoted-printable", hcs="iso-8859-1/Q",
))

# ----------------------------------------------------------------------------- French (8)

_r15 = (
    "Bonjour Jonas,\n\n"
    "Nous vous remercions pour votre candidature au poste d'Auditeur/trice junior sécurité "
    "alimentaire (réf. CA-2026-014).\n\n"
    "Après un examen attentif de votre dossier, nous sommes au regret de vous informer que "
    "nous ne donnerons pas suite à votre candidature pour ce poste.\n\n"
    "Vos données restent dans notre vivier de talents pendant douze mois ; vous pouvez les "
    "supprimer à tout moment depuis votre espace candidat.\n\n"
    "Cordialement,\nL'équipe Recrutement de Certalp SA"
)
add(dict(
    kind="rejection", slug="certalp_icims_formal", lang="fr", company="Certalp", contact="",
    frm=("Certalp SA – Recrutement", "donotreply@icims.com"),
    subject="Votre candidature chez Certalp – réf. CA-2026-014", date="2026-03-12 08:00 utc",
    parent="certalp_ack", form="alt", text=_r15,
    html=ats_card("Certalp – Carrières", "#00558c", _r15,
                  "Ce message a été généré automatiquement. Merci de ne pas y répondre.",
                  ("Mon espace candidat", "https://careers-certalp.icims.com/jobs/candidate"),
                  lang="fr"),
    cte="quoted-printable", headers=AUTO,
))

_r16 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Merci encore pour notre échange téléphonique de la semaine passée, finalement rattrapé "
    "après notre premier rendez-vous manqué.\n\n"
    "Pour le poste de technicien·ne en analyses microbiologiques, nous avons choisi de "
    "poursuivre avec des personnes dont le parcours en laboratoire accrédité ISO 17025 "
    "correspond davantage à nos besoins immédiats. Votre expérience de cuisine est "
    "précieuse, mais la montée en compétence sur nos méthodes serait trop longue pour ce "
    "poste-ci.\n\n"
    "Je vous souhaite une belle suite.\n\n"
    "Dre Élodie Perrenoud\nResponsable du laboratoire\nLaboratoire Sauvabelin SA\n"
    "Route de la Feuillère 12, 1010 Lausanne\n+41 21 555 90 41"
)
add(dict(
    kind="rejection", slug="sauvabelin_better_match", lang="fr", company="Laboratoire Sauvabelin",
    contact="elodie.perrenoud@labo-sauvabelin.example.ch",
    frm=("Élodie Perrenoud", "elodie.perrenoud@labo-sauvabelin.example.ch"),
    subject="Suite à notre entretien – technicien·ne en analyses", date="2026-06-26 16:10 ch",
    parent="sauvabelin_missed", text=_r16, hcs="utf-8/B", cte="quoted-printable",
))

_r17 = (
    "Bonjour Jonas,\n\n"
    "Je reviens vers vous au sujet du poste de responsable hygiène que je vous avais présenté "
    "pour mon client, un groupe de restauration d'entreprise de la Riviera.\n\n"
    "Mon client a tranché hier : il ne retient pas votre profil, principalement parce qu'il "
    "souhaite quelqu'un ayant déjà piloté une certification ISO 22000 de bout en bout. Je "
    "sais que ce n'est pas la réponse espérée.\n\n"
    "On s'appelle la semaine prochaine pour faire le point sur les autres pistes ?\n\n"
    "Belle journée,\nYasmine Cherif\nConsultante senior – Hôtellerie & Agroalimentaire\n"
    "Talents Romands SA\nAvenue de la Gare 29, 1003 Lausanne\n+41 21 555 11 64"
)
add(dict(
    kind="rejection", slug="talents_romands_unnamed_client", lang="fr",
    company="Talents Romands", contact="yasmine.cherif@talents-romands.example.ch",
    frm=("Yasmine Cherif", "yasmine.cherif@talents-romands.example.ch"),
    subject="Retour de mon client – poste responsable hygiène", date="2026-04-28 12:34 ch",
    parent="talents_missed", form="alt", text=_r17, html=gmail_html(_r17), cte="base64",
))

_r18 = (
    "Bonjour Jonas,\n\n"
    "Nous revenons vers vous après l'entretien téléphonique que nous avons organisé pour "
    "remplacer la journée d'évaluation du 2 avril.\n\n"
    "Nous avons finalement retenu une autre candidature pour le poste de Technicien(ne) "
    "qualité HACCP. Le jury a apprécié votre connaissance du terrain, mais l'autre personne "
    "maîtrise déjà notre logiciel de gestion des non-conformités et l'allemand technique "
    "utilisé avec nos sites outre-Rhin.\n\n"
    "Nous vous remercions pour votre engagement tout au long du processus.\n\n"
    "Camille Ostermann\nChargée de recrutement\nAlsace Saveurs\n"
    "12 rue de l'Ill, 68100 Mulhouse"
)
add(dict(
    kind="rejection", slug="alsace_saveurs_after_assessment", lang="fr", company="Alsace Saveurs",
    contact="c.ostermann@alsace-saveurs.example.fr",
    frm=("Camille Ostermann via Teamtailor", "no-reply@teamtailor-mail.com"),
    reply_to=("Camille Ostermann", "c.ostermann@alsace-saveurs.example.fr"),
    subject="Technicien(ne) qualité HACCP – notre décision", date="2026-04-10 09:15 fr",
    parent="alsace_missed", form="html",
    html=ats_card("Alsace Saveurs", "#b5121b", _r18,
                  "Envoyé avec Teamtailor · Gérer mes données personnelles", lang="fr"),
    cte="quoted-printable",
))

_r19 = (
    "Monsieur,\n\n"
    "Le poste de responsable hygiène en cuisine centrale a été pourvu. Nous ne donnerons donc "
    "pas suite.\n\nBonne continuation.\n\nT. Wendling\nDoller Restauration"
)
add(dict(
    kind="rejection", slug="doller_terse", lang="fr", company="Doller Restauration",
    contact="t.wendling@doller-restauration.example.fr",
    frm=("Thierry Wendling", "t.wendling@doller-restauration.example.fr"),
    subject="Re: Candidature responsable hygiène", date="2026-06-05 07:58 fr",
    parent="doller_ack", text=_r19, charset="iso-8859-1", cte="8bit",
))

_thanks_fr = (
    "Bonjour Madame Chappuis,\n\n"
    "Merci pour la visite de la cave d'affinage et pour le temps consacré à mes questions sur "
    "le plan d'échantillonnage Listeria. Je reste très motivé par ce poste.\n\n"
    "Avec mes meilleures salutations,\nJonas Haverkamp-Sørensen"
)
_r20 = reply(
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Merci pour votre gentil message, qui m'a fait plaisir.\n\n"
    "Malheureusement, la direction a choisi une candidate issue de la filière fromagère, qui "
    "connaît déjà les exigences de l'interprofession. Nous ne pourrons donc pas vous proposer "
    "le poste d'assistant qualité.\n\n"
    "Votre motivation ne fait aucun doute et je ne manquerai pas de vous recontacter si un "
    "poste en production s'ouvre.\n\n"
    "Meilleures salutations,\nNathalie Chappuis\nRessources humaines\nLaiterie du Jorat SA\n"
    "Route du Village 4, 1083 Mézières VD",
    "fr", "mer. 8 juil. 2026 à 18:20", CAND_NAME, CAND_ADDR, _thanks_fr,
)
add(dict(
    kind="rejection", slug="jorat_quoting_thanks", lang="fr", company="Laiterie du Jorat",
    contact="nathalie.chappuis@laiterie-jorat.example.ch",
    frm=("Nathalie Chappuis", "nathalie.chappuis@laiterie-jorat.example.ch"),
    subject="RE: Merci pour l'entretien", date="2026-07-15 10:02 ch", parent="jorat_thanks",
    text=_r20, charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1/Q",
))

_r21 = (
    "Monsieur,\n\n"
    "Par la présente, nous vous informons que le poste d'inspecteur·trice des denrées "
    "alimentaires mis au concours en juin est supprimé à la suite de la réorganisation de "
    "l'inspectorat décidée par les deux cantons. La procédure de recrutement est close sans "
    "nomination.\n\n"
    "Nous vous remercions de l'intérêt porté à notre service.\n\n"
    "Pascal Rapin\nChef de service\nInspectorat des denrées de la Broye\n"
    "Rue de Lausanne 7, 1530 Payerne\n\n"
    "Ce courriel et ses annexes sont confidentiels. S'il vous est parvenu par erreur, merci "
    "d'en avertir l'expéditeur et de le détruire."
)
add(dict(
    kind="rejection", slug="broye_post_abolished", lang="fr",
    company="Inspectorat des denrées de la Broye", contact="pascal.rapin@idb-broye.example.ch",
    frm=("Rapin Pascal", "pascal.rapin@idb-broye.example.ch"),
    subject="Mise au concours 06/2026 – inspecteur·trice des denrées alimentaires",
    date="2026-08-27 14:20 ch", form="alt", text=_r21, html=outlook_html(_r21, "fr", "windows-1252"),
    charset="windows-1252", cte="quoted-printable", hcs="utf-8/B",
))

_r22 = (
    "Salut Jonas,\n\n"
    "Je préfère être franche avec toi plutôt que de te laisser attendre : on ne va pas "
    "continuer ensemble sur le poste qualité. Avec la fermeture du fournil de Dornach, on "
    "réintègre un collègue de là-bas qui connaît nos recettes par cœur.\n\n"
    "Merci pour le temps passé et pour tes idées sur le nettoyage des pétrins, on va en "
    "garder quelques-unes !\n\n"
    "Léa\n\n--\nLéa Schaeffer · Directrice qualité\nBoulangeries Réunies de Mulhouse\n"
    "03 89 55 50 21"
)
add(dict(
    kind="rejection", slug="boulangeries_reunies_casual", lang="fr",
    company="Boulangeries Réunies de Mulhouse", contact="lea.schaeffer@boulangeries-reunies.example.fr",
    frm=("Léa Schaeffer", "lea.schaeffer@boulangeries-reunies.example.fr"),
    subject="Poste qualité", date="2026-09-29 19:05 fr", text=_r22, cte="8bit",
))

# ----------------------------------------------------------------------------- English (6)

_r23 = (
    "Hi Jonas,\n\n"
    "Thank you for the time you have given us over the past few weeks, and for taking our "
    "second call after the first one fell through.\n\n"
    "We have now completed the process for the Food Safety Specialist role in Milan and have "
    "decided not to progress your application further. The team felt that the role needs "
    "someone who has already run supplier audits in the Italian regulatory context.\n\n"
    "We genuinely appreciated your enthusiasm and wish you the very best.\n\n"
    "Kind regards,\nGiulia Ferri\nTalent Partner, Navigli Foods"
)
add(dict(
    kind="rejection", slug="navigli_lever_not_progress", lang="en", company="Navigli Foods",
    contact="giulia.ferri@navigli-foods.example.it",
    frm=("Giulia Ferri", "no-reply@hire.lever.co"),
    reply_to=("Giulia Ferri", "giulia.ferri@navigli-foods.example.it"),
    subject="Your application to Navigli Foods", date="2026-06-02 15:44 it",
    parent="navigli_missed", form="alt", text=_r23, html=simple_html(_r23, "en"),
    cte="quoted-printable",
))

_r24 = (
    "Dear Jonas,\n\n"
    "Thank you for applying for the position of Laboratory Analyst (Food Chemistry) at "
    "Caledonia Food Testing.\n\n"
    "We received a high number of applications and, having reviewed yours, we regret that we "
    "will not be taking it forward on this occasion.\n\n"
    "Best wishes,\nCaledonia Food Testing Recruitment"
)
add(dict(
    kind="rejection", slug="caledonia_bamboohr_formal", lang="en",
    company="Caledonia Food Testing", contact="",
    frm=("Caledonia Food Testing", "no-reply@bamboohr.com"),
    subject="Laboratory Analyst (Food Chemistry) - application update",
    date="2026-05-06 11:30 uk", parent="caledonia_ack", form="html",
    html=ats_card("Caledonia Food Testing", "#2e7d32", _r24,
                  "Powered by BambooHR. This mailbox is not monitored.", lang="en"),
    cte="base64", headers=AUTO,
))

_r25 = (
    "Hello Jonas,\n\n"
    "I wanted to let you know personally where things stand with the Food Safety & Hygiene "
    "Lead vacancy.\n\n"
    "Following the loss of one of our larger hospital contracts, the role has been put on "
    "hold and we will not proceed with any of the current candidates. I'm sorry to bring this "
    "news after you had already prepared your presentation.\n\n"
    "If the situation changes in the new financial year, we will advertise again and I'd "
    "encourage you to reapply.\n\n"
    "All the best,\nFiona McLeish\nPeople Advisor | Lothian Catering Group\n"
    "14 Seafield Road, Edinburgh EH6 7LD | 0131 555 0142"
)
add(dict(
    kind="rejection", slug="lothian_role_on_hold", lang="en", company="Lothian Catering Group",
    contact="fiona.mcleish@lothiancatering.example.co.uk",
    frm=("Fiona McLeish via Workable", "noreply@workablemail.com"),
    reply_to=("Fiona McLeish", "fiona.mcleish@lothiancatering.example.co.uk"),
    subject="Food Safety & Hygiene Lead - update", date="2026-05-14 09:02 uk",
    parent="lothian_ack", text=_r25, cte="7bit",
))

_r26 = (
    "Morning Jonas,\n\n"
    "Pentland Bakehouse came back to me last night. They liked you, but they've gone with "
    "someone who has run BRCGS audits in a plant bakery before - that was the deciding "
    "factor for them, so it's a no this time.\n\n"
    "Don't be discouraged; I've got a smokehouse in Granton looking at QA people next month "
    "and I think you'd be a much better fit there. I'll ring you on Friday.\n\n"
    "Cheers,\nCallum\n\nCallum Baird\nPrincipal Consultant, Food & Drink\nKestrel Recruitment\n"
    "22 Queen Street, Edinburgh EH2 1JX\nM: 07700 900 418"
)
add(dict(
    kind="rejection", slug="kestrel_pentland_declined", lang="en", company="Pentland Bakehouse",
    contact="callum.baird@kestrel-recruitment.example.co.uk",
    frm=("Callum Baird", "callum.baird@kestrel-recruitment.example.co.uk"),
    subject="Pentland - feedback", date="2026-06-10 08:12 uk", parent="kestrel_pentland_cancel",
    form="alt", text=_r26, html=gmail_html(_r26), cte="7bit",
))

_r27 = (
    "Dear Jonas Haverkamp-Sørensen,\n\n"
    "Thank you for interviewing with us for the Certification Coordinator – Food Chain role.\n\n"
    "After careful consideration we have decided to move forward with candidates whose "
    "experience more closely matches the requirements of the position, in particular "
    "accreditation work under ISO/IEC 17065.\n\n"
    "We will keep your details on file and may contact you should a suitable opportunity "
    "arise.\n\n"
    "Kind regards,\nLombardia Quality Services – Talent Acquisition\n\n"
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the "
    "addressee and may contain confidential information."
)
add(dict(
    kind="rejection", slug="lombardia_smartrecruiters", lang="en",
    company="Lombardia Quality Services", contact="",
    frm=("Lombardia Quality Services", "noreply@smartrecruiters.com"),
    subject="Your application: Certification Coordinator – Food Chain",
    date="2026-09-30 10:00 it", parent="lombardia_update", form="alt", text=_r27,
    html=ats_card("Lombardia Quality Services", "#1d3c6e", _r27,
                  "Sent via SmartRecruiters. Please do not reply to this message.", lang="en"),
    cte="quoted-printable", headers=AUTO,
))

_thanks_en = (
    "Hi Ewan,\n\n"
    "Thanks again for letting me do the trial shift on Saturday - the team was brilliant and "
    "I really enjoyed working the pass with you. Happy to answer anything else you need.\n\n"
    "Best,\nJonas"
)
_r28 = reply(
    "Hi Jonas,\n\n"
    "Good to hear from you, and thanks for the kind words - the lads said the same about "
    "you.\n\n"
    "Bad news though, I'm afraid. We've had a think and we're giving the hygiene and "
    "compliance job to Morag, who's been covering it since spring. It felt wrong to bring "
    "someone in over her head. Sorry, mate.\n\n"
    "Pop in for a pint next time you're in Leith.\n\nEwan\n\n"
    "Ewan Drummond | Head Chef & Operations\nLeith Dockside Kitchens\n"
    "3 Commercial Quay, Edinburgh EH6 6LX | 0131 555 0290",
    "en", "Sun, 26 Jul 2026 at 21:03", CAND_NAME, CAND_ADDR, _thanks_en,
)
add(dict(
    kind="rejection", slug="leith_quoting_thanks", lang="en", company="Leith Dockside Kitchens",
    contact="ewan@leithdockside.example.co.uk",
    frm=("Ewan Drummond", "ewan@leithdockside.example.co.uk"),
    subject="Re: Thanks for Saturday", date="2026-08-05 22:17 uk", parent="leith_thanks",
    text=_r28, hcs="utf-8/B",
))

# ----------------------------------------------------------------------------- Spanish (3)

_r29 = (
    "Hola Jonas:\n\n"
    "Gracias por participar en el proceso de selección para el puesto de Técnico/a de calidad "
    "y seguridad alimentaria en nuestra planta de Alboraya.\n\n"
    "Tras valorar todas las entrevistas, lamentamos comunicarte que no continuarás en las "
    "siguientes fases. Hemos optado por un perfil con experiencia previa en conserveras y en "
    "la norma IFS Food versión 8.\n\n"
    "Te agradecemos el interés y te deseamos mucha suerte.\n\n"
    "Equipo de Personas\nConservas Turia"
)
add(dict(
    kind="rejection", slug="turia_recruitee_formal", lang="es", company="Conservas Turia",
    contact="", frm=("Conservas Turia", "no-reply@jobs.recruitee.com"),
    subject="Actualización sobre tu candidatura – Técnico/a de calidad",
    date="2026-08-06 12:05 es", parent="turia_status", form="alt", text=_r29,
    html=ats_card("Conservas Turia · Empleo", "#e46f1b", _r29,
                  "Este mensaje se ha enviado desde Recruitee. No respondas a este correo.",
                  lang="es"),
    cte="base64", hcs="utf-8/B", headers=AUTO,
))

_r30 = (
    "Estimado Jonas:\n\n"
    "Le escribimos en relación con la vacante de Responsable de Calidad de Tienda (ref. "
    "HF-0931).\n\n"
    "Le informamos de que la posición se ha cubierto con una persona de nuestra plantilla a "
    "través de promoción interna, por lo que el proceso externo queda cerrado y no "
    "seguiremos adelante con su candidatura.\n\n"
    "Agradecemos sinceramente su participación en la dinámica de grupo.\n\n"
    "Atentamente,\nDepartamento de Selección\nHorta Fresca Distribución, S.A."
)
add(dict(
    kind="rejection", slug="hortafresca_internal_promotion", lang="es",
    company="Horta Fresca Distribución", contact="",
    frm=("Horta Fresca Distribución", "horta-fresca@taleo.net"),
    subject="Proceso de selección HF-0931", date="2026-09-22 09:31 es",
    parent="hortafresca_inv", text=_r30, charset="iso-8859-1", cte="quoted-printable",
    headers=AUTO,
))

_r31 = (
    "Jonas, buenas:\n\n"
    "Al final no seguimos contigo para el puesto de analista. Preferimos a alguien con más "
    "rodaje en cromatografía.\n\n"
    "Un saludo,\nVicent Soler\nLaboratorios Albufera"
)
add(dict(
    kind="rejection", slug="albufera_terse", lang="es", company="Laboratorios Albufera",
    contact="vsoler@labalbufera.example.es", frm=("Vicent Soler", "vsoler@labalbufera.example.es"),
    subject="Puesto de analista", date="2026-10-02 13:50 es", parent="albufera_missed",
    text=_r31, cte="8bit",
))
