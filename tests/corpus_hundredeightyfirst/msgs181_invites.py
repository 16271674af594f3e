"""Corpus 181: interview_invitation (26), interview_reschedule_or_cancel (15) and
missed_interview_notice (10), hand-written."""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs181_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    gmail_html,
    outlook_html,
    reply,
    simple_html,
)

AUTO = [("Auto-Submitted", "auto-generated")]
GCAL = "-//Google Inc//Google Calendar 70.9054//EN"

MESSAGES: list[dict] = []
add = MESSAGES.append

RHEIN = ("Sabine Gysin", "sabine.gysin@rheinkost.example.ch")
LEMAN = ("Aurélie Monnier", "aurelie.monnier@leman-traiteur.example.ch")
HELV = ("Corinne Stäheli", "corinne.staeheli@helvecert.example.ch")
KALA = ("Zimmermann Ueli, KALA", "ueli.zimmermann@kala-be.example.ch")

# ============================================================================ invitations

# ---------------------------------------------------------------- German (12)

_i1 = (
    "Lieber Herr Haverkamp-Sørensen\n\n"
    "Vielen Dank für Ihre Bewerbung als Spezialist Qualitätssicherung Frischprodukte. Ihr "
    "Dossier hat uns gefallen, und wir möchten Sie gerne persönlich kennenlernen.\n\n"
    "Wann: Dienstag, 10. Februar 2026, 10:00–11:15 Uhr\n"
    "Wo: Rheinkost AG, Hochbergerstrasse 60, 4057 Basel, Empfang Gebäude B\n"
    "Mit: Dr. Lukas Meyer-Thommen (Leiter Qualitätssicherung) und mir\n\n"
    "Im zweiten Teil zeigen wir Ihnen die Abfüllung; bitte bringen Sie geschlossene Schuhe "
    "mit. Mit der Annahme der Kalendereinladung bestätigen Sie den Termin.\n\n"
    "Freundliche Grüsse\n\n"
    "Sabine Gysin\nHR Business Partner\nRheinkost AG\nHochbergerstrasse 60, 4057 Basel\n"
    "T +41 61 555 27 14\n\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht."
)
add(dict(
    kind="interview_invitation", slug="rheinkost_panel_ics", lang="de", company="Rheinkost",
    contact=RHEIN[1], frm=RHEIN, id="rheinkost_inv", parent="rheinkost_ack",
    subject="Einladung: Vorstellungsgespräch Spezialist QS Frischprodukte",
    date="2026-01-29 11:20 ch", form="alt", text=_i1, html=outlook_html(_i1, "de"),
    cte="quoted-printable",
    cal=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000062A1F0C4@rheinkost",
             start="2026-02-10 10:00 ch", end="2026-02-10 11:15 ch",
             summary="Vorstellungsgespräch Spezialist QS Frischprodukte",
             location="Rheinkost AG, Hochbergerstrasse 60, Basel, Empfang Gebäude B",
             organizer=RHEIN, attendees=[CAND, ("Lukas Meyer-Thommen",
                                                "lukas.meyer@rheinkost.example.ch")]),
    headers=[("Thread-Topic", "Vorstellungsgespräch Spezialist QS Frischprodukte")],
))

_i2 = (
    "Hallo Jonas\n\n"
    "Danke für deine Bewerbung als Qualitätsmanager/in Convenience bei Limmat Frischküche. "
    "Wir möchten gerne ein erstes Video-Interview (45 Minuten) mit dir führen – mit mir und "
    "unserer Produktionsleiterin Simone Kälin.\n\n"
    "Bitte wähle über den folgenden Link einen Termin, der dir passt:\n"
    "https://app.greenhouse.io/scheduling/availability/7c1e0a94-limmat-qm\n\n"
    "Die Einladung mit dem Teams-Link erhältst du automatisch, sobald du gebucht hast.\n\n"
    "Bis bald\nMarco Steiner\nTalent Acquisition Lead, Limmat Frischküche AG"
)
add(dict(
    kind="interview_invitation", slug="limmat_greenhouse_link", lang="de",
    company="Limmat Frischküche", contact="marco.steiner@limmat-frischkueche.example.ch",
    frm=("Marco Steiner via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Marco Steiner", "marco.steiner@limmat-frischkueche.example.ch"),
    subject="Limmat Frischküche: Wähle deinen Interviewtermin", date="2026-03-10 13:02 utc",
    id="limmat_inv", parent="limmat_ack", form="alt", text=_i2,
    html=ats_card("Limmat Frischküche", "#0b7a75", _i2, "Sent via Greenhouse",
                  ("Termin wählen", "https://app.greenhouse.io/scheduling/availability/"
                                    "7c1e0a94-limmat-qm"), lang="de"),
    cte="quoted-printable", hcs="utf-8/B",
))

_i3_old = (
    "Hallo Marco\n\nIch habe den Termin am 17. März um 10 Uhr gebucht. Bis dann!\n\nJonas"
)
_i3 = reply(
    "Hallo Jonas\n\n"
    "Nochmals danke für das gute Gespräch. Simone und ich würden dich gerne einen Tag lang "
    "in der Produktion erleben – als Probearbeitstag mit Schwerpunkt Wareneingang, "
    "CCP-Kontrollen und Reinigungsverifikation.\n\n"
    "Datum: Mittwoch, 8. April 2026\nZeit: 06:30 bis ca. 14:00 Uhr\n"
    "Ort: Limmat Frischküche AG, Rautistrasse 58, 8048 Zürich (Eingang Logistik)\n\n"
    "Arbeitskleidung stellen wir, Sicherheitsschuhe bitte selber mitbringen. Der Tag wird "
    "selbstverständlich entschädigt. Gib mir bitte kurz Bescheid, ob das Datum passt.\n\n"
    "Liebe Grüsse\nMarco\n\nMarco Steiner\nTalent Acquisition Lead\nLimmat Frischküche AG\n"
    "+41 44 555 61 30",
    "de", "Di., 10. März 2026 um 15:11", CAND_NAME, CAND_ADDR, _i3_old,
)
add(dict(
    kind="interview_invitation", slug="limmat_trial_day", lang="de", company="Limmat Frischküche",
    contact="marco.steiner@limmat-frischkueche.example.ch",
    frm=("Marco Steiner", "marco.steiner@limmat-frischkueche.example.ch"),
    subject="Re: Interview gebucht – Einladung zum Probearbeitstag", date="2026-03-26 17:35 ch",
    id="limmat_trial", parent="limmat_inv", form="alt", text=_i3, html=gmail_html(_i3),
    cte="base64",
))

_i4 = (
    "Hoi Jonas\n\n"
    "Dani hat mir dein Dossier für die Hygieneverantwortung in der Zentralküche "
    "weitergeleitet. Hast du am Donnerstag um 10 Uhr Zeit für einen kurzen Call? So 20 "
    "Minuten, einfach mal zum Beschnuppern. Ich ruf dich auf deiner Natelnummer an.\n\n"
    "Gruess\nMirco\n\n--\nMirco Frei\nBetriebsleiter Zentralküche\nDreiland Catering AG\n"
    "+41 61 555 70 33"
)
add(dict(
    kind="interview_invitation", slug="dreiland_casual_call", lang="de",
    company="Dreiland Catering", contact="mirco.frei@dreiland-catering.example.ch",
    frm=("Mirco Frei", "mirco.frei@dreiland-catering.example.ch"),
    subject="Kurzer Call am Donnerstag?", date="2026-01-20 08:47 ch", id="dreiland_inv",
    text=_i4, cte="8bit",
))

_i5 = (
    "Grüezi Herr Haverkamp-Sørensen\n\n"
    "Gute Neuigkeiten: Emmental Fleischwaren AG in Langnau möchte Sie kennenlernen. Ich habe "
    "folgenden Termin mit Herrn Beat Lüthi (Leiter Qualität) vereinbart:\n\n"
    "Dienstag, 27. Januar 2026, 14:00 Uhr\n"
    "Emmental Fleischwaren AG, Güterstrasse 5, 3550 Langnau im Emmental\n\n"
    "Rechnen Sie mit etwa einer Stunde inklusive Betriebsbesichtigung. Ich rufe Sie am "
    "Montag noch an, um das Gespräch mit Ihnen vorzubereiten.\n\n"
    "Beste Grüsse\nReto Ammann\nSenior Consultant Food & Life Science\nQualiPersonal AG\n"
    "Badenerstrasse 141, 8004 Zürich\n+41 44 555 80 12"
)
add(dict(
    kind="interview_invitation", slug="qualipersonal_emmental_setup", lang="de",
    company="Emmental Fleischwaren", contact="reto.ammann@qualipersonal.example.ch",
    frm=("Reto Ammann", "reto.ammann@qualipersonal.example.ch"),
    subject="Vorstellungstermin bei unserem Kunden in Langnau", date="2026-01-19 16:20 ch",
    id="qualipersonal_inv", parent="qualipersonal_reg", form="alt", text=_i5,
    html=simple_html(_i5, "de"), cte="quoted-printable",
))

