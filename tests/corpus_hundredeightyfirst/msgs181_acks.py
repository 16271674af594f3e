"""Corpus 181: application_received (21) and offer (10), hand-written."""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs181_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    gmail_html,
    outlook_html,
    outlook_reply,
    reply,
    simple_html,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")]

MESSAGES: list[dict] = []
add = MESSAGES.append

# ============================================================================ received

# ---------------------------------------------------------------- German (9)

_a1 = (
    "Guten Tag Jonas Haverkamp-Sørensen\n\n"
    "Vielen Dank für Ihre Bewerbung als Spezialist/in Qualitätssicherung Frischprodukte "
    "(R-10482) bei der Rheinkost AG.\n\n"
    "Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Recruiting-Team prüft nun "
    "Ihr Profil und meldet sich innerhalb von drei Wochen bei Ihnen. Den Status Ihrer "
    "Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto.\n\n"
    "Freundliche Grüsse\nTalent Acquisition Rheinkost"
)
add(dict(
    kind="application_received", slug="rheinkost_workday_ack", lang="de", company="Rheinkost",
    contact="", frm=("Rheinkost AG", "rheinkost@myworkday.com"),
    subject="Eingangsbestätigung: Spezialist/in Qualitätssicherung Frischprodukte (R-10482)",
    date="2026-01-14 21:03 utc", id="rheinkost_ack", form="alt", text=_a1,
    html=ats_card("Rheinkost Karriere", "#005a9c", _a1,
                  "Diese E-Mail wurde automatisch von Workday versendet.",
                  ("Kandidatenkonto öffnen", "https://rheinkost.wd3.myworkday.com/recruiting"),
                  lang="de"),
    cte="base64", headers=AUTO,
))

_a2 = (
    "Hallo Jonas\n\n"
    "Danke, dass du dich für die Stelle Qualitätsmanager/in Convenience interessierst! Wir "
    "haben deine Bewerbung erhalten und schauen sie uns in den nächsten Tagen genau an.\n\n"
    "Unser Team liest jede Bewerbung selbst – das braucht manchmal etwas Zeit. Wir melden "
    "uns, sobald es Neuigkeiten gibt.\n\n"
    "Herzliche Grüsse\nDein Limmat Frischküche Recruiting-Team"
)
add(dict(
    kind="application_received", slug="limmat_greenhouse_ack", lang="de",
    company="Limmat Frischküche", contact="",
    frm=("Limmat Frischküche Recruiting", "no-reply@us.greenhouse-mail.io"),
    subject="Danke für deine Bewerbung bei Limmat Frischküche", date="2026-03-02 06:44 utc",
    id="limmat_ack", form="html",
    html=ats_card("Limmat Frischküche", "#0b7a75", _a2, "Sent via Greenhouse", lang="de"),
    cte="quoted-printable", hcs="utf-8/B", headers=AUTO,
))

_a3 = (
    "Grüezi Herr Haverkamp-Sørensen\n\n"
    "Herzlich willkommen bei QualiPersonal! Ihr Kandidatenprofil ist in unserer Datenbank "
    "erfasst, und ich bin ab sofort Ihr persönlicher Ansprechpartner.\n\n"
    "Ihre Angaben im Überblick:\n"
    "- Wunschfunktion: Qualitätssicherung / Lebensmittelsicherheit\n"
    "- Regionen: Basel, Zürich, Bern\n"
    "- Pensum: 80–100 %\n\n"
    "Ich stelle Ihr Dossier nur nach Rücksprache mit Ihnen bei Kunden vor. In den nächsten "
    "Tagen rufe ich Sie für ein ausführliches Kennenlerngespräch an.\n\n"
    "Beste Grüsse\nReto Ammann\nSenior Consultant Food & Life Science\nQualiPersonal AG\n"
    "Badenerstrasse 141, 8004 Zürich\n+41 44 555 80 12"
)
add(dict(
    kind="application_received", slug="qualipersonal_registration", lang="de",
    company="QualiPersonal", contact="reto.ammann@qualipersonal.example.ch",
    frm=("Reto Ammann", "reto.ammann@qualipersonal.example.ch"),
    subject="Ihre Registrierung bei QualiPersonal", date="2026-01-08 15:26 ch",
    id="qualipersonal_reg", form="alt", text=_a3, html=simple_html(_a3, "de"),
    cte="quoted-printable",
))

_a4 = (
    "Sehr geehrte Bewerberin, sehr geehrter Bewerber\n\n"
    "Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Lebensmittelinspektor/in "
    "(80–100 %), Kennziffer KALA-26-07.\n\n"
    "Aufgrund der grossen Zahl an Bewerbungen können wir leider nicht jedem Bewerbenden "
    "einzeln antworten. Die Kommission sichtet alle Dossiers nach Ablauf der Eingabefrist "
    "am 31. März; Personen, die in die engere Wahl kommen, werden bis Mitte April "
    "kontaktiert.\n\n"
    "Freundliche Grüsse\nPersonaldienst\nKantonsamt für Lebensmittelaufsicht Bern (KALA)\n\n"
    "Diese Bestätigung wurde automatisch erstellt."
)
add(dict(
    kind="application_received", slug="kala_cannot_reply_each", lang="de",
    company="Kantonsamt für Lebensmittelaufsicht Bern", contact="",
    frm=("KALA Personaldienst", "noreply@kala-be.example.ch"),
    subject="Eingangsbestätigung KALA-26-07", date="2026-03-16 12:00 ch", id="kala_ack",
    text=_a4, charset="windows-1252", cte="quoted-printable", headers=AUTO,
))

