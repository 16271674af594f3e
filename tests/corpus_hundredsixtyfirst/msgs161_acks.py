"""Corpus 161, acknowledgements and offers: 21 application_received (de 11, en 5, fr 3, es 2)
and 10 offers (de 5, en 2, fr 2, es 1)."""

from __future__ import annotations

from msgs161_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    M,
    ats_card,
    forwarded,
    outlook_html,
    pdf,
    plain,
    quote,
    schrieb_de,
    simple_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ====================================================================== application_received

# --- German (11)

_nl = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "vielen Dank für Ihre Bewerbung als Sachbearbeiterin Kreditorenbuchhaltung (m/w/d) bei der "
    "Reederei Nordlicht. Ihre Unterlagen sind vollständig bei uns eingegangen.",
    "Wir prüfen Ihre Bewerbung sorgfältig und melden uns in der Regel innerhalb von zwei Wochen "
    "bei Ihnen.",
    "Mit freundlichen Grüßen\nIhr Personal-Team der Reederei Nordlicht",
]
add(M(
    kind="application_received", name="personio_nordlicht", lang="de",
    company="Reederei Nordlicht", contact="",
    frm=("Reederei Nordlicht GmbH & Co. KG", "no-reply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-01-12 20:14", id="nl-ack",
    text=plain(_nl),
    html=ats_card("Reederei Nordlicht", _nl, accent="#0b3c5d", footer=[
        "Reederei Nordlicht GmbH & Co. KG · Große Elbstraße 145 · 22767 Hamburg",
        "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_kb_apply = (
    "Sehr geehrte Frau Kessler,\n\n"
    "anbei sende ich Ihnen meine Bewerbung als Buchhalterin im Bereich Kreditoren. Als "
    "Night Auditorin im Hotel am Mühlenkamp verantworte ich seit vier Jahren den "
    "Tagesabschluss ..."
)
add(M(
    kind="application_received", name="kessler_brandt_human_ack", lang="de",
    company="Kessler & Brandt", contact="b.kessler@kessler-brandt.example.de",
    frm=("Birte Kessler", "b.kessler@kessler-brandt.example.de"),
    subject="AW: Bewerbung als Buchhalterin (Kreditoren)", date="2026-01-09 08:22",
    id="kb-ack", reply=["kb-apply"], charset="windows-1252", cte="8bit",
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "herzlichen Dank für Ihre Bewerbung – Ihre Unterlagen sind bei uns angekommen. Wir "
        "sichten die Bewerbungen bis Ende Januar und melden uns danach bei Ihnen.\n\n"
        "Ihre Daten verarbeiten wir ausschließlich für dieses Verfahren.\n\n"
        "Mit freundlichen Grüßen\n"
        "Birte Kessler\n"
        "Kessler & Brandt Steuerberatungsgesellschaft mbH · Hofweg 88 · 22085 Hamburg\n\n"
        + schrieb_de("08.01.2026 um 21:40", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote(_kb_apply) + "\n"
    ),
))

add(M(
    kind="application_received", name="elbkontor_registration", lang="de",
    company="Elbkontor Personal", contact="m.jacobsen@elbkontor-personal.example.de",
    frm=("Maike Jacobsen", "m.jacobsen@elbkontor-personal.example.de"),
    subject="Willkommen bei Elbkontor Personal – Ihre Registrierung", date="2026-03-02 10:35",
    id="ek-reg",
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "schön, dass Sie sich bei uns registriert haben! Ihr Lebenslauf und Ihre Zeugnisse sind "
        "vollständig in unserer Bewerberdatenbank hinterlegt, und ich bin ab sofort Ihre "
        "Ansprechpartnerin.\n\n"
        "Sie suchen eine Stelle in der Kreditorenbuchhaltung im Raum Hamburg/Bremen, gern mit "
        "Übernahmeoption – genau dafür haben wir einige Kunden. Ich gleiche Ihr Profil in den "
        "nächsten Tagen mit unseren offenen Aufträgen ab.\n\n"
        "Viele Grüße\n"
        "Maike Jacobsen\n"
        "Personalberaterin · Elbkontor Personal GmbH\n"
        "Steindamm 94 · 20099 Hamburg · 040 5550 3390\n"
    ),
))

_lt = [
    "Liebe Frau Vasquez-Halvorsen,",
    "herzlichen Dank für Ihre Bewerbung als Specialist Accounts Payable (w/m/d). Wir haben "
    "Ihre Unterlagen erhalten.",
    "Unser Recruiting-Team schaut sich Ihre Bewerbung in Ruhe an. Den aktuellen Stand können "
    "Sie jederzeit in Ihrem Bewerberkonto verfolgen.",
    "Viele Grüße\nIhr Recruiting-Team\nLeinetal Shared Services",
]
add(M(
    kind="application_received", name="softgarden_leinetal", lang="de",
    company="Leinetal Shared Services", contact="",
    frm=("Leinetal Shared Services", "noreply@softgarden.io"),
    subject="Wir haben Ihre Bewerbung erhalten", date="2026-05-04 22:41", id="lt-ack",
    text=plain(_lt),
    html=ats_card("Leinetal Shared Services", _lt, accent="#00695c",
                  button=("Zum Bewerberkonto", "https://leinetal-ssc.softgarden.io/applicant"),
                  footer=["Versendet mit softgarden"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_ha = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "wir bestätigen den Eingang Ihrer Bewerbung für die Position Sachbearbeitung "
    "Zahlungsverkehr (Schaden) – Referenz 2026-HA-0142.",
    "Wir erhalten sehr viele Bewerbungen und können leider nicht jeder Bewerberin und jedem "
    "Bewerber individuell antworten. Wenn Ihr Profil zu unseren Anforderungen passt, meldet "
    "sich innerhalb von drei Wochen jemand aus unserem Team bei Ihnen.",
    "Mit freundlichen Grüßen\nTalent Acquisition\nHanse Assekuranz AG",
]
add(M(
    kind="application_received", name="successfactors_hanse_no_individual_reply", lang="de",
    company="Hanse Assekuranz", contact="",
    frm=("Hanse Assekuranz Karriere", "noreply@successfactors.eu"),
    subject="Eingangsbestätigung: Sachbearbeitung Zahlungsverkehr (Schaden)",
    date="2026-02-05 13:02", tz="+0000", id="ha-ack",
    text=plain(_ha) + "\nHanse Assekuranz AG · Sitz Hamburg · HRB 99120\n",
    html=ats_card("Hanse Assekuranz", _ha, accent="#003a70", footer=[
        "Hanse Assekuranz AG · Ballindamm 22 · 20095 Hamburg · HRB 99120",
        "Diese E-Mail wurde automatisch versendet."]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_kt = [
    "Hallo Frau Vasquez-Halvorsen,",
    "danke für Ihre Bewerbung! Wir haben sie erhalten und melden uns, sobald wir Ihre Unterlagen "
    "geprüft haben.",
    "Beste Grüße\nKontorhaus Treuhand GmbH",
]
add(M(
    kind="application_received", name="personio_kontorhaus_short", lang="de",
    company="Kontorhaus Treuhand", contact="",
    frm=("Kontorhaus Treuhand GmbH", "no-reply@personio.de"),
    subject="Danke für Ihre Bewerbung – Kreditorenbuchhalter (m/w/d)",
    date="2026-02-03 18:57", id="kt-ack", html=ats_card("Kontorhaus Treuhand", _kt,
                                                        accent="#23395d"),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="application_received", name="taleo_marquardt", lang="de",
    company="Marquardt Versicherungsgruppe", contact="",
    frm=("Marquardt Versicherungsgruppe", "marquardt-vg.noreply@taleo.net"),
    subject="Bestätigung: Bewerbung für Sachbearbeitung Finanzbuchhaltung (Req. 26-0113)",
    date="2026-03-02 07:31", id="mq-ack",
    text=(
        "Guten Tag Frau Vasquez-Halvorsen,\n\n"
        "Ihre Bewerbung für die Position Sachbearbeitung Finanzbuchhaltung (Schwerpunkt "
        "Kreditoren), Anforderungsnummer 26-0113, wurde erfolgreich übermittelt.\n\n"
        "Sie können den Status Ihrer Bewerbung jederzeit in unserem Karriereportal einsehen:\n"
        "https://marquardt-vg.taleo.net/careersection/ext/mysubmissions.ftl\n\n"
        "Freundliche Grüße\n"
        "Personalmarketing & Recruiting\n"
        "Marquardt Versicherungsgruppe\n\n"
        "Diese Nachricht wurde automatisch erstellt.\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

_hh = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "herzlichen Dank für Ihr Interesse an den Herrenhausen Hotels und Ihre Bewerbung als "
    "Mitarbeiterin Hotelbuchhaltung / Accounts Payable.",
    "Ihre Unterlagen sind bei uns eingegangen und werden nun von der Fachabteilung gesichtet. "
    "Bitte haben Sie etwas Geduld – wir melden uns so schnell wie möglich.",
    "Ihr Team Human Resources\nHerrenhausen Hotels",
]
add(M(
    kind="application_received", name="softgarden_herrenhausen", lang="de",
    company="Herrenhausen Hotels", contact="",
    frm=("Herrenhausen Hotels", "noreply@softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-06-05 09:12", id="hh-ack",
    text=plain(_hh), html=ats_card("Herrenhausen Hotels", _hh, accent="#4a6b3a",
                                   footer=["Versendet mit softgarden"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="application_received", name="lindholm_pool_registration_latin1", lang="de",
    company="Lindholm Personaldienste", contact="j.osterloh@lindholm-personal.example.de",
    frm=("Jannik Osterloh", "j.osterloh@lindholm-personal.example.de"),
    subject="Ihre Aufnahme in unseren Bewerberpool", subj_enc="iso-8859-1:Q",
    date="2026-04-20 11:15", id="lh-reg", charset="iso-8859-1", cte="quoted-printable",
    text=(
        "Moin Frau Vasquez-Halvorsen,\n\n"
        "vielen Dank für Ihre Online-Registrierung. Ihr Profil ist jetzt in unserem "
        "Bewerberpool für kaufmännische Einsätze in Bremen und umzu aufgenommen.\n\n"
        "Ihre Unterlagen liegen vollständig vor. Bevor ich Sie unseren Kunden vorstelle, "
        "vereinbare ich telefonisch einen Termin zum persönlichen Kennenlernen mit Ihnen.\n\n"
        "Beste Grüße\n"
        "Jannik Osterloh\n"
        "Personaldisponent\n"
        "Lindholm Personaldienste GmbH\n"
        "T +49 421 5550 7780\n"
    ),
))

_jb = [
    "Hallo Ingrid,",
    "vielen Dank für Ihre Bewerbung auf die Stelle Junior Accountant Accounts Payable "
    "(R-004417). Wir haben Ihre Unterlagen erhalten.",
    "Sie können den Status Ihrer Bewerbung jederzeit im Kandidatenportal einsehen.",
    "Viele Grüße\nTalent Acquisition | Jadebusen Shipping",
]
add(M(
    kind="application_received", name="workday_jadebusen", lang="de",
    company="Jadebusen Shipping", contact="",
    frm=("Jadebusen Shipping", "jadebusen@myworkday.com"),
    subject="Bewerbung eingegangen: Junior Accountant Accounts Payable",
    date="2026-03-10 21:48", tz="+0000", id="jb-ack",
    text=plain(_jb),
    html=ats_card("Jadebusen Shipping", _jb, accent="#005f86",
                  button=("Kandidatenportal",
                          "https://jadebusen.wd3.myworkday.com/jadebusen/d/home.htmld")),
    headers=[("Auto-Submitted", "auto-generated")],
))

_br_cv = (
    "Sehr geehrter Herr Dr. Brückner,\n\n"
    "vielen Dank für das freundliche Telefonat. Wie besprochen sende ich Ihnen anbei meinen "
    "Lebenslauf und meine Arbeitszeugnisse. Für ein Interview bei Ihrem Mandanten stehe ich "
    "gern zur Verfügung.\n\n"
    "Mit freundlichen Grüßen\nIngrid Vasquez-Halvorsen"
)
add(M(
    kind="application_received", name="brueckner_cv_received_chain", lang="de",
    company="Brückner Executive Search", contact="f.brueckner@brueckner-search.example.de",
    frm=("Dr. Fabian Brückner", "f.brueckner@brueckner-search.example.de", "utf-8:B"),
    subject="AW: Unterlagen nach unserem Telefonat", date="2026-06-02 07:58",
    id="br-ack", reply=["br-cv"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "vielen Dank, Ihre Unterlagen habe ich erhalten – vollständig und gut lesbar. Ich "
        "bespreche Ihr Profil in dieser Woche mit meinem Mandanten und melde mich, sobald ich "
        "eine Rückmeldung habe.\n\n"
        "Mit besten Grüßen\n"
        "Dr. Fabian Brückner\n"
        "Brückner Executive Search GmbH · Neuer Wall 30 · 20354 Hamburg\n\n"
        + schrieb_de("Mo., 1. Juni 2026 um 18:22 Uhr", CANDIDATE_NAME, CANDIDATE_ADDR) + "\n"
        + quote(_br_cv) + "\n"
    ),
))

# --- English (5)

_ny = [
    "Hi Ingrid,",
    "Thanks for applying to the Accounts Payable Coordinator role at Nyhavn Hotels Group! "
    "We've received your application and our team will review it shortly.",
    "If your experience is a match, we'll reach out to discuss next steps.",
    "Best,\nThe Nyhavn Hotels Group Talent Team",
]
add(M(
    kind="application_received", name="greenhouse_nyhavn", lang="en",
    company="Nyhavn Hotels", contact="",
    frm=("Nyhavn Hotels Group", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Nyhavn Hotels Group", date="2026-02-02 11:03",
    id="ny-ack", text=plain(_ny),
    html=ats_card("Nyhavn Hotels Group", _ny, accent="#0f3b57", lang="en",
                  footer=["Powered by Greenhouse"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="application_received", name="lever_oresund", lang="en",
    company="Øresund Line", contact="",
    frm=("Øresund Line", "no-reply@hire.lever.co", "utf-8:B"),
    subject="Øresund Line - we've got your application", subj_enc="utf-8:B",
    date="2026-02-25 09:47", tz="+0000", id="os-ack",
    text=(
        "Hi Ingrid,\n\n"
        "Thanks for your interest in the Finance Operations Specialist position at Øresund "
        "Line. We've received your application and will be in touch if there's a fit.\n\n"
        "Ferry crews don't always answer quickly, and neither do we - please allow up to three "
        "weeks.\n\n"
        "Øresund Line Talent\n"
    ),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="application_received", name="harbourline_registration", lang="en",
    company="Harbourline Staffing", contact="sanne.degroot@harbourline.example.nl",
    frm=("Sanne de Groot | Harbourline Staffing", "sanne.degroot@harbourline.example.nl"),
    subject="Welcome to Harbourline - your registration is complete",
    date="2026-07-01 15:05", id="hl-reg",
    text=(
        "Hi Ingrid,\n\n"
        "Thanks for registering with Harbourline Staffing. I've received your CV and your "
        "right-to-work details, and your profile is now active in our finance & accounting "
        "pool for the Rotterdam region.\n\n"
        "I'll be your consultant. I'll match you against our open AP and finance operations "
        "assignments this week and call you before I send your profile to any client.\n\n"
        "Cheers,\n"
        "Sanne de Groot\n"
        "Senior Consultant Finance & Accounting\n"
        "Harbourline Staffing B.V. | Wilhelminakade 137, 3072 AP Rotterdam | +31 10 555 0442\n"
    ),
))

_lg = [
    "Hi Ingrid,",
    "Thanks for applying for Finance Operations Associate at Ledgerly. Your application is in, "
    "and a real human will read it - usually within five working days.",
    "In the meantime, you can read about how our finance team works on our blog.",
    "The Ledgerly Talent Team",
]
add(M(
    kind="application_received", name="ashby_ledgerly", lang="en",
    company="Ledgerly", contact="",
    frm=("Ledgerly Talent Team", "no-reply@ashbyhq.com"),
    subject="Application received - Finance Operations Associate", date="2026-06-01 12:20",
    tz="+0000", id="lg-ack",
    text=plain(_lg), html=ats_card("Ledgerly", _lg, accent="#5b21b6", lang="en",
                                   footer=["Sent via Ashby"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_nv = [
    "Dear Ingrid,",
    "Thank you for applying for the position of Finance Operations Analyst (Copenhagen). This "
    "email confirms that we have received your application.",
    "Due to the high number of applications, we are unable to respond to every applicant "
    "individually. If your profile matches our requirements, a member of our team will contact "
    "you within four weeks.",
    "Kind regards,\nNordvik Insurance Talent Acquisition",
]
add(M(
    kind="application_received", name="smartrecruiters_nordvik_no_individual", lang="en",
    company="Nordvik Insurance", contact="",
    frm=("Nordvik Insurance", "noreply@smartrecruiters.com"),
    subject="We received your application for Finance Operations Analyst",
    date="2026-07-20 18:10", tz="+0000", id="nv-ack",
    text=plain(_nv),
    html=ats_card("Nordvik Insurance", _nv, accent="#3b2f73", lang="en",
                  footer=["Nordvik Insurance A/S · Havneholmen 8 · Copenhagen",
                          "Powered by SmartRecruiters"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

# --- French (3)

_dl = [
    "Bonjour Ingrid,",
    "Nous avons bien reçu votre candidature au poste d'Assistante comptable fournisseurs (H/F) "
    "et vous en remercions.",
    "Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.",
    "L'équipe recrutement\nCabinet Delattre Expertise Comptable",
]
add(M(
    kind="application_received", name="teamtailor_delattre", lang="fr",
    company="Cabinet Delattre", contact="",
    frm=("Cabinet Delattre Expertise Comptable", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature", subj_enc="utf-8:Q",
    date="2026-05-04 19:35", id="dl-ack", reply=["dl-apply"],
    text=plain(_dl), html=ats_card("Cabinet Delattre", _dl, accent="#2d5d7b", lang="fr",
                                   footer=["Envoyé avec Teamtailor"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

add(M(
    kind="application_received", name="alsaceplus_inscription", lang="fr",
    company="Intérim Alsace Plus", contact="thomas.weber@alsaceplus.example.fr",
    frm=("Thomas Weber", "thomas.weber@alsaceplus.example.fr"),
    subject="Votre inscription chez Intérim Alsace Plus", date="2026-08-24 11:50",
    id="ap-reg", charset="iso-8859-1", cte="8bit",
    text=(
        "Bonjour Ingrid,\n\n"
        "Merci pour votre inscription en agence. Votre CV et vos justificatifs sont bien "
        "enregistrés ; votre dossier est complet.\n\n"
        "Vous recherchez une mission ou un poste en comptabilité fournisseurs sur "
        "l'Eurométropole de Strasbourg, avec une prise de poste à partir d'octobre. Je vous "
        "contacte dès qu'une mission correspond à votre profil.\n\n"
        "Bien cordialement,\n"
        "Thomas Weber\n"
        "Chargé de recrutement - Intérim Alsace Plus\n"
        "03 88 55 50 61\n"
    ),
))

_bf = [
    "Bonjour Ingrid,",
    "Merci pour votre candidature au poste de Gestionnaire comptabilité fournisseurs - Lille. "
    "Elle a bien été transmise à notre équipe recrutement.",
    "Nous reviendrons vers vous après examen de votre dossier.",
    "Assurances Beffroi - Recrutement",
]
add(M(
    kind="application_received", name="recruitee_beffroi", lang="fr",
    company="Assurances Beffroi", contact="",
    frm=("Assurances Beffroi", "notifications@jobs.recruitee.com"),
    subject="Candidature reçue : Gestionnaire comptabilité fournisseurs",
    subj_enc="iso-8859-1:B", date="2026-03-03 08:05", tz="+0000", id="bf-ack",
    text=plain(_bf), html=ats_card("Assurances Beffroi", _bf, accent="#8e2430", lang="fr",
                                   footer=["Propulsé par Recruitee"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

# --- Spanish (2)

_al = [
    "¡Hola Ingrid!",
    "Gracias por presentar tu candidatura al puesto de Técnica de Cuentas a Pagar en Hoteles "
    "Costa Alborán. La hemos recibido correctamente.",
    "Revisaremos tu perfil y te contactaremos si encaja con lo que buscamos.",
    "Un saludo,\nEquipo de Selección · Hoteles Costa Alborán",
]
add(M(
    kind="application_received", name="teamtailor_alboran", lang="es",
    company="Hoteles Costa Alborán", contact="",
    frm=("Hoteles Costa Alborán", "no-reply@teamtailor-mail.com", "iso-8859-1:Q"),
    subject="Hemos recibido tu candidatura", date="2026-04-14 16:26", id="al-ack",
    text=plain(_al), html=ats_card("Hoteles Costa Alborán", _al, accent="#d35400", lang="es",
                                   footer=["Enviado con Teamtailor"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

_gm = [
    "Hola Ingrid,",
    "Gracias por tu interés en Seguros Guadalmedina. Confirmamos que hemos recibido tu "
    "candidatura para Administrativa de Cuentas a Pagar.",
    "Lamentablemente, debido al volumen de candidaturas no podemos responder a cada persona de "
    "forma individual. Si tu perfil avanza en el proceso, nos pondremos en contacto contigo en "
    "las próximas semanas.",
    "Saludos,\nSeguros Guadalmedina",
]
add(M(
    kind="application_received", name="workable_guadalmedina_no_individual", lang="es",
    company="Seguros Guadalmedina", contact="",
    frm=("Seguros Guadalmedina", "noreply@workablemail.com"),
    subject="Seguros Guadalmedina: candidatura recibida", date="2026-05-15 10:02",
    id="gm-ack", text=plain(_gm),
    html=ats_card("Seguros Guadalmedina", _gm, accent="#006e51", lang="es",
                  footer=["Powered by Workable"]),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ===================================================================================== offers

# --- German (5)

add(M(
    kind="offer", name="nordlicht_formal_pdf", lang="de",
    company="Reederei Nordlicht", contact="svenja.petersen@nordlicht-reederei.example.de",
    frm=("Svenja Petersen", "svenja.petersen@nordlicht-reederei.example.de"),
    cc=[("Dr. Malte Johannsen", "malte.johannsen@nordlicht-reederei.example.de")],
    subject="Ihr Vertragsangebot – Sachbearbeitung Kreditorenbuchhaltung",
    date="2026-02-11 15:10", id="nl-offer", reply=["nl-invite", "nl-move", "nl-thanks"],
    text=(
        "Sehr geehrte Frau Vasquez-Halvorsen,\n\n"
        "vielen Dank für das offene Gespräch am 3. Februar und Ihre freundliche Nachricht im "
        "Anschluss. Wir freuen uns sehr, Ihnen die Position als Sachbearbeiterin "
        "Kreditorenbuchhaltung anbieten zu können.\n\n"
        "Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Eckdaten: Eintritt zum "
        "1. April 2026, 39 Stunden pro Woche, Jahresbruttogehalt 46.800 €, 30 Urlaubstage, "
        "zwei Tage mobiles Arbeiten pro Woche.\n\n"
        "Bitte lassen Sie uns bis zum 20. Februar wissen, ob Sie das Angebot annehmen. Für "
        "Rückfragen stehen Dr. Johannsen und ich Ihnen jederzeit zur Verfügung.\n\n"
        "Mit freundlichen Grüßen\n"
        "Svenja Petersen\n"
        "Personalreferentin\n"
        "Reederei Nordlicht GmbH & Co. KG\n"
        "Große Elbstraße 145 · 22767 Hamburg · Tel. +49 40 5550 8823\n"
    ),
    atts=[pdf("Vertragsangebot_Vasquez-Halvorsen.pdf", [
        "Reederei Nordlicht GmbH & Co. KG",
        "Vertragsangebot",
        "Frau Ingrid Vasquez-Halvorsen, Mühlenkamp 41, 22303 Hamburg",
        "Position: Sachbearbeiterin Kreditorenbuchhaltung",
        "Eintritt: 1. April 2026 - Arbeitszeit: 39 Stunden/Woche",
        "Jahresbruttogehalt: 46.800 EUR - Urlaub: 30 Tage",
        "Annahmefrist: 20. Februar 2026",
    ], title="Vertragsangebot Reederei Nordlicht")],
))

add(M(
    kind="offer", name="leinetal_contract_for_signature", lang="de",
    company="Leinetal Shared Services", contact="nadine.oltmanns@leinetal-ssc.example.de",
    frm=("Nadine Oltmanns", "nadine.oltmanns@leinetal-ssc.example.de"),
    subject="Ihr Arbeitsvertrag zur Unterschrift", date="2026-06-15 10:40",
    id="lt-offer", reply=["lt-invite", "lt-move"],
    text=(
        "Liebe Frau Vasquez-Halvorsen,\n\n"
        "wie Herr Dreyer Ihnen am Freitag schon telefonisch gesagt hat: Wir möchten Sie sehr "
        "gern als Specialist Accounts Payable in unserem Team begrüßen!\n\n"
        "Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte "
        "unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 26. Juni zurück – "
        "gern vorab als Scan an diese Adresse. Startdatum ist der 1. August 2026.\n\n"
        "Wir freuen uns auf Sie!\n\n"
        "Viele Grüße\n"
        "Nadine Oltmanns\n"
        "Recruiting · Leinetal Shared Services GmbH\n"
        "Vahrenwalder Straße 210 · 30165 Hannover · +49 511 5550 2041\n"
    ),
    atts=[pdf("Arbeitsvertrag_Specialist_AP.pdf", [
        "Leinetal Shared Services GmbH - Arbeitsvertrag",
        "zwischen Leinetal Shared Services GmbH und Frau Ingrid Vasquez-Halvorsen",
        "§ 1 Beginn: 1. August 2026, Tätigkeit: Specialist Accounts Payable",
        "§ 2 Probezeit: sechs Monate",
        "§ 3 Vergütung: 3.950 EUR brutto monatlich, 13 Gehälter",
        "Ort, Datum, Unterschrift: ______________________",
    ], title="Arbeitsvertrag")],
))

_ek_client = (
    "Liebe Frau Jacobsen,\n\n"
    "wir waren von Frau Vasquez-Halvorsen im Gespräch am Donnerstag sehr angetan und möchten ihr "
    "die Stelle in der Kreditorenbuchhaltung anbieten – zunächst über Sie in der "
    "Arbeitnehmerüberlassung, nach sechs Monaten mit Übernahme zu unseren Konditionen.\n\n"
    "Gruß\nWiebke Gerdes"
)
add(M(
    kind="offer", name="elbkontor_client_wants_offer_fwd", lang="de",
    company="Weserport Logistik", contact="m.jacobsen@elbkontor-personal.example.de",
    frm=("Maike Jacobsen", "m.jacobsen@elbkontor-personal.example.de"),
    subject="WG: Frau Vasquez-Halvorsen – Angebot", date="2026-03-25 09:15",
    id="ek-offer", reply=["ek-invite", "ek-move"],
    text=(
        "Hallo Frau Vasquez-Halvorsen,\n\n"
        "herzlichen Glückwunsch! Weserport Logistik möchte Ihnen ein Angebot machen – die "
        "Nachricht von Frau Gerdes habe ich Ihnen unten weitergeleitet.\n\n"
        "Konkret heißt das: Start am 4. Mai, Einsatz als Kreditorenbuchhalterin in Vollzeit, "
        "Stundenlohn 24,50 € über uns, nach sechs Monaten Übernahme bei Weserport. Ich rufe Sie "
        "heute Nachmittag an, um die Details durchzugehen.\n\n"
        "Viele Grüße\n"
        "Maike Jacobsen\n"
        "Elbkontor Personal GmbH · 040 5550 3390\n\n"
        + forwarded("de", "Wiebke Gerdes <w.gerdes@weserport.example.de>",
                    "Di., 24. März 2026 um 17:02", "Frau Vasquez-Halvorsen",
                    "Maike Jacobsen <m.jacobsen@elbkontor-personal.example.de>", _ek_client)
    ),
))

add(M(
    kind="offer", name="baumwollkontor_verbal_followup", lang="de",
    company="Bremer Baumwollkontor", contact="jens.harjes@baumwollkontor.example.de",
    frm=("Jens Harjes", "jens.harjes@baumwollkontor.example.de"),
    subject="Wie besprochen: unser Angebot", date="2026-09-10 17:48",
    text=(
        "Liebe Frau Vasquez-Halvorsen,\n\n"
        "danke für das nette Telefonat heute Mittag. Wie besprochen fasse ich unser Angebot "
        "noch einmal schriftlich zusammen:\n\n"
        "- Position: Buchhalterin Kreditoren und Zahlungsverkehr\n"
        "- Beginn: 1. November 2026 (oder nach Absprache)\n"
        "- Gehalt: 44.000 € brutto im Jahr plus Jahresbonus\n"
        "- 30 Tage Urlaub, Jobticket, Homeoffice an einem Tag pro Woche\n\n"
        "Der Vertrag kommt in den nächsten Tagen per Post. Wenn Sie schon vorher zusagen "
        "möchten, genügt eine kurze Mail an mich.\n\n"
        "Ich freue mich sehr, dass es gepasst hat!\n\n"
        "Herzliche Grüße\n"
        "Jens Harjes\n"
        "Kaufmännischer Leiter\n"
        "Bremer Baumwollkontor GmbH · Langenstraße 15 · 28195 Bremen\n"
    ),
    html=simple_html([
        "Liebe Frau Vasquez-Halvorsen,",
        "danke für das nette Telefonat heute Mittag. Wie besprochen fasse ich unser Angebot "
        "noch einmal schriftlich zusammen:",
        "- Position: Buchhalterin Kreditoren und Zahlungsverkehr\n"
        "- Beginn: 1. November 2026 (oder nach Absprache)\n"
        "- Gehalt: 44.000 € brutto im Jahr plus Jahresbonus\n"
        "- 30 Tage Urlaub, Jobticket, Homeoffice an einem Tag pro Woche",
        "Der Vertrag kommt in den nächsten Tagen per Post. Wenn Sie schon vorher zusagen "
        "möchten, genügt eine kurze Mail an mich.",
        "Ich freue mich sehr, dass es gepasst hat!",
        "Herzliche Grüße\nJens Harjes\nKaufmännischer Leiter\n"
        "Bremer Baumwollkontor GmbH · Langenstraße 15 · 28195 Bremen"]),
))

_ow = [
    "Sehr geehrte Frau Vasquez-Halvorsen,",
    "nach dem Gespräch mit Herrn Thode am 30. Juli freuen wir uns, Ihnen die Stelle als "
    "Referentin Finanzbuchhaltung anzubieten.",
    "Die Einzelheiten – Beginn am 1. Oktober 2026, Jahresgehalt 49.500 € brutto, 30 Tage "
    "Urlaub, Betriebsrente – entnehmen Sie bitte dem beigefügten Angebotsschreiben.",
    "Wir würden uns über Ihre Zusage bis zum 21. August freuen.",
    "Freundliche Grüße\nSabine Kramer\nPersonalabteilung\nOstwind Energie GmbH\n"
    "Osterstraße 51 · 30159 Hannover · Tel. 0511 5550 7120",
]
add(M(
    kind="offer", name="ostwind_offer_letter_cp1252", lang="de",
    company="Ostwind Energie", contact="s.kramer@ostwind-energie.example.de",
    frm=("Sabine Kramer", "s.kramer@ostwind-energie.example.de"),
    subject="Angebot: Referentin Finanzbuchhaltung", date="2026-08-12 11:25",
    id="ow-offer", reply=["ow-invite", "ow-cancel"],
    charset="windows-1252", cte="8bit",
    text=plain(_ow), html=outlook_html(_ow), html_cte="quoted-printable",
    atts=[pdf("Angebotsschreiben_Ostwind_Energie.pdf", [
        "Ostwind Energie GmbH - Angebotsschreiben",
        "Position: Referentin Finanzbuchhaltung (Kreditoren/Zahlungsverkehr)",
        "Beginn: 1. Oktober 2026",
        "Jahresgehalt: 49.500 EUR brutto, Betriebsrente, 30 Tage Urlaub",
        "Bitte Zusage bis 21. August 2026",
    ], title="Angebotsschreiben")],
    preamble="This is a multi-part message in MIME format.",
))

# --- English (2)

add(M(
    kind="offer", name="ledgerly_offer_pdf", lang="en",
    company="Ledgerly", contact="karoline.friis@ledgerly.example.dk",
    frm=("Karoline Friis", "karoline.friis@ledgerly.example.dk"),
    subject="Your offer from Ledgerly", date="2026-06-30 16:05",
    id="lg-offer", reply=["lg-invite", "lg-move"],
    text=(
        "Hi Ingrid,\n\n"
        "I'm thrilled to send you this: we'd love you to join Ledgerly as Finance Operations "
        "Associate!\n\n"
        "Your offer letter is attached. The headlines: start date 1 September 2026, annual "
        "salary DKK 468,000, pension 10% on top, and relocation support to Copenhagen of up to "
        "DKK 25,000.\n\n"
        "Have a read, sleep on it, and let me know if you have questions. We'd need your "
        "answer by 10 July.\n\n"
        "Warmly,\n"
        "Karoline Friis\n"
        "Finance Ops Lead · Ledgerly ApS\n"
        "Njalsgade 76, 2300 København S · +45 55 50 71 90\n"
    ),
    atts=[pdf("Ledgerly_Offer_Letter_Vasquez-Halvorsen.pdf", [
        "Ledgerly ApS - Offer of Employment",
        "Candidate: Ingrid Vasquez-Halvorsen",
        "Role: Finance Operations Associate",
        "Start date: 1 September 2026",
        "Salary: DKK 468,000 per year, pension 10%",
        "Please sign and return by 10 July 2026",
    ], title="Offer Letter")],
))

add(M(
    kind="offer", name="harbourline_client_wants_offer", lang="en",
    company="Dockside Mutual", contact="sanne.degroot@harbourline.example.nl",
    frm=("Sanne de Groot | Harbourline Staffing", "sanne.degroot@harbourline.example.nl"),
    subject="Dockside Mutual wants you!", date="2026-07-22 12:02",
    id="hl-offer", reply=["hl-invite", "hl-move"],
    text=(
        "Hi Ingrid,\n\n"
        "Great news: Dockside Mutual wants to make you an offer for the Accounts Payable Officer "
        "role! Femke called me this morning - they loved how you talked through the supplier "
        "reconciliation on Monday.\n\n"
        "What they're proposing: permanent contract from 1 September, EUR 3,900 gross per month "
        "plus 8% holiday allowance, 36-hour week. Their HR will send the written offer once "
        "you've said you're interested.\n\n"
        "Call me when you can - I'm around all afternoon.\n\n"
        "Sanne\n"
        "Harbourline Staffing B.V. | +31 10 555 0442\n"
    ),
))

# --- French (2)

add(M(
    kind="offer", name="alsaceplus_client_souhaite_offre", lang="fr",
    company="Brasseries de l'Ill", contact="thomas.weber@alsaceplus.example.fr",
    frm=("Thomas Weber", "thomas.weber@alsaceplus.example.fr"),
    subject="Brasseries de l'Ill : proposition pour vous !", subj_enc="utf-8:Q",
    date="2026-09-18 10:30", id="ap-offer", reply=["ap-invite"],
    text=(
        "Bonjour Ingrid,\n\n"
        "Excellente nouvelle : Madame Schaller m'a appelé ce matin, les Brasseries de l'Ill "
        "souhaitent vous faire une proposition pour le poste de comptable fournisseurs.\n\n"
        "Les conditions : CDD de 9 mois à partir du 5 octobre, 2 350 € brut mensuels, avec une "
        "perspective de CDI à l'issue. Le contrat de mission vous sera envoyé par notre agence "
        "dès votre accord.\n\n"
        "Pouvez-vous me donner votre réponse d'ici lundi ?\n\n"
        "Thomas Weber\n"
        "Intérim Alsace Plus - 03 88 55 50 61\n"
    ),
))

add(M(
    kind="offer", name="kleber_promesse_embauche_pdf", lang="fr",
    company="Hôtel Kléber Collection", contact="sophie.klein@kleber-collection.example.fr",
    frm=("Sophie Klein", "sophie.klein@kleber-collection.example.fr"),
    subject="Promesse d'embauche : comptable fournisseurs (CDI)", subj_enc="iso-8859-1:Q",
    date="2026-10-09 14:18",
    text=(
        "Madame,\n\n"
        "Suite à nos entretiens, j'ai le plaisir de vous confirmer notre volonté de vous "
        "recruter en qualité de comptable fournisseurs au sein de notre siège strasbourgeois.\n\n"
        "Vous trouverez ci-joint la promesse d'embauche précisant les conditions : CDI à temps "
        "plein à compter du 2 novembre 2026, rémunération annuelle brute de 31 500 €, statut "
        "employé, période d'essai de deux mois.\n\n"
        "Je vous remercie de nous retourner le document signé avant le 16 octobre.\n\n"
        "Veuillez agréer, Madame, l'expression de mes salutations distinguées.\n\n"
        "Sophie Klein\n"
        "Directrice administrative et financière\n"
        "Hôtel Kléber Collection - 29 place Kléber - 67000 Strasbourg\n"
    ),
    atts=[pdf("Promesse_embauche_Vasquez-Halvorsen.pdf", [
        "Hôtel Kléber Collection - Promesse d'embauche",
        "Madame Ingrid Vasquez-Halvorsen",
        "Poste : Comptable fournisseurs - CDI temps plein",
        "Date d'entrée : 2 novembre 2026",
        "Rémunération annuelle brute : 31 500 EUR",
        "Retour signé avant le 16 octobre 2026",
    ], title="Promesse d'embauche", utf8_name=False)],
))

# --- Spanish (1)

add(M(
    kind="offer", name="alboran_oferta_base64", lang="es",
    company="Hoteles Costa Alborán", contact="carmen.ortega@alboran-hoteles.example.es",
    frm=("Carmen Ortega", "carmen.ortega@alboran-hoteles.example.es"),
    subject="Oferta de incorporación – Técnica de Cuentas a Pagar", subj_enc="utf-8:B",
    date="2026-05-12 13:37", id="al-offer", reply=["al-invite", "al-move"],
    cte="base64",
    text=(
        "Hola Ingrid:\n\n"
        "¡Enhorabuena! Después de la entrevista con Javier, tenemos el placer de ofrecerte el "
        "puesto de Técnica de Cuentas a Pagar en nuestras oficinas centrales de Málaga.\n\n"
        "Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, "
        "incorporación el 1 de julio de 2026, salario bruto anual de 27.500 € en 14 pagas y "
        "jornada intensiva en verano.\n\n"
        "Nos encantaría tener tu respuesta antes del 22 de mayo.\n\n"
        "Un saludo,\n"
        "Carmen Ortega\n"
        "Selección · Hoteles Costa Alborán\n"
        "Paseo Marítimo Pablo Ruiz Picasso 14, 29016 Málaga · 952 55 50 80\n"
    ),
    atts=[pdf("Carta_oferta_Alborán.pdf", [
        "Hoteles Costa Alborán - Carta de oferta",
        "Candidata: Ingrid Vasquez-Halvorsen",
        "Puesto: Técnica de Cuentas a Pagar",
        "Incorporación: 1 de julio de 2026 - contrato indefinido",
        "Salario: 27.500 EUR brutos anuales en 14 pagas",
    ], title="Carta de oferta", utf8_name=True)],
))