_i6 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Wir freuen uns, Sie zur zweiten Phase des Auswahlverfahrens für die Stelle "
    "Lebensmittelinspektor/in (80–100 %) einzuladen.\n\n"
    "Datum: Dienstag, 21. April 2026\n"
    "08:15 Uhr: schriftliche Fallbearbeitung (60 Minuten)\n"
    "09:30 Uhr: Gespräch mit der Kommission\n"
    "Ort: Muesmattstrasse 19, 3012 Bern, Sitzungszimmer 2.14\n\n"
    "Den Ablauf und einen Situationsplan finden Sie im Anhang. Bitte bringen Sie einen "
    "amtlichen Ausweis mit. Wir bitten Sie, Ihre Teilnahme bis 8. April per E-Mail zu "
    "bestätigen.\n\n"
    "Freundliche Grüsse\n\nUeli Zimmermann\nPersonaldienst\n"
    "Kantonsamt für Lebensmittelaufsicht Bern (KALA)\nTelefon +41 31 555 62 40"
)
add(dict(
    kind="interview_invitation", slug="kala_assessment_pdf", lang="de",
    company="Kantonsamt für Lebensmittelaufsicht Bern", contact=KALA[1], frm=KALA,
    subject="Einladung zum Auswahlverfahren – Lebensmittelinspektor/in",
    date="2026-04-01 10:05 ch", id="kala_inv", parent="kala_ack", text=_i6, cte="base64",
    attach=[dict(file="Ablauf_und_Situationsplan.pdf", title="Ablauf Auswahlverfahren", lines=[
        "KALA Bern - Auswahlverfahren Lebensmittelinspektor/in",
        "Dienstag, 21. April 2026",
        "08:15  Empfang, schriftliche Fallbearbeitung",
        "09:30  Gespraech mit der Kommission",
        "Ort: Muesmattstrasse 19, 3012 Bern, 2. Stock, Zimmer 2.14",
        "Anreise: Bus 12 bis Haltestelle Universitaet",
    ])],
))

_i7 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Gerne laden wir Sie zu einem Videointerview für die Stelle Auditor/in "
    "Lebensmittelsicherheit ein.\n\n"
    "Mittwoch, 10. Juni 2026, 15:00–16:00 Uhr, Microsoft Teams\n"
    "Teilnehmende: Corinne Stäheli (HR), Thomas Egli (Lead Auditor Food)\n\n"
    "Den Link finden Sie in der angehängten Kalendereinladung.\n"
    "https://teams.example.com/l/meetup-join/helvecert-auditor-0610\n\n"
    "Freundliche Grüsse\nCorinne Stäheli\nHR Partner\nHelvecert AG\n"
    "Thurgauerstrasse 101, 8152 Glattpark\n+41 44 555 47 02\n\n"
    "Helvecert AG – akkreditiert nach ISO/IEC 17065. Diese Nachricht ist vertraulich."
)
add(dict(
    kind="interview_invitation", slug="helvecert_teams_invite", lang="de", company="Helvecert",
    contact=HELV[1], frm=HELV, subject="Einladung Videointerview Auditor/in Lebensmittelsicherheit",
    date="2026-06-03 09:12 ch", id="helvecert_inv", text=_i7, cte="quoted-printable",
    hcs="iso-8859-1/Q",
    cal=dict(method="REQUEST", uid="helvecert-2026-0610-auditor@helvecert.example.ch",
             start="2026-06-10 15:00 ch", end="2026-06-10 16:00 ch",
             summary="Videointerview Auditor/in Lebensmittelsicherheit",
             location="Microsoft Teams-Besprechung", organizer=HELV, where="attach",
             file="Videointerview.ics"),
))

_i8 = (
    "Sehr geehrter Herr Haverkamp-Sørensen,\n\n"
    "vielen Dank für Ihr Interesse an unserer Stelle als Qualitätsbeauftragte/r (m/w/d) "
    "Feinkostproduktion. Wir möchten Sie gern zu einem Vorstellungsgespräch bei uns in "
    "Freiburg einladen.\n\n"
    "Bitte buchen Sie über den folgenden Link einen der freien Termine in der Woche vom "
    "16. Februar:\nhttps://breisgauer-feinkost.jobs.personio.de/interview/booking/9f2e41\n\n"
    "Das Gespräch dauert etwa 60 Minuten und findet mit unserem Produktionsleiter, Herrn "
    "Bühler, und mir statt.\n\n"
    "Mit freundlichen Grüßen\nKatrin Weißhaar\nPersonalreferentin\nBreisgauer Feinkost GmbH"
)
add(dict(
    kind="interview_invitation", slug="breisgauer_personio_booking", lang="de",
    company="Breisgauer Feinkost", contact="k.weisshaar@breisgauer-feinkost.example.de",
    frm=("Breisgauer Feinkost GmbH", "breisgauer-feinkost@personio.de"),
    reply_to=("Katrin Weißhaar", "k.weisshaar@breisgauer-feinkost.example.de"),
    subject="Einladung zum Vorstellungsgespräch – Breisgauer Feinkost",
    date="2026-02-11 08:30 de", id="breisgauer_inv", parent="breisgauer_ack", form="html",
    html=ats_card("Breisgauer Feinkost GmbH", "#6d4c41", _i8,
                  "Gesendet mit Personio · Datenschutz", ("Termin buchen",
                  "https://breisgauer-feinkost.jobs.personio.de/interview/booking/9f2e41"),
                  lang="de"),
    cte="quoted-printable",
))

_i9 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Besten Dank für Ihre Bewerbung als Mitarbeiter/in Qualitätssicherung Käserei. Gerne "
    "würden wir ein erstes telefonisches Interview mit Ihnen führen.\n\n"
    "Vorschlag: Dienstag, 4. August, 10:30 Uhr. Martina Zaugg wird Sie unter der in Ihrem "
    "Dossier angegebenen Nummer anrufen. Passt Ihnen dieser Zeitpunkt nicht, antworten Sie "
    "einfach auf diese E-Mail.\n\n"
    "Freundliche Grüsse\nMartina Zaugg\nHR-Fachfrau\nAaretal Molkerei AG\n"
    "Industriestrasse 30, 3110 Münsingen"
)
add(dict(
    kind="interview_invitation", slug="aaretal_phone_interview", lang="de",
    company="Aaretal Molkerei", contact="martina.zaugg@aaretal-molkerei.example.ch",
    frm=("Aaretal Molkerei AG", "noreply@personio.de"),
    reply_to=("Martina Zaugg", "martina.zaugg@aaretal-molkerei.example.ch"),
    subject="Telefoninterview Qualitätssicherung Käserei", date="2026-07-28 07:10 utc",
    id="aaretal_inv", parent="aaretal_appl", text=_i9, cte="base64",
))

_i10 = (
    "Grüezi Herr Haverkamp-Sørensen\n\n"
    "Danke für Ihre Bewerbung als Mitarbeiter/in Qualitätssicherung Gewürzproduktion. Wir "
    "laden Sie gerne zu einem ersten Gespräch ein:\n\n"
    "Mittwoch, 26. August 2026, 09:30 Uhr\n"
    "Gewürzmühle St. Johann AG, Elsässerstrasse 210, 4056 Basel (bitte beim Tor 2 klingeln)\n\n"
    "Anwesend sind unser Produktionsleiter Herr Schaub und ich. Bitte bestätigen Sie mir den "
    "Termin kurz.\n\n"
    "Freundliche Grüsse\n\nAndrea Vögtli\nLeiterin Personal & Administration\n"
    "Gewürzmühle St. Johann AG\nTel. +41 61 555 38 61"
)
add(dict(
    kind="interview_invitation", slug="gewuerzmuehle_outlook_invite", lang="de",
    company="Gewürzmühle St. Johann", contact="andrea.voegtli@gewuerzmuehle-stjohann.example.ch",
    frm=("Andrea Vögtli", "andrea.voegtli@gewuerzmuehle-stjohann.example.ch"),
    subject="Einladung Gespräch Qualitätssicherung", date="2026-08-12 14:16 ch",
    id="gewuerz_inv", form="alt", text=_i10, html=outlook_html(_i10, "de", "windows-1252"),
    charset="windows-1252", cte="quoted-printable", hcs="iso-8859-1/B",
))