_a5 = (
    "Sehr geehrter Herr Haverkamp-Sørensen,\n\n"
    "herzlichen Dank für Ihre Bewerbung als Qualitätsbeauftragte/r (m/w/d) "
    "Feinkostproduktion. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.\n\n"
    "Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen "
    "melden. Bei Fragen erreichen Sie mich unter der unten stehenden Adresse.\n\n"
    "Mit freundlichen Grüßen\nKatrin Weißhaar\nBreisgauer Feinkost GmbH"
)
add(dict(
    kind="application_received", slug="breisgauer_personio_ack", lang="de",
    company="Breisgauer Feinkost", contact="k.weisshaar@breisgauer-feinkost.example.de",
    frm=("Breisgauer Feinkost GmbH", "breisgauer-feinkost@personio.de"),
    reply_to=("Katrin Weißhaar", "k.weisshaar@breisgauer-feinkost.example.de"),
    subject="Wir haben Ihre Bewerbung erhalten", date="2026-02-02 07:31 utc",
    id="breisgauer_ack", text=_a5, charset="iso-8859-1", cte="quoted-printable",
    hcs="iso-8859-1/Q",
))

_a6 = (
    "Guten Tag Jonas Haverkamp-Sørensen\n\n"
    "Ihre Bewerbung als Leiter/in Hygiene & Qualität ist bei uns angekommen – danke!\n\n"
    "Bitte haben Sie Verständnis, dass die Sichtung einige Zeit in Anspruch nimmt. Über "
    "den weiteren Verlauf informieren wir Sie per E-Mail.\n\n"
    "Ihr Recruiting-Team der Backhaus Sihlfeld AG"
)
add(dict(
    kind="application_received", slug="sihlfeld_softgarden_ack", lang="de",
    company="Backhaus Sihlfeld", contact="", frm=("Backhaus Sihlfeld AG", "no-reply@softgarden.io"),
    subject="Bestätigung Ihrer Bewerbung – Backhaus Sihlfeld", date="2026-02-09 10:18 utc",
    id="sihlfeld_ack", form="html",
    html=ats_card("Backhaus Sihlfeld – Karriere", "#8a5a2b", _a6,
                  "Diese Nachricht wurde automatisch über softgarden versendet.", lang="de"),
    cte="base64", headers=AUTO,
))

_a7 = (
    "Sehr geehrter Herr Haverkamp-Sørensen\n\n"
    "Vielen Dank für Ihre Online-Bewerbung auf die Position Category Quality Manager Frische "
    "(Req. 4471).\n\n"
    "Wir haben Ihre Unterlagen erhalten und werden diese nun prüfen. Sie können den Status "
    "Ihrer Bewerbung jederzeit im Karriereportal einsehen.\n\n"
    "Freundliche Grüsse\nAlpenfrisch Detailhandel AG\nHR Services\n\n"
    "Bitte antworten Sie nicht auf diese automatisch generierte E-Mail."
)
add(dict(
    kind="application_received", slug="alpenfrisch_successfactors_ack", lang="de",
    company="Alpenfrisch Detailhandel", contact="",
    frm=("Alpenfrisch Karriere", "alpenfrisch@successfactors.eu"),
    subject="Ihre Bewerbung ist eingegangen (Req. 4471)", date="2026-03-23 18:55 ch",
    id="alpenfrisch_ack", text=_a7, charset="iso-8859-1", cte="8bit", headers=AUTO,
))

_a8 = (
    "Sehr geehrter Herr Haverkamp-Sørensen,\n\n"
    "danke für Ihre Bewerbung als Qualitätsmanagement-Assistenz (m/w/d) in unserem "
    "Lebensmittellabor. Ihre Unterlagen liegen uns vollständig vor und sind an die "
    "Laborleitung weitergegeben.\n\n"
    "Sie hören spätestens Ende August wieder von uns.\n\n"
    "Freundliche Grüße\n\n"
    "Dr. Annika Hornung\nPersonal & Organisation\nDreisam Analytik GmbH\n"
    "Hermann-Mitsch-Straße 26, 79108 Freiburg im Breisgau\nTel. +49 761 555 92 00"
)
add(dict(
    kind="application_received", slug="dreisam_human_ack", lang="de", company="Dreisam Analytik",
    contact="a.hornung@dreisam-analytik.example.de",
    frm=("Dr. Annika Hornung", "a.hornung@dreisam-analytik.example.de"),
    subject="Eingang Ihrer Bewerbung – QM-Assistenz", date="2026-08-10 11:12 de",
    id="dreisam_ack", form="alt", text=_a8, html=outlook_html(_a8, "de"), cte="base64",
))