_i11 = (
    "Salü Herr Haverkamp-Sørensen\n\n"
    "Ihre Bewerbung hat mich gefreut, denn ein Koch, der Hygiene wirklich gelebt hat, ist genau, "
    "was wir im Sudhaus und in der Abfüllung brauchen.\n\n"
    "Sind Sie nächsten Donnerstag, 10. September, um 15 Uhr frei? Dann trinken wir einen "
    "Kaffee (oder ein kleines Bier) in unserer Brauerei an der Dornacherstrasse und reden "
    "über die Stelle. Ganz unkompliziert.\n\n"
    "Prost und Gruss\nLorenz Tschudin\nBraumeister & Geschäftsführer\n"
    "Brauerei Gundeldingen AG\nDornacherstrasse 120, 4053 Basel\n061 555 26 26"
)
add(dict(
    kind="interview_invitation", slug="gundeli_coffee_chat", lang="de",
    company="Brauerei Gundeldingen", contact="lorenz.tschudin@brauerei-gundeldingen.example.ch",
    frm=("Lorenz Tschudin", "lorenz.tschudin@brauerei-gundeldingen.example.ch"),
    subject="Kaffee in der Brauerei?", date="2026-09-02 20:41 ch", id="gundeli_inv",
    text=_i11, charset="iso-8859-1", cte="quoted-printable",
))

_i12 = (
    "Hallo Jonas\n\n"
    "Wie besprochen habe ich dein Profil meinem Kunden, einer Grossbäckerei im Baselbiet, "
    "vorgestellt – und sie wollen dich sehen!\n\n"
    "Termin: Donnerstag, 16. Juli, 14:00 Uhr, ca. 1 Stunde\n"
    "Ansprechpartner vor Ort: der Leiter Produktion (Namen und Adresse schicke ich dir, "
    "sobald der Kunde die Diskretion aufhebt)\n\n"
    "Bitte bestätige mir den Termin bis morgen Mittag. Ich melde mich am Mittwoch zur "
    "Vorbereitung.\n\n"
    "Liebe Grüsse\nDeniz\n\nDeniz Kaya | Personalberaterin Gastronomie & Food\n"
    "Gastro Staff Basel AG | 061 555 44 80"
)
add(dict(
    kind="interview_invitation", slug="gastrostaff_unnamed_client", lang="de",
    company="Gastro Staff Basel", contact="deniz.kaya@gastrostaff-basel.example.ch",
    frm=("Deniz Kaya", "deniz.kaya@gastrostaff-basel.example.ch"),
    subject="Vorstellungsgespräch bei meinem Kunden am 16. Juli", date="2026-07-09 12:08 ch",
    id="gastrostaff_inv", parent="gastrostaff_reg", form="alt", text=_i12,
    html=gmail_html(_i12), cte="quoted-printable",
))

# ---------------------------------------------------------------- French (6)

_i13 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Suite à l'examen de votre dossier pour le poste de Responsable qualité & hygiène en "
    "cuisine centrale, nous avons le plaisir de vous convier à un entretien avec notre "
    "comité :\n\n"
    "Jeudi 30 avril 2026, de 14h00 à 15h30\n"
    "Léman Traiteur SA, Chemin du Closel 3, 1020 Renens\n\n"
    "Vous rencontrerez M. Olivier Gachet, chef exécutif, Mme Inès Favre, directrice des "
    "opérations, et moi-même. Nous vous demanderons de présenter en dix minutes un plan de "
    "maîtrise pour une cuisine produisant 4000 repas par jour.\n\n"
    "Merci d'accepter l'invitation ci-jointe pour confirmer votre présence.\n\n"
    "Meilleures salutations,\n\nAurélie Monnier\nResponsable RH\nLéman Traiteur SA\n"
    "+41 21 555 72 80"
)
add(dict(
    kind="interview_invitation", slug="leman_panel_ics", lang="fr", company="Léman Traiteur",
    contact=LEMAN[1], frm=LEMAN, subject="Invitation à un entretien – Responsable qualité & hygiène",
    date="2026-04-20 10:44 ch", id="leman_inv", parent="leman_ack", form="alt", text=_i13,
    html=outlook_html(_i13, "fr"), cte="quoted-printable", hcs="utf-8/B",
    cal=dict(method="REQUEST", uid="leman-traiteur-rqh-20260430@leman-traiteur.example.ch",
             start="2026-04-30 14:00 ch", end="2026-04-30 15:30 ch",
             summary="Entretien – Responsable qualité & hygiène",
             location="Léman Traiteur SA, Chemin du Closel 3, Renens", organizer=LEMAN,
             where="both", file="entretien.ics"),
))

_i14 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "M. Gachet est rétabli et nous pouvons reprendre là où nous en étions. Je vous propose "
    "de nous retrouver le mercredi 13 mai à 10h00, même adresse à Renens, même composition "
    "du comité et même exercice de présentation.\n\n"
    "Vous trouverez une nouvelle invitation de calendrier en pièce jointe.\n\n"
    "Au plaisir de vous rencontrer,\nAurélie Monnier\nResponsable RH, Léman Traiteur SA"
)
add(dict(
    kind="interview_invitation", slug="leman_new_date_after_cancel", lang="fr",
    company="Léman Traiteur", contact=LEMAN[1], frm=LEMAN,
    subject="Nouvelle date pour votre entretien", date="2026-05-06 15:30 ch", id="leman_inv2",
    parent="leman_cancel", text=_i14, charset="iso-8859-1", cte="quoted-printable",
    cal=dict(method="REQUEST", uid="leman-traiteur-rqh-20260513@leman-traiteur.example.ch",
             start="2026-05-13 10:00 ch", end="2026-05-13 11:30 ch",
             summary="Entretien – Responsable qualité & hygiène (nouvelle date)",
             location="Chemin du Closel 3, Renens", organizer=LEMAN, where="alt", cte="8bit",
             crlf=False),
))

_i15 = (
    "Bonjour Jonas,\n\n"
    "Bonne nouvelle : votre candidature au poste de Technicien(ne) qualité HACCP a retenu "
    "notre attention. Nous vous invitons à notre journée d'évaluation :\n\n"
    "Mardi 31 mars 2026, 8h30 – 16h00\nSite de production, 12 rue de l'Ill, 68100 Mulhouse\n\n"
    "Au programme : visite de ligne, mise en situation (audit d'un atelier de découpe), "
    "entretien individuel avec le responsable qualité. Le déjeuner est offert.\n\n"
    "Merci de confirmer votre participation en cliquant sur le bouton ci-dessous.\n\n"
    "Camille Ostermann\nChargée de recrutement, Alsace Saveurs"
)
add(dict(
    kind="interview_invitation", slug="alsace_assessment_day", lang="fr", company="Alsace Saveurs",
    contact="c.ostermann@alsace-saveurs.example.fr",
    frm=("Camille Ostermann via Teamtailor", "no-reply@teamtailor-mail.com"),
    reply_to=("Camille Ostermann", "c.ostermann@alsace-saveurs.example.fr"),
    subject="Journée d'évaluation – Technicien(ne) qualité HACCP", date="2026-03-18 13:00 fr",
    id="alsace_inv", parent="alsace_ack", form="alt", text=_i15,
    html=ats_card("Alsace Saveurs", "#b5121b", _i15, "Envoyé avec Teamtailor",
                  ("Je confirme", "https://alsacesaveurs.teamtailor.com/confirm/ab81"), lang="fr"),
    cte="base64",
))

_i16 = (
    "Bonjour Jonas,\n\n"
    "Comme promis, je vous confirme l'entretien chez mon client Chocolats Lavaux SA, à "
    "Cully :\n\n"
    "Vendredi 20 mars, 11h00\nRencontre avec Mme Sophie Cuénoud, responsable qualité, puis "
    "visite de l'atelier de tempérage.\n\n"
    "Adresse : Route de Lavaux 88, 1096 Cully. Parking visiteurs devant le bâtiment.\n\n"
    "Je vous appelle jeudi en fin de journée pour un dernier briefing. N'oubliez pas votre "
    "attestation de formation HACCP.\n\n"
    "Belle journée,\nYasmine Cherif\nConsultante senior – Talents Romands SA\n"
    "+41 21 555 11 64"
)
add(dict(
    kind="interview_invitation", slug="talents_lavaux_setup", lang="fr", company="Chocolats Lavaux",
    contact="yasmine.cherif@talents-romands.example.ch",
    frm=("Yasmine Cherif", "yasmine.cherif@talents-romands.example.ch"),
    subject="Entretien confirmé chez Chocolats Lavaux", date="2026-03-16 09:25 ch",
    id="talents_lavaux_inv", parent="talents_reg", text=_i16, cte="quoted-printable",
))

_i17_appl = (
    "Madame,\n\nVeuillez trouver ci-joint ma candidature pour le poste de technicien·ne en "
    "analyses microbiologiques...\n\nJonas Haverkamp-Sørensen"
)
_i17 = reply(
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Merci pour votre candidature, arrivée au bon moment. Avant de vous faire venir au "
    "laboratoire, j'aimerais faire un premier point par téléphone d'une vingtaine de "
    "minutes.\n\n"
    "Seriez-vous joignable vendredi 12 juin à 9h30 ? Je vous appellerai au numéro indiqué "
    "sur votre CV.\n\n"
    "Bien à vous,\nDre Élodie Perrenoud\nResponsable du laboratoire\nLaboratoire Sauvabelin SA",
    "fr", "lun. 1 juin 2026 à 07:58", CAND_NAME, CAND_ADDR, _i17_appl,
)
add(dict(
    kind="interview_invitation", slug="sauvabelin_phone_screen", lang="fr",
    company="Laboratoire Sauvabelin", contact="elodie.perrenoud@labo-sauvabelin.example.ch",
    frm=("Élodie Perrenoud", "elodie.perrenoud@labo-sauvabelin.example.ch"),
    subject="RE: Candidature – technicien·ne en analyses microbiologiques",
    date="2026-06-09 17:02 ch", id="sauvabelin_inv", parent="sauvabelin_appl", form="alt",
    text=_i17, html=gmail_html(_i17), cte="quoted-printable", hcs="utf-8/Q",
))

_i18 = (
    "Bonjour Monsieur,\n\n"
    "Votre profil d'ancien chef de cuisine nous intéresse pour notre poste d'auditeur "
    "junior en restauration collective. Je vous propose un entretien en visio d'environ 45 "
    "minutes le jeudi 3 septembre à 14h00.\n\n"
    "Lien de connexion : https://meet.example.com/qualiterre-audit-0903\n\n"
    "Si le créneau ne vous convient pas, indiquez-moi vos disponibilités en début de "
    "semaine prochaine.\n\n"
    "Cordialement,\n\nHélène Kuntz\nResponsable des ressources humaines\n"
    "Qualiterre Certification SAS\n5 avenue de Colmar, 68200 Mulhouse\n03 89 55 61 10"
)
add(dict(
    kind="interview_invitation", slug="qualiterre_video", lang="fr",
    company="Qualiterre Certification", contact="helene.kuntz@qualiterre.example.fr",
    frm=("Hélène Kuntz", "helene.kuntz@qualiterre.example.fr"),
    subject="Entretien : auditeur junior restauration collective", date="2026-08-24 11:10 fr",
    id="qualiterre_inv", form="html", html=simple_html(_i18, "fr"), cte="base64",
    hcs="iso-8859-1/Q",
))

# ---------------------------------------------------------------- English (5)

_i19 = (
    "Hi Jonas,\n\n"
    "Thanks for applying for the Food Safety Specialist role at Navigli Foods in Milan. I'd "
    "love to set up a 30-minute introductory call to tell you more about the team and hear "
    "about your move from the kitchen into quality.\n\n"
    "Would Tuesday 19 May at 11:00 (CET) work for you? It will be a Microsoft Teams video "
    "call; I'll send the link once you confirm.\n\n"
    "Best,\nGiulia Ferri\nTalent Partner | Navigli Foods\nVia Valenza 16, 20144 Milano"
)
add(dict(
    kind="interview_invitation", slug="navigli_intro_call", lang="en", company="Navigli Foods",
    contact="giulia.ferri@navigli-foods.example.it",
    frm=("Giulia Ferri", "no-reply@hire.lever.co"),
    reply_to=("Giulia Ferri", "giulia.ferri@navigli-foods.example.it"),
    subject="Navigli Foods - intro call?", date="2026-05-12 10:15 it", id="navigli_inv",
    parent="navigli_ack", text=_i19, cte="7bit",
))

_i20 = (
    "Hi Jonas,\n\n"
    "Great news - the hiring team for QA Technician (Chilled) would like to meet you. The "
    "first stage is a 40-minute video interview with Rachel Dunlop (Technical Manager) and "
    "Amir Shah (Site Hygiene Lead).\n\n"
    "Please pick a time that suits you using the link below. Slots are shown in your local "
    "time zone.\n\n"
    "https://app.ashbyhq.com/interview-scheduling/forthvalley/3d9c5e\n\n"
    "Questions? Just reply to this email and it will reach Rachel.\n\n"
    "Forth Valley Provisions Talent Team"
)
add(dict(
    kind="interview_invitation", slug="forth_ashby_schedule", lang="en",
    company="Forth Valley Provisions", contact="rachel.dunlop@forthvalley.example.co.uk",
    frm=("Forth Valley Provisions", "no-reply@ashbyhq.com"),
    reply_to=("Rachel Dunlop", "rachel.dunlop@forthvalley.example.co.uk"),
    subject="Schedule your interview with Forth Valley Provisions", date="2026-06-15 08:05 uk",
    id="forth_inv", parent="forth_ack", form="alt", text=_i20,
    html=ats_card("Forth Valley Provisions", "#3b5998", _i20, "Sent with Ashby",
                  ("Choose a time", "https://app.ashbyhq.com/interview-scheduling/forthvalley/"
                                    "3d9c5e"), lang="en"),
    cte="quoted-printable",
))

_i21 = (
    "Hi Jonas,\n\n"
    "As promised - Pentland Bakehouse would like to meet you for the Technical & Hygiene "
    "Supervisor role. Details:\n\n"
    "Wednesday 27 May, 10:00\n"
    "Pentland Bakehouse, Unit 4 Dryden Road, Loanhead EH20 9LZ\n"
    "You'll meet Gillian Ross (Operations Director) and their QA manager. About an hour, "
    "with a walk round the plant bakery.\n\n"
    "Please confirm by reply and I'll let them know. Happy to do a prep call on Tuesday "
    "evening if useful.\n\n"
    "Cheers,\nCallum\n\nCallum Baird\nPrincipal Consultant, Food & Drink\nKestrel Recruitment\n"
    "M: 07700 900 418"
)
add(dict(
    kind="interview_invitation", slug="kestrel_pentland_setup", lang="en",
    company="Pentland Bakehouse", contact="callum.baird@kestrel-recruitment.example.co.uk",
    frm=("Callum Baird", "callum.baird@kestrel-recruitment.example.co.uk"),
    subject="Interview with Pentland Bakehouse - Wed 27th", date="2026-05-20 17:50 uk",
    id="kestrel_pentland_inv", parent="kestrel_cold", form="alt", text=_i21,
    html=gmail_html(_i21), cte="quoted-printable",
))