_a9 = (
    "Hallo Jonas\n\n"
    "Merci für dein CV und das nette Telefonat von heute! Ich habe dich bei Gastro Staff "
    "Basel als Kandidat registriert. Wir haben dein Dossier erhalten und ich schaue, welche "
    "unserer Kunden in der Lebensmittelproduktion gerade jemanden für Qualität oder "
    "Hygiene suchen.\n\n"
    "Für den Abschluss der Registrierung brauche ich noch eine Kopie deines Ausweises und "
    "die Arbeitszeugnisse der letzten zwei Stellen.\n\n"
    "Liebe Grüsse\nDeniz\n\nDeniz Kaya | Personalberaterin Gastronomie & Food\n"
    "Gastro Staff Basel AG | Clarastrasse 13, 4058 Basel | 061 555 44 80"
)
add(dict(
    kind="application_received", slug="gastrostaff_cv_received", lang="de",
    company="Gastro Staff Basel", contact="deniz.kaya@gastrostaff-basel.example.ch",
    frm=("Deniz Kaya", "deniz.kaya@gastrostaff-basel.example.ch"),
    subject="Dein CV ist bei uns", date="2026-07-01 17:03 ch", id="gastrostaff_reg",
    text=_a9, cte="8bit",
))

# ---------------------------------------------------------------- French (5)

_a10 = (
    "Bonjour Jonas,\n\n"
    "Merci d'avoir postulé au poste d'Auditeur/trice junior sécurité alimentaire "
    "(réf. CA-2026-014) chez Certalp SA.\n\n"
    "Nous accusons réception de votre candidature. Notre équipe l'étudiera avec attention et "
    "reviendra vers vous dans les meilleurs délais.\n\n"
    "Cordialement,\nL'équipe Recrutement de Certalp SA"
)
add(dict(
    kind="application_received", slug="certalp_icims_ack", lang="fr", company="Certalp",
    contact="", frm=("Certalp SA – Recrutement", "donotreply@icims.com"),
    subject="Accusé de réception – réf. CA-2026-014", date="2026-02-16 07:00 utc",
    id="certalp_ack", form="alt", text=_a10,
    html=ats_card("Certalp – Carrières", "#00558c", _a10,
                  "Ce message a été généré automatiquement.", lang="fr"),
    cte="quoted-printable", hcs="utf-8/B", headers=AUTO,
))