_lomb_org = ("Paolo Bianchi", "paolo.bianchi@lombardiaqs.example.it")
_i22 = (
    "Paolo Bianchi has invited you to an event.\n\n"
    "Panel interview - Certification Coordinator, Food Chain\n"
    "When: Monday 14 Sep 2026 10:00 - 11:00 (Central European Time - Rome)\n"
    "Joining info: https://meet.example.com/lqs-panel-0914\n"
    "Who: Paolo Bianchi (organiser), Chiara Longhi, Jonas Haverkamp-Sørensen\n\n"
    "Hi Jonas - this is the panel stage we spoke about. Chiara (Head of Accreditation) will "
    "join me; expect a 15-minute case on a dairy supplier audit.\n\n"
    "Going? Yes - Maybe - No\n\n"
    "Invitation from Google Calendar. You are receiving this email because you are an "
    "attendee on the event."
)
add(dict(
    kind="interview_invitation", slug="lombardia_gcal_panel", lang="en",
    company="Lombardia Quality Services", contact=_lomb_org[1], frm=_lomb_org,
    subject="Invitation: Panel interview - Certification Coordinator @ Mon 14 Sep 2026 "
            "10:00 - 11:00 (CEST) (jonas.hs@example.ch)",
    date="2026-09-07 16:22 it", id="lombardia_inv", form="alt", text=_i22,
    html=simple_html(_i22, "en"), cte="quoted-printable",
    cal=dict(method="REQUEST", uid="5q2kq0c1v7lombardia@google.com", prodid=GCAL,
             start="2026-09-14 10:00 it", end="2026-09-14 11:00 it",
             summary="Panel interview - Certification Coordinator, Food Chain",
             location="https://meet.example.com/lqs-panel-0914", organizer=_lomb_org,
             where="both", file="invite.ics"),
))

_i23 = (
    "Jonas!\n\n"
    "Got your CV from Morag's pal. Are you free Thursday afternoon for a chat? Come by the "
    "kitchen about 3, before service kicks off - we can talk about the hygiene and "
    "compliance job over a coffee, and if it clicks you could do a trial shift with us on "
    "Saturday.\n\n"
    "Ewan\nLeith Dockside Kitchens, 3 Commercial Quay\n0131 555 0290"
)
add(dict(
    kind="interview_invitation", slug="leith_free_thursday", lang="en",
    company="Leith Dockside Kitchens", contact="ewan@leithdockside.example.co.uk",
    frm=("Ewan Drummond", "ewan@leithdockside.example.co.uk"),
    subject="free thursday?", date="2026-07-22 23:48 uk", id="leith_inv", text=_i23,
))

# ---------------------------------------------------------------- Spanish (3)

_i24 = (
    "Hola Jonas:\n\n"
    "Gracias por tu interés en Conservas Turia. Nos gustaría conocerte en persona para el "
    "puesto de Técnico/a de calidad y seguridad alimentaria.\n\n"
    "Fecha: martes 21 de julio de 2026\nHora: 10:00\n"
    "Lugar: Planta de Alboraya, Camí de la Mar 14, 46120 Alboraya (Valencia)\n\n"
    "La entrevista será con Begoña Ibáñez (Personas) y Rafael Peris (Jefe de Calidad). "
    "Después haremos una visita a la línea de esterilización.\n\n"
    "¿Nos confirmas tu asistencia respondiendo a este correo?\n\n"
    "Un saludo,\nBegoña Ibáñez\nTécnica de Personas · Conservas Turia, S.L.\n"
    "Tel. 961 55 42 10"
)
add(dict(
    kind="interview_invitation", slug="turia_onsite_interview", lang="es",
    company="Conservas Turia", contact="begona.ibanez@conservasturia.example.es",
    frm=("Begoña Ibáñez", "begona.ibanez@conservasturia.example.es"),
    subject="Entrevista: Técnico/a de calidad (Conservas Turia)", date="2026-07-14 09:35 es",
    id="turia_inv", parent="turia_ack", form="alt", text=_i24, html=simple_html(_i24, "es"),
    cte="quoted-printable", hcs="iso-8859-1/B",
))

_i25 = (
    "Hola Jonas,\n\n"
    "Soy Vicent Soler, del laboratorio. He visto tu candidatura para analista de "
    "alimentos y me gustaría hacerte una entrevista telefónica corta.\n\n"
    "¿Te va bien el jueves 17 a las 12:00? Te llamo yo al móvil que pusiste.\n\n"
    "Un saludo,\nVicent Soler\nDirector técnico · Laboratorios Albufera\n"
    "Av. del Port 201, 46023 València · 963 55 18 04"
)
add(dict(
    kind="interview_invitation", slug="albufera_phone_call", lang="es",
    company="Laboratorios Albufera", contact="vsoler@labalbufera.example.es",
    frm=("Vicent Soler", "vsoler@labalbufera.example.es"),
    subject="Entrevista telefónica el jueves", date="2026-09-15 18:05 es", id="albufera_inv",
    text=_i25, charset="iso-8859-1", cte="8bit",
))

_hf_org = ("Marta Llorens", "marta.llorens@hortafresca.example.es")
_i26 = (
    "Estimado Jonas:\n\n"
    "Nos complace invitarle a la siguiente fase del proceso para la vacante Responsable de "
    "Calidad de Tienda (ref. HF-0931): una dinámica de grupo seguida de entrevista "
    "individual.\n\n"
    "Martes 8 de septiembre, de 9:30 a 13:00\n"
    "Oficinas centrales, Carrer de Sant Vicent Màrtir 300, 46017 València\n\n"
    "Adjuntamos la convocatoria para su calendario. Le rogamos puntualidad y que traiga su "
    "DNI o NIE.\n\n"
    "Atentamente,\nMarta Llorens\nSelección y Desarrollo\nHorta Fresca Distribución, S.A."
)
add(dict(
    kind="interview_invitation", slug="hortafresca_group_dynamic", lang="es",
    company="Horta Fresca Distribución", contact=_hf_org[1], frm=_hf_org,
    subject="Convocatoria: dinámica de grupo y entrevista (HF-0931)",
    date="2026-09-01 12:40 es", id="hortafresca_inv", parent="hortafresca_ack", form="alt",
    text=_i26, html=outlook_html(_i26, "es"), cte="quoted-printable",
    cal=dict(method="REQUEST", uid="HF0931-dinamica-20260908@hortafresca.example.es",
             start="2026-09-08 09:30 es", end="2026-09-08 13:00 es",
             summary="Dinámica de grupo y entrevista – HF-0931",
             location="Carrer de Sant Vicent Màrtir 300, València", organizer=_hf_org,
             where="attach", file="convocatoria.ics"),
))

# ============================================================================ reschedules

# ---------------------------------------------------------------- German (7)

_s1 = (
    "Lieber Herr Haverkamp-Sørensen\n\n"
    "Leider muss Dr. Meyer-Thommen am 10. Februar kurzfristig zu einem Lieferantenaudit "
    "nach Süddeutschland. Wir verschieben unser Gespräch deshalb auf\n\n"
    "Donnerstag, 12. Februar 2026, 14:00–15:15 Uhr (gleicher Ort).\n\n"
    "Die Kalendereinladung ist aktualisiert. Falls Ihnen der neue Termin nicht passt, rufen "
    "Sie mich bitte an.\n\n"
    "Freundliche Grüsse\nSabine Gysin\nHR Business Partner, Rheinkost AG\nT +41 61 555 27 14"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="rheinkost_moved_sequence", lang="de",
    company="Rheinkost", contact=RHEIN[1], frm=RHEIN,
    subject="Aktualisiert: Vorstellungsgespräch Spezialist QS Frischprodukte (neu 12.02., 14:00)",
    date="2026-02-05 08:58 ch", id="rheinkost_move", parent="rheinkost_inv", form="alt",
    text=_s1, html=outlook_html(_s1, "de"), cte="quoted-printable", hcs="utf-8/B",
    cal=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000062A1F0C4@rheinkost",
             sequence=1, start="2026-02-12 14:00 ch", end="2026-02-12 15:15 ch",
             summary="Vorstellungsgespräch Spezialist QS Frischprodukte",
             location="Rheinkost AG, Hochbergerstrasse 60, Basel, Empfang Gebäude B",
             organizer=RHEIN),
))

_sorry_de = (
    "Hoi Mirco\n\n"
    "Es tut mir wirklich leid – ich habe deinen Anruf um 10 verpasst, mein Natel lag im "
    "Spind, weil ich noch eine Frühschicht im Restaurant hatte. Hast du nochmals ein "
    "Zeitfenster für mich?\n\nJonas"
)
_s2 = reply(
    "Hoi Jonas\n\n"
    "Kein Drama, passiert. Verschieben wir auf Montag, 26. Januar, 16:30 – dann ist die "
    "Küche ruhig. Ich ruf wieder auf dem Natel an, diesmal bitte nicht im Spind lassen ;-)\n\n"
    "Gruess\nMirco",
    "de", "22.01.2026 um 11:40", CAND_NAME, CAND_ADDR, _sorry_de,
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="dreiland_new_slot", lang="de",
    company="Dreiland Catering", contact="mirco.frei@dreiland-catering.example.ch",
    frm=("Mirco Frei", "mirco.frei@dreiland-catering.example.ch"),
    subject="Re: Anruf verpasst – sorry!", date="2026-01-23 07:15 ch", id="dreiland_move",
    parent="dreiland_sorry", text=_s2, cte="quoted-printable",
))

_s3 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Danke für Ihre Bestätigung. Leider ist Frau Dr. Kämpf, die die Kommission leitet, "
    "erkrankt. Der Termin vom Dienstag, 21. April, kann deshalb nicht stattfinden.\n\n"
    "Wir haben das Verfahren neu angesetzt auf Dienstag, 5. Mai 2026, gleiche Zeiten "
    "(08:15 Fallbearbeitung, 09:30 Gespräch) und gleicher Ort. Der Situationsplan aus "
    "unserer ersten Mail bleibt gültig.\n\n"
    "Wir bitten um Verständnis.\n\n"
    "Freundliche Grüsse\nUeli Zimmermann\nPersonaldienst KALA"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="kala_interviewer_ill", lang="de",
    company="Kantonsamt für Lebensmittelaufsicht Bern", contact=KALA[1], frm=KALA,
    subject="Verschiebung Auswahlverfahren vom 21. April", date="2026-04-17 13:40 ch",
    id="kala_move", parent="kala_confirm", form="alt", text=_s3, html=outlook_html(_s3, "de"),
    cte="base64",
))

_s4 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Unser Videointerview von morgen, 10. Juni, muss ich leider absagen – Herr Egli ist "
    "kurzfristig für ein Nachaudit im Ausland eingesetzt. Die Stelle ist weiterhin offen, "
    "und Ihre Kandidatur bleibt im Verfahren.\n\n"
    "Ich melde mich diese Woche mit einem neuen Terminvorschlag.\n\n"
    "Freundliche Grüsse\nCorinne Stäheli\nHR Partner, Helvecert AG"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="helvecert_cancel_ics", lang="de",
    company="Helvecert", contact=HELV[1], frm=HELV,
    subject="Abgesagt: Videointerview Auditor/in Lebensmittelsicherheit",
    date="2026-06-09 16:31 ch", id="helvecert_cancel", parent="helvecert_inv", text=_s4,
    cte="quoted-printable", hcs="iso-8859-1/Q",
    cal=dict(method="CANCEL", uid="helvecert-2026-0610-auditor@helvecert.example.ch",
             sequence=1, start="2026-06-10 15:00 ch", end="2026-06-10 16:00 ch",
             summary="Abgesagt: Videointerview Auditor/in Lebensmittelsicherheit",
             location="Microsoft Teams-Besprechung", organizer=HELV, where="alt"),
))

_s5 = (
    "Grüezi Herr Haverkamp-Sørensen\n\n"
    "Herr Lüthi von Emmental Fleischwaren hat mich angerufen: Am Dienstag hat er eine "
    "Inspektion des Veterinärdienstes im Haus und kann Sie nicht empfangen.\n\n"
    "Neuer Termin: Montag, 2. Februar 2026, 10:00 Uhr, gleiche Adresse in Langnau.\n\n"
    "Geben Sie mir bitte kurz Bescheid, ob das für Sie geht.\n\n"
    "Beste Grüsse\nReto Ammann\nQualiPersonal AG\n+41 44 555 80 12"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="qualipersonal_client_moved", lang="de",
    company="Emmental Fleischwaren", contact="reto.ammann@qualipersonal.example.ch",
    frm=("Reto Ammann", "reto.ammann@qualipersonal.example.ch"),
    subject="Terminänderung Langnau", date="2026-01-23 10:48 ch", id="qualipersonal_move",
    parent="qualipersonal_inv", text=_s5, charset="iso-8859-1", cte="8bit", hcs="iso-8859-1/B",
))

_s6 = (
    "Sehr geehrter Herr Haverkamp-Sørensen,\n\n"
    "Sie hatten über unser Buchungstool den 19. Februar um 10 Uhr gewählt. Herr Bühler "
    "muss an diesem Tag leider eine Reklamation bei einem Großkunden klären. Könnten wir "
    "das Gespräch auf Dienstag, den 24. Februar, 13:00 Uhr verlegen?\n\n"
    "Ort und Dauer bleiben gleich. Ich würde mich über eine kurze Bestätigung freuen.\n\n"
    "Mit freundlichen Grüßen\nKatrin Weißhaar\nPersonalreferentin\nBreisgauer Feinkost GmbH\n"
    "Tel. +49 761 555 48 20"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="breisgauer_moved", lang="de",
    company="Breisgauer Feinkost", contact="k.weisshaar@breisgauer-feinkost.example.de",
    frm=("Katrin Weißhaar", "k.weisshaar@breisgauer-feinkost.example.de"),
    subject="Verlegung unseres Gesprächs am 19.02.", date="2026-02-16 09:05 de",
    id="breisgauer_move", parent="breisgauer_inv", text=_s6, charset="windows-1252",
    cte="quoted-printable",
))

_s7 = (
    "Salü Herr Haverkamp-Sørensen\n\n"
    "Blöd gelaufen: Unsere Abfüllanlage hat heute den Geist aufgegeben, und morgen steht "
    "hier der Techniker. Der Kaffee am Donnerstag muss warten.\n\n"
    "Geht bei Ihnen Dienstag, 15. September, um 16 Uhr? Gleicher Ort, gleiches Bier.\n\n"
    "Gruss\nLorenz Tschudin\nBrauerei Gundeldingen"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="gundeli_postponed", lang="de",
    company="Brauerei Gundeldingen", contact="lorenz.tschudin@brauerei-gundeldingen.example.ch",
    frm=("Lorenz Tschudin", "lorenz.tschudin@brauerei-gundeldingen.example.ch"),
    subject="Re: Kaffee in der Brauerei?", date="2026-09-09 17:22 ch", id="gundeli_move",
    parent="gundeli_inv", text=_s7, cte="8bit",
))

# ---------------------------------------------------------------- French (4)

_s8 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Je suis au regret d'annuler notre entretien de demain, jeudi 30 avril : M. Gachet est "
    "souffrant et ne pourra pas être présent.\n\n"
    "Il ne s'agit en aucun cas d'une décision sur votre candidature, qui reste à l'étude. Je "
    "reviens vers vous dès que possible avec une nouvelle date.\n\n"
    "Avec mes excuses,\nAurélie Monnier\nResponsable RH – Léman Traiteur SA"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="leman_cancel_ill", lang="fr",
    company="Léman Traiteur", contact=LEMAN[1], frm=LEMAN,
    subject="Annulé : Entretien – Responsable qualité & hygiène", date="2026-04-29 17:05 ch",
    id="leman_cancel", parent="leman_inv", form="alt", text=_s8, html=outlook_html(_s8, "fr"),
    cte="quoted-printable",
    cal=dict(method="CANCEL", uid="leman-traiteur-rqh-20260430@leman-traiteur.example.ch",
             sequence=1, start="2026-04-30 14:00 ch", end="2026-04-30 15:30 ch",
             summary="Annulé : Entretien – Responsable qualité & hygiène",
             location="Léman Traiteur SA, Chemin du Closel 3, Renens", organizer=LEMAN),
))

_s9 = (
    "Bonjour Jonas,\n\n"
    "Petit changement de programme : une inspection de la DDPP est annoncée le 31 mars et "
    "mobilise toute l'équipe qualité. La journée d'évaluation est donc déplacée au jeudi "
    "2 avril, mêmes horaires (8h30 – 16h00) et même lieu.\n\n"
    "Pouvez-vous me confirmer que cette nouvelle date vous convient ?\n\n"
    "Merci et à bientôt,\nCamille Ostermann"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="alsace_day_moved", lang="fr",
    company="Alsace Saveurs", contact="c.ostermann@alsace-saveurs.example.fr",
    frm=("Camille Ostermann via Teamtailor", "no-reply@teamtailor-mail.com"),
    reply_to=("Camille Ostermann", "c.ostermann@alsace-saveurs.example.fr"),
    subject="Changement de date – journée d'évaluation", date="2026-03-25 15:48 fr",
    id="alsace_move", parent="alsace_inv", text=_s9, cte="base64", hcs="utf-8/B",
))