_a11 = (
    "Bonjour Jonas,\n\n"
    "Merci pour votre candidature au poste de Technicien(ne) qualité HACCP. Elle a bien été "
    "enregistrée !\n\n"
    "Camille, notre chargée de recrutement, prendra connaissance de votre profil dans les "
    "prochains jours. En attendant, découvrez nos métiers et nos sites sur notre page "
    "carrière.\n\n"
    "À bientôt,\nL'équipe Alsace Saveurs"
)
add(dict(
    kind="application_received", slug="alsace_teamtailor_ack", lang="fr",
    company="Alsace Saveurs", contact="",
    frm=("Alsace Saveurs", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature !", date="2026-03-09 20:14 fr",
    id="alsace_ack", form="html",
    html=ats_card("Alsace Saveurs", "#b5121b", _a11, "Envoyé avec Teamtailor",
                  ("Nos métiers", "https://alsacesaveurs.teamtailor.com/jobs"), lang="fr"),
    cte="base64", headers=AUTO,
))

_a12 = (
    "Bonjour Jonas,\n\n"
    "Suite à notre entretien d'inscription de ce matin, je vous confirme votre enregistrement "
    "dans notre vivier de candidats Hôtellerie & Agroalimentaire.\n\n"
    "Votre dossier (CV, diplômes, attestation HACCP) est complet. Je vous présenterai "
    "uniquement avec votre accord, poste par poste. Vous recevrez par ailleurs un lien pour "
    "signer électroniquement notre déclaration de protection des données.\n\n"
    "Belle fin de journée,\nYasmine Cherif\nConsultante senior – Talents Romands SA\n"
    "Avenue de la Gare 29, 1003 Lausanne\n+41 21 555 11 64"
)
add(dict(
    kind="application_received", slug="talents_registration", lang="fr",
    company="Talents Romands", contact="yasmine.cherif@talents-romands.example.ch",
    frm=("Yasmine Cherif", "yasmine.cherif@talents-romands.example.ch"),
    subject="Confirmation de votre inscription chez Talents Romands",
    date="2026-02-23 16:40 ch", id="talents_reg", form="alt", text=_a12,
    html=gmail_html(_a12), cte="quoted-printable",
))

_a13 = (
    "Bonjour Monsieur,\n\n"
    "Nous avons bien reçu votre CV et votre lettre pour le poste de Responsable qualité & "
    "hygiène en cuisine centrale. Merci de l'intérêt que vous portez à Léman Traiteur.\n\n"
    "Les entretiens se dérouleront fin avril ; je vous contacterai personnellement si votre "
    "profil est retenu pour la suite.\n\n"
    "Meilleures salutations,\nAurélie Monnier\nResponsable RH\nLéman Traiteur SA\n"
    "Chemin du Closel 3, 1020 Renens"
)
add(dict(
    kind="application_received", slug="leman_cv_received", lang="fr", company="Léman Traiteur",
    contact="aurelie.monnier@leman-traiteur.example.ch",
    frm=("Aurélie Monnier", "aurelie.monnier@leman-traiteur.example.ch"),
    subject="Votre candidature – Responsable qualité & hygiène", date="2026-04-07 14:55 ch",
    id="leman_ack", text=_a13, charset="windows-1252", cte="8bit",
))

_a14 = (
    "Madame, Monsieur,\n\n"
    "Nous accusons bonne réception de votre candidature pour le poste de responsable "
    "hygiène en cuisine centrale.\n\n"
    "Malheureusement, nous ne pouvons pas répondre individuellement à chaque candidature. "
    "Si votre profil correspond à nos besoins, le service du personnel prendra contact avec "
    "vous dans un délai de quatre semaines.\n\n"
    "Doller Restauration – Service du personnel\n"
    "ZA du Pont, 68290 Masevaux-Niederbruck"
)
add(dict(
    kind="application_received", slug="doller_cannot_answer_each", lang="fr",
    company="Doller Restauration", contact="",
    frm=("Doller Restauration", "ne-pas-repondre@doller-restauration.example.fr"),
    subject="Accusé de réception de votre candidature", date="2026-05-18 08:20 fr",
    id="doller_ack", text=_a14, cte="quoted-printable", headers=AUTO,
))

# ---------------------------------------------------------------- English (4)

_a15 = (
    "Hi Jonas,\n\n"
    "Thanks for applying to Navigli Foods! We've received your application for Food Safety "
    "Specialist (Milan).\n\n"
    "Our team reviews every application carefully. If your experience is a match for the "
    "role, someone from our Talent team will be in touch.\n\n"
    "Grazie,\nNavigli Foods"
)
add(dict(
    kind="application_received", slug="navigli_lever_ack", lang="en", company="Navigli Foods",
    contact="", frm=("Navigli Foods", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Navigli Foods", date="2026-05-04 08:11 utc",
    id="navigli_ack", form="alt", text=_a15, html=simple_html(_a15, "en"), cte="7bit",
    html_cte="7bit", headers=AUTO,
))

_a16 = (
    "Dear Jonas,\n\n"
    "Thank you for your interest in the Laboratory Analyst (Food Chemistry) position. This "
    "email confirms that your application has been received.\n\n"
    "Due to the volume of applications, unfortunately we cannot reply to every applicant "
    "individually. If you are shortlisted, a member of the laboratory team will contact you "
    "within three weeks of the closing date (24 April).\n\n"
    "Kind regards,\nCaledonia Food Testing"
)
add(dict(
    kind="application_received", slug="caledonia_bamboohr_ack", lang="en",
    company="Caledonia Food Testing", contact="",
    frm=("Caledonia Food Testing", "no-reply@bamboohr.com"),
    subject="Application received: Laboratory Analyst (Food Chemistry)",
    date="2026-04-13 12:30 uk", id="caledonia_ack", form="html",
    html=ats_card("Caledonia Food Testing", "#2e7d32", _a16, "Powered by BambooHR.",
                  lang="en"),
    cte="base64", headers=AUTO,
))

_a17 = (
    "Hi Jonas,\n\n"
    "Thanks for applying for Food Safety & Hygiene Lead at Lothian Catering Group. Your "
    "application has been received and is now with our hiring team.\n\n"
    "What happens next: we review applications on a rolling basis and aim to update every "
    "candidate within 14 days.\n\n"
    "Lothian Catering Group"
)
add(dict(
    kind="application_received", slug="lothian_workable_ack", lang="en",
    company="Lothian Catering Group", contact="",
    frm=("Lothian Catering Group", "noreply@workablemail.com"),
    subject="Lothian Catering Group - we've received your application",
    date="2026-04-20 07:48 uk", id="lothian_ack", form="alt", text=_a17,
    html=ats_card("Lothian Catering Group", "#4a148c", _a17, "Powered by Workable",
                  lang="en"),
    cte="quoted-printable", headers=AUTO,
))

_a18 = (
    "Hi Jonas,\n\n"
    "We've got your application for QA Technician (Chilled) - thank you! We really "
    "appreciate you taking the time.\n\n"
    "A member of our hiring team will review it shortly. You don't need to do anything else "
    "for now.\n\n"
    "Forth Valley Provisions"
)
add(dict(
    kind="application_received", slug="forth_ashby_ack", lang="en",
    company="Forth Valley Provisions", contact="",
    frm=("Forth Valley Provisions", "no-reply@ashbyhq.com"),
    subject="Thanks for applying to Forth Valley Provisions", date="2026-06-08 10:02 uk",
    id="forth_ack", text=_a18, cte="7bit", headers=AUTO,
))

# ---------------------------------------------------------------- Spanish (3)

_a19 = (
    "Hola Jonas:\n\n"
    "¡Gracias por tu candidatura para Técnico/a de calidad y seguridad alimentaria! La hemos "
    "recibido correctamente.\n\n"
    "Revisaremos tu perfil en los próximos días. Si encaja con lo que buscamos, nos "
    "pondremos en contacto contigo para una entrevista.\n\n"
    "Un saludo,\nEquipo de Personas · Conservas Turia"
)
add(dict(
    kind="application_received", slug="turia_recruitee_ack", lang="es", company="Conservas Turia",
    contact="", frm=("Conservas Turia", "no-reply@jobs.recruitee.com"),
    subject="Hemos recibido tu candidatura", date="2026-07-06 10:14 es", id="turia_ack",
    form="alt", text=_a19,
    html=ats_card("Conservas Turia · Empleo", "#e46f1b", _a19, "Enviado con Recruitee",
                  lang="es"),
    cte="base64", headers=AUTO,
))

_a20 = (
    "Estimado/a candidato/a:\n\n"
    "Le confirmamos que hemos recibido su solicitud para la vacante Responsable de Calidad "
    "de Tienda (ref. HF-0931).\n\n"
    "Lamentablemente, no podemos responder de forma individual a todas las personas que "
    "presentan su candidatura. Si su perfil se ajusta a los requisitos, el Departamento de "
    "Selección se pondrá en contacto con usted.\n\n"
    "Atentamente,\nHorta Fresca Distribución, S.A."
)
add(dict(
    kind="application_received", slug="hortafresca_taleo_ack", lang="es",
    company="Horta Fresca Distribución", contact="",
    frm=("Horta Fresca Distribución", "horta-fresca@taleo.net"),
    subject="Confirmación de recepción de solicitud – HF-0931", date="2026-08-20 16:35 es",
    id="hortafresca_ack", text=_a20, charset="iso-8859-1", cte="quoted-printable",
    hcs="utf-8/B", headers=AUTO,
))

_a21 = (
    "Hola Jonas:\n\n"
    "Te damos la bienvenida a Selecta Levante. Hemos recibido tu currículum y ya estás dado "
    "de alta en nuestra bolsa de candidatos para el sector agroalimentario en la Comunitat "
    "Valenciana.\n\n"
    "Soy Núria Vidal y llevaré tu candidatura. Cuando tenga una oferta que encaje con tu "
    "perfil de calidad y seguridad alimentaria, te llamaré antes de presentarte a la "
    "empresa.\n\n"
    "Saludos cordiales,\nNúria Vidal\nConsultora · Selecta Levante\n"
    "C/ Colón 48, 46004 València · 960 55 27 31"
)
add(dict(
    kind="application_received", slug="selecta_registration", lang="es",
    company="Selecta Levante", contact="nuria.vidal@selectalevante.example.es",
    frm=("Núria Vidal", "nuria.vidal@selectalevante.example.es"),
    subject="Alta en Selecta Levante", date="2026-09-08 13:28 es", id="selecta_reg",
    form="alt", text=_a21, html=simple_html(_a21, "es"), cte="quoted-printable",
    hcs="iso-8859-1/Q",
))

# ============================================================================ offers

# ---------------------------------------------------------------- German (4)

_o1 = (
    "Hallo Jonas\n\n"
    "Ich freue mich riesig, dir im Namen der Geschäftsleitung die Stelle als "
    "Qualitätsmanager/in Convenience anbieten zu dürfen! Der Probearbeitstag hat Simone "
    "und das ganze Produktionsteam überzeugt.\n\n"
    "Im Anhang findest du unser schriftliches Angebot mit Lohn, Pensum (100 %), "
    "Eintrittsdatum 1. Juni 2026 und den Anstellungsbedingungen. Wenn du einverstanden bist, "
    "schick es uns bitte unterschrieben bis zum 24. April zurück.\n\n"
    "Bei Fragen ruf mich jederzeit an.\n\n"
    "Liebe Grüsse\nMarco\n\nMarco Steiner\nTalent Acquisition Lead\nLimmat Frischküche AG\n"
    "Rautistrasse 58, 8048 Zürich\n+41 44 555 61 30"
)
add(dict(
    kind="offer", slug="limmat_offer_pdf", lang="de", company="Limmat Frischküche",
    contact="marco.steiner@limmat-frischkueche.example.ch",
    frm=("Marco Steiner", "marco.steiner@limmat-frischkueche.example.ch"),
    subject="Dein Angebot: Qualitätsmanager/in Convenience", date="2026-04-16 11:50 ch",
    id="limmat_offer", parent="limmat_trial", form="alt", text=_o1, html=gmail_html(_o1),
    cte="quoted-printable", hcs="utf-8/B",
    attach=[dict(file="Angebot_Haverkamp-Soerensen.pdf", title="Stellenangebot", lines=[
        "Limmat Frischkueche AG, Rautistrasse 58, 8048 Zuerich", "",
        "Stellenangebot fuer Herrn Jonas Haverkamp-Soerensen", "",
        "Funktion: Qualitaetsmanager/in Convenience", "Pensum: 100 %",
        "Eintritt: 1. Juni 2026", "Jahreslohn: CHF 92'000 brutto, 13 Monatsloehne",
        "Ferien: 25 Tage", "", "Bitte unterzeichnet bis 24. April 2026 retournieren.",
    ])],
))

_o2_old = (
    "Sehr geehrte Frau Dr. Hornung,\n\n"
    "vielen Dank für das freundliche Vorstellungsgespräch und die Führung durchs Labor am "
    "Dienstag. Ich habe einen sehr guten Eindruck gewonnen.\n\n"
    "Mit freundlichen Grüssen\nJonas Haverkamp-Sørensen"
)
_o2 = reply(
    "Sehr geehrter Herr Haverkamp-Sørensen,\n\n"
    "auch uns hat das Gespräch gefallen – so sehr, dass wir Sie gerne einstellen möchten.\n\n"
    "Anbei erhalten Sie Ihren Arbeitsvertrag als Qualitätsmanagement-Assistenz (m/w/d) in "
    "zweifacher Ausfertigung zur Unterschrift. Bitte senden Sie uns ein unterschriebenes "
    "Exemplar bis zum 28. September zurück, gern vorab als Scan an diese Adresse.\n\n"
    "Wir freuen uns auf die Zusammenarbeit ab dem 1. November.\n\n"
    "Freundliche Grüße\n\nDr. Annika Hornung\nPersonal & Organisation\nDreisam Analytik GmbH\n"
    "Tel. +49 761 555 92 00\n\n"
    "Dreisam Analytik GmbH · Sitz Freiburg · Amtsgericht Freiburg HRB 712345",
    "de", "Mi., 9. Sept. 2026 um 20:14", CAND_NAME, CAND_ADDR, _o2_old,
)
add(dict(
    kind="offer", slug="dreisam_contract_signature", lang="de", company="Dreisam Analytik",
    contact="a.hornung@dreisam-analytik.example.de",
    frm=("Dr. Annika Hornung", "a.hornung@dreisam-analytik.example.de"),
    subject="Ihr Arbeitsvertrag zur Unterschrift", date="2026-09-14 10:05 de",
    parent="dreisam_thanks", text=_o2, charset="windows-1252", cte="quoted-printable",
    attach=[dict(file="Arbeitsvertrag_Haverkamp-Soerensen.pdf", title="Arbeitsvertrag",
                 lines=["ARBEITSVERTRAG", "zwischen der Dreisam Analytik GmbH, Freiburg",
                        "und Herrn Jonas Haverkamp-Soerensen", "",
                        "§ 1 Beginn: 1. November 2026", "§ 2 Taetigkeit: QM-Assistenz",
                        "§ 3 Probezeit: sechs Monate", "§ 4 Verguetung: gem. Anlage 1", "",
                        "Ort, Datum, Unterschrift Arbeitnehmer: ____________________"])],
))

_o3 = (
    "Grüezi Herr Haverkamp-Sørensen\n\n"
    "Ich habe soeben mit Frau Gerber von Bernapark Frischprodukte AG telefoniert: Der Kunde "
    "möchte Ihnen ein Angebot machen für die Stelle als Hygiene- und QS-Koordinator am "
    "Standort Bern-Bümpliz!\n\n"
    "Eckdaten, wie mir mitgeteilt:\n"
    "- Jahreslohn CHF 88'000 brutto, 13. Monatslohn\n"
    "- Eintritt nach Vereinbarung, idealerweise 1. Juli\n"
    "- 25 Ferientage, Weiterbildung CAS Lebensmittelsicherheit wird unterstützt\n\n"
    "Den Vertrag stellt Bernapark direkt aus, sobald Sie mir Ihr grundsätzliches Ja geben. "
    "Wann kann ich Sie heute anrufen?\n\n"
    "Beste Grüsse\nReto Ammann\nQualiPersonal AG\n+41 44 555 80 12"
)
add(dict(
    kind="offer", slug="qualipersonal_bernapark_offer", lang="de",
    company="Bernapark Frischprodukte", contact="reto.ammann@qualipersonal.example.ch",
    frm=("Reto Ammann", "reto.ammann@qualipersonal.example.ch"),
    subject="Angebot von Bernapark!", date="2026-05-27 13:33 ch", parent="qualipersonal_reg",
    form="alt", text=_o3, html=simple_html(_o3, "de"), cte="base64",
))

_o4_old = (
    "Salü Herr Tschudin\n\n"
    "Danke für den spannenden Nachmittag und die Runde durchs Sudhaus. Ich würde sehr gerne "
    "bei Ihnen anfangen.\n\nJonas Haverkamp-Sørensen"
)
_o4 = outlook_reply(
    "Salü Herr Haverkamp-Sørensen\n\n"
    "Wie heute Morgen am Telefon besprochen: Wir möchten Sie als Verantwortlichen "
    "Qualität & Lebensmittelsicherheit in der Brauerei. Hier nochmals schriftlich, was wir "
    "vereinbart haben: 90 % Pensum, Start am 1. November, Lohn CHF 84'000 brutto im Jahr, "
    "dazu das berühmte Feierabendbier.\n\n"
    "Den Vertrag bereitet unsere Treuhänderin bis Ende nächster Woche vor. Bis dahin: "
    "herzlich willkommen im Team!\n\n"
    "Gruss\nLorenz Tschudin\nBraumeister & Geschäftsführer\nBrauerei Gundeldingen AG\n"
    "Dornacherstrasse 120, 4053 Basel\n061 555 26 26",
    "de", "Jonas Haverkamp-Sørensen <jonas.hs@example.ch>", "Dienstag, 15. September 2026 19:02",
    "Lorenz Tschudin", "Danke für heute", _o4_old,
)
add(dict(
    kind="offer", slug="gundeli_verbal_followup", lang="de", company="Brauerei Gundeldingen",
    contact="lorenz.tschudin@brauerei-gundeldingen.example.ch",
    frm=("Lorenz Tschudin", "lorenz.tschudin@brauerei-gundeldingen.example.ch"),
    subject="AW: Danke für heute", date="2026-09-24 12:10 ch", parent="gundeli_thanks",
    form="alt", text=_o4, html=outlook_html(_o4, "de"), cte="quoted-printable",
    hcs="iso-8859-1/B",
))

# ---------------------------------------------------------------- French (3)

_o5 = (
    "Bonjour Monsieur Haverkamp-Sørensen,\n\n"
    "C'est avec grand plaisir que nous vous proposons le poste de Responsable qualité & "
    "hygiène de notre cuisine centrale de Renens.\n\n"
    "Vous trouverez en pièce jointe notre lettre d'offre, qui précise la rémunération, la "
    "date d'entrée souhaitée (1er juillet 2026) et les conditions de la période d'essai. "
    "Nous vous serions reconnaissants de nous faire part de votre décision d'ici au "
    "29 mai.\n\n"
    "Toute l'équipe se réjouit de travailler avec vous.\n\n"
    "Meilleures salutations,\n\nAurélie Monnier\nResponsable RH\nLéman Traiteur SA\n"
    "Chemin du Closel 3, 1020 Renens\n+41 21 555 72 80"
)
add(dict(
    kind="offer", slug="leman_offer_letter", lang="fr", company="Léman Traiteur",
    contact="aurelie.monnier@leman-traiteur.example.ch",
    frm=("Aurélie Monnier", "aurelie.monnier@leman-traiteur.example.ch"),
    subject="Proposition d'engagement – Responsable qualité & hygiène",
    date="2026-05-22 16:45 ch", parent="leman_thanks", form="alt", text=_o5,
    html=outlook_html(_o5, "fr"), cte="quoted-printable", hcs="utf-8/B",
    attach=[dict(file="Lettre_offre_Leman_Traiteur.pdf", title="Lettre d'offre", lines=[
        "Leman Traiteur SA - Chemin du Closel 3 - 1020 Renens", "",
        "Lettre d'offre - M. Jonas Haverkamp-Sorensen", "",
        "Poste : Responsable qualite & hygiene, cuisine centrale",
        "Entree : 1er juillet 2026", "Salaire annuel brut : CHF 96'000 (13 x)",
        "Periode d'essai : 3 mois", "", "Reponse souhaitee d'ici au 29 mai 2026.",
    ])],
))

_o6 = (
    "Bonjour Jonas,\n\n"
    "Comme je vous l'ai annoncé ce matin au téléphone, nous souhaitons vous accueillir au "
    "sein de Qualiterre Certification en tant qu'auditeur junior restauration collective.\n\n"
    "Pour résumer notre échange : CDI à temps plein basé à Mulhouse, 38 000 EUR brut annuels, "
    "véhicule de service pour les audits, formation d'auditeur qualifié prise en charge la "
    "première année. Le contrat vous parviendra par courrier la semaine prochaine.\n\n"
    "Je vous remercie de me confirmer votre accord par retour de mail.\n\n"
    "Cordialement,\nHélène Kuntz\nResponsable des ressources humaines\n"
    "Qualiterre Certification SAS\n03 89 55 61 10"
)
add(dict(
    kind="offer", slug="qualiterre_phone_offer_followup", lang="fr",
    company="Qualiterre Certification", contact="helene.kuntz@qualiterre.example.fr",
    frm=("Hélène Kuntz", "helene.kuntz@qualiterre.example.fr"),
    subject="Suite à notre appel – proposition de poste", date="2026-09-18 15:02 fr",
    parent="qualiterre_move", text=_o6, charset="iso-8859-1", cte="8bit",
))

_o7 = (
    "Bonjour Jonas,\n\n"
    "Excellente nouvelle : mon client, Chocolats Lavaux, souhaite vous faire une offre pour "
    "le poste d'assistant qualité ! Mme Cuénoud a beaucoup apprécié votre regard de "
    "praticien sur le tempérage et l'hygiène de l'atelier.\n\n"
    "Les conditions proposées : 80 %, CHF 6'200 brut par mois sur 13 mois, entrée au 1er "
    "juin. Le contrat sera établi par Talents Romands pendant les trois premiers mois, puis "
    "repris par le client.\n\n"
    "Appelez-moi dès que vous pouvez pour en parler !\n\n"
    "Yasmine Cherif\nConsultante senior – Talents Romands SA\n+41 21 555 11 64"
)
add(dict(
    kind="offer", slug="talents_lavaux_offer", lang="fr", company="Chocolats Lavaux",
    contact="yasmine.cherif@talents-romands.example.ch",
    frm=("Yasmine Cherif", "yasmine.cherif@talents-romands.example.ch"),
    subject="Chocolats Lavaux veut vous engager !", date="2026-04-03 11:18 ch",
    parent="talents_lavaux_move", form="alt", text=_o7, html=gmail_html(_o7), cte="base64",
))

# ---------------------------------------------------------------- English (2)

_o8 = (
    "Hi Jonas,\n\n"
    "Thanks for taking my call earlier - it was lovely to hear how pleased you were!\n\n"
    "As discussed, we'd like to offer you the role of QA Technician (Chilled) at our "
    "Newbridge site: a permanent, full-time contract at GBP 34,500 per year, starting on "
    "3 August, with relocation support of up to GBP 3,000. Our People team will send the "
    "formal contract through DocuSign in the next couple of days.\n\n"
    "Let me know if anything in the summary doesn't match what we agreed.\n\n"
    "Best,\nRachel\n\nRachel Dunlop\nTechnical Manager | Forth Valley Provisions\n\n"
    "This email and any files transmitted with it are confidential."
)
add(dict(
    kind="offer", slug="forth_verbal_offer_followup", lang="en",
    company="Forth Valley Provisions", contact="rachel.dunlop@forthvalley.example.co.uk",
    frm=("Rachel Dunlop", "rachel.dunlop@forthvalley.example.co.uk"),
    subject="Following up on our call - your offer", date="2026-07-03 16:20 uk",
    parent="forth_move", form="alt", text=_o8, html=outlook_html(_o8, "en"), cte="7bit",
))

_o9 = (
    "Jonas!\n\n"
    "Glad we got the Granton mix-up sorted - and it clearly paid off. Hamish rang this "
    "morning: the client wants to make you an offer for the QA Supervisor job. GBP 36k, "
    "Monday to Friday, early starts, 25 days plus bank holidays.\n\n"
    "Their HR will email the paperwork, but I wanted you to hear it from me first. Call me "
    "when you can and we'll talk it through.\n\n"
    "Callum\nKestrel Recruitment | 07700 900 418"
)
add(dict(
    kind="offer", slug="kestrel_granton_offer", lang="en", company="Granton Harbour Smokehouse",
    contact="callum.baird@kestrel-recruitment.example.co.uk",
    frm=("Callum Baird", "callum.baird@kestrel-recruitment.example.co.uk"),
    subject="Granton - offer!", date="2026-07-08 10:31 uk", parent="kestrel_granton_missed",
    form="alt", text=_o9, html=gmail_html(_o9), cte="quoted-printable",
))

# ---------------------------------------------------------------- Spanish (1)

_o10 = (
    "Estimado Jonas:\n\n"
    "Tras el proceso de selección, nos complace ofrecerle el puesto de Responsable de "
    "Seguridad Alimentaria en nuestra planta de Cullera.\n\n"
    "Adjuntamos la carta de oferta con las condiciones: contrato indefinido, 36.000 EUR "
    "brutos anuales en 14 pagas, jornada completa e incorporación el 2 de noviembre de 2026. "
    "Le agradeceríamos que nos confirmase su aceptación antes del 16 de octubre.\n\n"
    "Reciba un cordial saludo,\n\nAmparo Grau\nDirectora de Recursos Humanos\n"
    "Salazones Grau, S.L.\nPolígono Industrial Els Pinars, 46400 Cullera (Valencia)\n"
    "Tel. 961 55 73 00"
)
add(dict(
    kind="offer", slug="salazones_offer_letter", lang="es", company="Salazones Grau",
    contact="amparo.grau@salazonesgrau.example.es",
    frm=("Amparo Grau", "amparo.grau@salazonesgrau.example.es"),
    subject="Carta de oferta – Responsable de Seguridad Alimentaria", date="2026-10-06 09:48 es",
    form="alt", text=_o10, html=outlook_html(_o10, "es"), cte="quoted-printable",
    attach=[dict(file="Carta_oferta_Salazones_Grau.pdf", title="Carta de oferta", lines=[
        "Salazones Grau, S.L. - Cullera", "", "Carta de oferta", "",
        "Puesto: Responsable de Seguridad Alimentaria", "Contrato: indefinido",
        "Salario: 36.000 EUR brutos anuales (14 pagas)",
        "Incorporacion: 2 de noviembre de 2026", "",
        "Firma del candidato: ____________________",
    ])],
))