_s10 = (
    "Bonjour Jonas,\n\n"
    "Chocolats Lavaux me demande de décaler votre rendez-vous de vendredi : Mme Cuénoud "
    "doit accompagner un audit client ce jour-là.\n\n"
    "Nouveau créneau : mardi 24 mars à 11h00, à Cully, même déroulement.\n\n"
    "Dites-moi vite si c'est bon pour vous, je confirme ensuite au client.\n\n"
    "Yasmine\n\nYasmine Cherif – Talents Romands SA – +41 21 555 11 64"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="talents_lavaux_moved", lang="fr",
    company="Chocolats Lavaux", contact="yasmine.cherif@talents-romands.example.ch",
    frm=("Yasmine Cherif", "yasmine.cherif@talents-romands.example.ch"),
    subject="Lavaux : report de votre rendez-vous", date="2026-03-19 08:02 ch",
    id="talents_lavaux_move", parent="talents_lavaux_inv", form="alt", text=_s10,
    html=simple_html(_s10, "fr", "windows-1252"), charset="windows-1252",
    cte="quoted-printable",
))

_s11 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Je dois malheureusement reporter notre entretien prévu ce jeudi 3 septembre : notre "
    "directeur technique, qui devait y participer, est retenu par un audit de surveillance "
    "à Strasbourg.\n\n"
    "Je vous propose le mardi 8 septembre à 10h00, toujours en visio (même lien).\n\n"
    "Cordialement,\nHélène Kuntz\nQualiterre Certification"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="qualiterre_postponed", lang="fr",
    company="Qualiterre Certification", contact="helene.kuntz@qualiterre.example.fr",
    frm=("Hélène Kuntz", "helene.kuntz@qualiterre.example.fr"),
    subject="Report de notre entretien du 3 septembre", date="2026-08-31 09:20 fr",
    id="qualiterre_move", parent="qualiterre_inv", text=_s11, charset="iso-8859-1",
    cte="quoted-printable", hcs="iso-8859-1/Q",
))

# ---------------------------------------------------------------- English (3)

_forth_org = ("Rachel Dunlop", "rachel.dunlop@forthvalley.example.co.uk")
_req_en = (
    "Hi Rachel,\n\n"
    "I booked Thursday 18 June at 14:00 for the video interview, but I have just been asked "
    "to cover a catering event in Basel that afternoon. Would it be possible to move to "
    "another slot?\n\nBest regards,\nJonas"
)
_s12 = reply(
    "Hi Jonas,\n\n"
    "No problem at all. I've moved us to Monday 22 June at 11:00 (UK time) - that's 12:00 "
    "for you in Basel. An updated calendar invite is attached; the video link stays the "
    "same.\n\n"
    "Best,\nRachel\n\nRachel Dunlop\nTechnical Manager | Forth Valley Provisions\n"
    "Newbridge Industrial Estate, Edinburgh EH28 8PJ\n\n"
    "This email and any files transmitted with it are confidential and intended solely for "
    "the use of the individual to whom they are addressed.",
    "en", "Wed, 17 Jun 2026 at 19:12", CAND_NAME, CAND_ADDR, _req_en,
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="forth_moved_updated_ics", lang="en",
    company="Forth Valley Provisions", contact=_forth_org[1], frm=_forth_org,
    subject="Re: Interview slot on 18 June", date="2026-06-18 09:03 uk", id="forth_move",
    parent="forth_resched_req", text=_s12, cte="quoted-printable",
    cal=dict(method="REQUEST", uid="ashby-3d9c5e-forthvalley@ashbyhq.com", sequence=1,
             start="2026-06-22 11:00 uk", end="2026-06-22 11:40 uk",
             summary="Interview: QA Technician (Chilled) - Jonas Haverkamp-Sørensen",
             location="Video call", organizer=_forth_org, where="attach",
             file="interview-updated.ics"),
))

_s13 = (
    "This event has been changed.\n\n"
    "Panel interview - Certification Coordinator, Food Chain\n"
    "When: CHANGED Wednesday 16 Sep 2026 14:30 - 15:30 (Central European Time - Rome)\n"
    "Joining info: https://meet.example.com/lqs-panel-0914\n\n"
    "Note from Paolo: Chiara is stuck at an accreditation visit on Monday, so we have moved "
    "the panel to Wednesday afternoon. Sorry for the shuffle.\n\n"
    "Invitation from Google Calendar"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="lombardia_updated_invitation", lang="en",
    company="Lombardia Quality Services", contact=_lomb_org[1], frm=_lomb_org,
    subject="Updated invitation: Panel interview - Certification Coordinator @ Wed 16 Sep "
            "2026 14:30 - 15:30 (CEST) (jonas.hs@example.ch)",
    date="2026-09-10 08:47 it", id="lombardia_update", parent="lombardia_inv", text=_s13,
    cte="7bit",
    cal=dict(method="REQUEST", uid="5q2kq0c1v7lombardia@google.com", prodid=GCAL, sequence=2,
             start="2026-09-16 14:30 it", end="2026-09-16 15:30 it",
             summary="Panel interview - Certification Coordinator, Food Chain",
             location="https://meet.example.com/lqs-panel-0914", organizer=_lomb_org,
             where="alt", cte="8bit", crlf=False),
))

_s14 = (
    "Hi Jonas,\n\n"
    "Annoying one, sorry: Gillian at Pentland has had a family emergency and is off for the "
    "rest of the week, so tomorrow's meeting is cancelled. This isn't a reflection on you - "
    "they still want to see you.\n\n"
    "I'll rebook as soon as she's back and let you know the new time.\n\n"
    "Cheers,\nCallum"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="kestrel_pentland_cancelled", lang="en",
    company="Pentland Bakehouse", contact="callum.baird@kestrel-recruitment.example.co.uk",
    frm=("Callum Baird", "callum.baird@kestrel-recruitment.example.co.uk"),
    subject="Re: Interview with Pentland Bakehouse - Wed 27th", date="2026-05-26 18:30 uk",
    id="kestrel_pentland_cancel", parent="kestrel_pentland_inv", text=_s14,
))

# ---------------------------------------------------------------- Spanish (1)

_s15 = (
    "Hola de nuevo, Jonas:\n\n"
    "Te escribo para cambiar la hora de la entrevista del martes 21: en lugar de las 10:00, "
    "¿podrías venir a las 12:30? Rafael tiene una auditoría de cliente a primera hora. El "
    "lugar sigue siendo la planta de Alboraya.\n\n"
    "Perdona las molestias.\n\nBegoña"
)
add(dict(
    kind="interview_reschedule_or_cancel", slug="turia_time_change", lang="es",
    company="Conservas Turia", contact="begona.ibanez@conservasturia.example.es",
    frm=("Begoña Ibáñez", "begona.ibanez@conservasturia.example.es"),
    subject="Cambio de hora: entrevista del martes", date="2026-07-16 16:12 es",
    id="turia_move", parent="turia_inv", form="html", html=gmail_html(_s15),
    cte="quoted-printable",
))

# ============================================================================ missed

# ---------------------------------------------------------------- German (4)

_m1 = (
    "Hoi Jonas\n\n"
    "hab dich um 10:00 zweimal angerufen, beide Male nur die Combox. Alles ok bei dir?\n\n"
    "Meld dich, wenn du wieder Zeit hast.\n\nMirco"
)
add(dict(
    kind="missed_interview_notice", slug="dreiland_called_twice", lang="de",
    company="Dreiland Catering", contact="mirco.frei@dreiland-catering.example.ch",
    frm=("Mirco Frei", "mirco.frei@dreiland-catering.example.ch"),
    subject="Re: Kurzer Call am Donnerstag?", date="2026-01-22 10:24 ch",
    id="dreiland_missed", parent="dreiland_inv", text=_m1, cte="7bit",
))

_m2 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Herr Egli und ich haben heute ab 14:00 Uhr rund zwanzig Minuten im Teams-Meeting auf "
    "Sie gewartet, das wir am Montag telefonisch vereinbart hatten. Leider haben Sie sich "
    "nicht eingewählt, und auf Ihrem Mobiltelefon konnte ich Sie auch nicht erreichen.\n\n"
    "Falls etwas dazwischengekommen ist, lassen Sie es mich bitte wissen.\n\n"
    "Freundliche Grüsse\nCorinne Stäheli\nHR Partner, Helvecert AG\n+41 44 555 47 02"
)
add(dict(
    kind="missed_interview_notice", slug="helvecert_waited_teams", lang="de",
    company="Helvecert", contact=HELV[1], frm=HELV,
    subject="Unser Termin heute um 14:00 Uhr", date="2026-06-18 14:26 ch",
    id="helvecert_missed", parent="helvecert_cancel", form="alt", text=_m2,
    html=outlook_html(_m2, "de"), cte="quoted-printable",
))

_m3 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Sie waren für heute, 5. Mai 2026, um 08:15 Uhr zur Fallbearbeitung und zum Gespräch "
    "eingeladen. Die Kommission hat bis 08:45 Uhr gewartet; Sie sind nicht erschienen und "
    "haben sich auch nicht abgemeldet.\n\n"
    "Wir bitten Sie, uns bis Freitag mitzuteilen, was vorgefallen ist.\n\n"
    "Freundliche Grüsse\nUeli Zimmermann\nPersonaldienst KALA\nTelefon +41 31 555 62 40"
)
add(dict(
    kind="missed_interview_notice", slug="kala_no_show", lang="de",
    company="Kantonsamt für Lebensmittelaufsicht Bern", contact=KALA[1], frm=KALA,
    subject="Nichterscheinen zum Auswahlverfahren vom 5. Mai", date="2026-05-05 09:12 ch",
    id="kala_missed", parent="kala_move", text=_m3, charset="iso-8859-1",
    cte="quoted-printable", hcs="iso-8859-1/Q",
))

_m4 = (
    "Guten Tag Herr Haverkamp-Sørensen\n\n"
    "Ich habe heute um 10:30 Uhr wie vereinbart versucht, Sie für unser Telefoninterview zu "
    "erreichen, leider ohne Erfolg – es hat nur geklingelt.\n\n"
    "Wenn Sie weiterhin Interesse haben, schlagen Sie mir gerne zwei, drei Zeitfenster vor.\n\n"
    "Freundliche Grüsse\nMartina Zaugg\nHR-Fachfrau, Aaretal Molkerei AG\n031 555 70 80"
)
add(dict(
    kind="missed_interview_notice", slug="aaretal_not_reached", lang="de",
    company="Aaretal Molkerei", contact="martina.zaugg@aaretal-molkerei.example.ch",
    frm=("Martina Zaugg", "martina.zaugg@aaretal-molkerei.example.ch"),
    subject="Telefoninterview von heute", date="2026-08-04 10:58 ch", id="aaretal_missed",
    parent="aaretal_inv", form="alt", text=_m4, html=simple_html(_m4, "de"), cte="base64",
))

# ---------------------------------------------------------------- French (3)

_m5 = (
    "Bonjour Jonas,\n\n"
    "Nous vous attendions ce matin à 8h30 pour la journée d'évaluation, mais vous n'êtes pas "
    "venu. Le groupe a démarré sans vous.\n\n"
    "Pouvez-vous me rappeler aujourd'hui au 03 89 55 40 12 ? Selon la raison de votre "
    "absence, nous verrons si une solution est possible.\n\n"
    "Camille Ostermann"
)
add(dict(
    kind="missed_interview_notice", slug="alsace_absent_assessment", lang="fr",
    company="Alsace Saveurs", contact="c.ostermann@alsace-saveurs.example.fr",
    frm=("Camille Ostermann", "c.ostermann@alsace-saveurs.example.fr"),
    subject="Votre absence ce matin", date="2026-04-02 09:41 fr", id="alsace_missed",
    parent="alsace_move", text=_m5, cte="8bit",
))

_m6 = (
    "Bonjour Jonas,\n\n"
    "Mon client m'appelle à l'instant : il vous attendait ce matin à 9h00 pour l'entretien "
    "et vous ne vous êtes pas présenté. Il a patienté un quart d'heure avant de reprendre "
    "sa journée.\n\n"
    "Je n'arrive pas à vous joindre. Rappelez-moi dès que possible, que je puisse lui donner "
    "une explication.\n\n"
    "Yasmine Cherif\nTalents Romands SA – +41 21 555 11 64"
)
add(dict(
    kind="missed_interview_notice", slug="talents_client_waited", lang="fr",
    company="Talents Romands", contact="yasmine.cherif@talents-romands.example.ch",
    frm=("Yasmine Cherif", "yasmine.cherif@talents-romands.example.ch"),
    subject="Entretien de ce matin ?", date="2026-04-14 09:52 ch", id="talents_missed",
    parent="talents_reg", form="alt", text=_m6, html=gmail_html(_m6),
    charset="windows-1252", cte="quoted-printable",
))

_m7 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "Je devais vous appeler ce matin à 9h30 pour notre premier échange. Je suis tombée "
    "directement sur votre messagerie, à 9h30 puis à 9h40.\n\n"
    "Je reste disponible en début de semaine prochaine si vous souhaitez fixer un autre "
    "moment.\n\n"
    "Bien cordialement,\nÉlodie Perrenoud\nLaboratoire Sauvabelin SA"
)
add(dict(
    kind="missed_interview_notice", slug="sauvabelin_voicemail", lang="fr",
    company="Laboratoire Sauvabelin", contact="elodie.perrenoud@labo-sauvabelin.example.ch",
    frm=("Élodie Perrenoud", "elodie.perrenoud@labo-sauvabelin.example.ch"),
    subject="Notre appel de ce matin", date="2026-06-12 10:05 ch", id="sauvabelin_missed",
    parent="sauvabelin_inv", text=_m7, hcs="iso-8859-1/B", cte="base64",
))

# ---------------------------------------------------------------- English (2)

_m8 = (
    "Hi Jonas,\n\n"
    "I was on the Teams call from 11:00 to about 11:15 today but didn't see you join. I "
    "hope everything is OK.\n\n"
    "If you're still interested, let me know and we can try to find another time this "
    "week.\n\n"
    "Best,\nGiulia"
)
add(dict(
    kind="missed_interview_notice", slug="navigli_waited_teams", lang="en",
    company="Navigli Foods", contact="giulia.ferri@navigli-foods.example.it",
    frm=("Giulia Ferri", "giulia.ferri@navigli-foods.example.it"),
    subject="Missed you on Teams", date="2026-05-19 11:22 it", id="navigli_missed",
    parent="navigli_inv", form="alt", text=_m8, html=simple_html(_m8, "en"),
    cte="quoted-printable",
))

_m9 = (
    "Jonas,\n\n"
    "Just had Hamish from Granton Harbour Smokehouse on the phone - he was expecting you at "
    "2pm for the QA Supervisor interview and you didn't turn up. He waited in reception for "
    "twenty minutes.\n\n"
    "Can you give me a call as soon as you get this? If there's a good reason I can probably "
    "smooth it over and get you rebooked.\n\n"
    "Callum\nKestrel Recruitment | 07700 900 418"
)
add(dict(
    kind="missed_interview_notice", slug="kestrel_granton_no_show", lang="en",
    company="Granton Harbour Smokehouse", contact="callum.baird@kestrel-recruitment.example.co.uk",
    frm=("Callum Baird", "callum.baird@kestrel-recruitment.example.co.uk"),
    subject="Granton today - what happened?", date="2026-06-22 14:41 uk",
    id="kestrel_granton_missed", parent="kestrel_cold", text=_m9,
))

# ---------------------------------------------------------------- Spanish (1)

_m10 = (
    "Jonas, hola:\n\n"
    "Te he llamado a las 12:00 como quedamos y otra vez a las 12:10, pero no lo cogías y el "
    "buzón de voz está lleno.\n\n"
    "Si sigues interesado, dime cuándo te viene bien y lo volvemos a intentar.\n\n"
    "Vicent"
)
add(dict(
    kind="missed_interview_notice", slug="albufera_no_answer", lang="es",
    company="Laboratorios Albufera", contact="vsoler@labalbufera.example.es",
    frm=("Vicent Soler", "vsoler@labalbufera.example.es"),
    subject="Re: Entrevista telefónica el jueves", date="2026-09-17 12:24 es",
    id="albufera_missed", parent="albufera_inv", text=_m10, charset="iso-8859-1",
    cte="quoted-printable",
))
