"""Corpus 149: application acknowledgements and offers (hand-written)."""

# ruff: noqa: C408  (each message is a dict(...) spec written by hand)

from __future__ import annotations

from msgs149_common import (
    CANDIDATE,
    am_schrieb,
    ats_card,
    el_escribio,
    le_ecrit,
    on_wrote,
    outlook_word,
    paras,
    word_lines,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ====================================================================== application_received

# --- T1 Alpenmilch (Workday) ------------------------------------------------------------------
_t = """Guten Tag Luca Baumgartner-Rossi

Vielen Dank für Ihre Bewerbung als Spezialist/in Qualitätssicherung Milchverarbeitung (80–100 %) bei der Alpenmilch AG in Bern. Ihre Unterlagen sind vollständig bei uns eingetroffen.

Wir prüfen alle Dossiers sorgfältig und melden uns innert drei Wochen. Aufgrund der grossen Zahl an Bewerbungen können wir leider nicht jede Rückfrage einzeln beantworten – den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto.

Referenz: JR-2026-0147

Freundliche Grüsse
Ihr Recruiting-Team der Alpenmilch AG

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf."""
add(dict(
    kind="application_received", name="alpenmilch_workday_ack", company="Alpenmilch", contact="",
    lang="de", tid="alp1",
    frm=("Alpenmilch Karriere", "alpenmilch@myworkday.com"),
    subject="Eingangsbestätigung: Spezialist/in Qualitätssicherung Milchverarbeitung (JR-2026-0147)",
    subj_enc=("utf-8", "Q"),
    date="2026-01-12 07:41 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Alpenmilch AG · Karriere", "#2b6cb0", paras(_t),
                  "Alpenmilch AG, Laupenstrasse 40, 3008 Bern · Powered by Workday",
                  ("Zum Kandidatenkonto", "https://alpenmilch.wd3.myworkday.com/alpenmilch/login"),
                  lang="de"),
))

# --- T6 Kantonslabor Mittelland (iso-8859-1, human HR) -------------------------------------------
add(dict(
    kind="application_received", name="kantonslabor_eingang", company="Kantonslabor Mittelland",
    contact="brigitte.schaerer@kantonslabor-mittelland.example.ch", lang="de", tid="kl1",
    frm=("Brigitte Schärer", "brigitte.schaerer@kantonslabor-mittelland.example.ch"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung - Lebensmittelinspektor/in 100 %",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="8bit",
    date="2026-04-20 10:02 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi

Wir bestätigen den Eingang Ihres Dossiers für die Stelle als Lebensmittelinspektor/in (Ausschreibung Nr. 26-118). Die Bewerbungsfrist läuft bis zum 30. April; danach sichtet die Auswahlkommission alle Unterlagen gemeinsam.

Bitte haben Sie Verständnis, dass wir vor Mitte Mai keine Auskunft zum Stand des Verfahrens geben können.

Freundliche Grüsse

Brigitte Schärer
Personaldienst
Kantonslabor Mittelland
Bahnhofplatz 7, 4500 Solothurn
Tel. +41 32 627 18 40

Diese Nachricht ist ausschliesslich für den bezeichneten Adressaten bestimmt. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.""",
))

# --- T7 Isartaler Feinkost (Personio) ------------------------------------------------------------
_t = """Hallo Luca,

danke, dass du dich für die Position "Qualitätsmanager:in Feinkostproduktion" bei Isartaler Feinkost interessierst! Deine Bewerbung ist bei uns eingegangen.

Wie geht es weiter? Unser Team schaut sich jede Bewerbung persönlich an. In der Regel hörst du innerhalb von zwei Wochen von uns.

Viele Grüsse aus Garching
Dein Isartaler-Team"""
add(dict(
    kind="application_received", name="isartaler_personio_ack", company="Isartaler Feinkost",
    contact="", lang="de", tid="isa1",
    frm=("Isartaler Feinkost GmbH", "noreply@personio.de"),
    subject="Deine Bewerbung bei Isartaler Feinkost",
    date="2026-05-11 16:20 +0200",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Personio Recruiting")],
    html=ats_card("Isartaler Feinkost", "#7a9a01", paras(_t),
                  "Isartaler Feinkost GmbH · Schleissheimer Str. 22 · 85748 Garching · "
                  "Datenschutzhinweise für Bewerbende", lang="de"),
))

# --- Gastro Personal Plus: agency registration --------------------------------------------------
add(dict(
    kind="application_received", name="gastroplus_registrierung", company="Gastro Personal Plus",
    contact="nadine.keller@gastroplus.example.ch", lang="de", tid="gpp1",
    frm=("Nadine Keller | Gastro Personal Plus", "nadine.keller@gastroplus.example.ch"),
    subject="Willkommen in unserer Kandidatenkartei",
    date="2026-01-08 11:15 +0100",
    text="""Grüezi Herr Baumgartner-Rossi

Herzlichen Dank für das angenehme Telefonat von heute Morgen. Hiermit bestätige ich Ihre Registrierung bei Gastro Personal Plus: Ihr Lebenslauf, die Arbeitszeugnisse und das Hygienezertifikat sind in unserer Kartei erfasst.

Ich habe Sie für Temporär- und Festanstellungen in den Bereichen Qualitätssicherung, Hygiene und Küchenleitung vorgemerkt, Region Zürich und Basel. Sobald ein Mandat passt, melde ich mich direkt bei Ihnen.

Freundliche Grüsse
Nadine Keller
Personalberaterin Gastronomie & Lebensmittel
Gastro Personal Plus AG
Badenerstrasse 271, 8003 Zürich
T +41 44 455 20 31""",
))

# --- Confiserie Steinhauer (Workday, HTML only) ------------------------------------------------------
add(dict(
    kind="application_received", name="steinhauer_workday_ack", company="Confiserie Steinhauer",
    contact="", lang="de",
    frm=("Confiserie Steinhauer", "steinhauer@myworkday.com"),
    subject="Wir haben Ihre Bewerbung erhalten",
    date="2026-02-05 13:07 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Confiserie Steinhauer", "#8b1e3f", paras("""Guten Tag Herr Baumgartner-Rossi

Ihre Bewerbung für die Stelle «Hygienebeauftragte/r Produktion Zürich-Altstetten» ist bei uns eingegangen. Wir freuen uns über Ihr Interesse an unserem Traditionshaus.

Unser Team meldet sich, sobald die erste Sichtung abgeschlossen ist.

Herzliche Grüsse
Confiserie Steinhauer – Human Resources"""),
                  "Sie erhalten diese Nachricht, weil Sie sich über unser Karriereportal beworben "
                  "haben. Antworten an diese Adresse werden nicht gelesen.",
                  ("Bewerbungsstatus ansehen", "https://steinhauer.wd3.myworkday.com/careers"),
                  lang="de"),
))

# --- Helvetmarkt (SuccessFactors, base64) ----------------------------------------------------------
_t = """Sehr geehrter Herr Baumgartner-Rossi

Besten Dank für Ihre Online-Bewerbung als Category Manager Qualität Frischprodukte (Basel). Hiermit bestätigen wir Ihnen den Eingang.

Bitte beachten Sie: Wir erhalten täglich sehr viele Bewerbungen und können leider nicht jedem Bewerbenden persönlich antworten. Sollte Ihr Profil unseren Anforderungen entsprechen, nehmen wir innerhalb von vier Wochen Kontakt mit Ihnen auf.

Freundliche Grüsse
Helvetmarkt Genossenschaft
Personalgewinnung"""
add(dict(
    kind="application_received", name="helvetmarkt_successfactors_ack", company="Helvetmarkt",
    contact="", lang="de",
    frm=("Helvetmarkt Jobs", "noreply@successfactors.eu"),
    subject="Bestätigung Ihrer Bewerbung – Req 40311",
    date="2026-02-09 06:55 +0000",
    cte="b64",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Helvetmarkt", "#e0601b", paras(_t), "Helvetmarkt Genossenschaft, Basel", lang="de"),
))

# --- QS-Prüfinstitut Süd (softgarden) -------------------------------------------------------------------
add(dict(
    kind="application_received", name="qspruef_softgarden_ack", company="QS-Prüfinstitut Süd",
    contact="", lang="de",
    frm=("QS-Prüfinstitut Süd GmbH", "noreply@softgarden.io"),
    frm_enc=("iso-8859-1", "B"),
    subject="Ihre Bewerbung als Auditor (m/w/d) Lebensmittelsicherheit",
    date="2026-06-22 09:31 +0200",
    text="""Sehr geehrter Herr Baumgartner-Rossi,

vielen Dank für Ihre Bewerbung als Auditor (m/w/d) Lebensmittelsicherheit am Standort München-Moosach. Wir haben Ihre Unterlagen erhalten und werden sie nun prüfen.

Den aktuellen Status können Sie in Ihrem Bewerberkonto einsehen:
https://qspruef-sued.softgarden.io/de/applicant/login

Mit freundlichen Grüssen
Ihr Personalteam
QS-Prüfinstitut Süd GmbH

Diese Nachricht wurde automatisch versendet.""",
))

# --- Talentis: CV received --------------------------------------------------------------------------
add(dict(
    kind="application_received", name="talentis_cv_erhalten", company="Talentis",
    contact="simon.wyss@talentis.example.ch", lang="de", tid="tal1",
    frm=("Simon Wyss", "simon.wyss@talentis.example.ch"),
    subject="AW: Lebenslauf Luca Baumgartner-Rossi",
    date="2026-03-16 17:48 +0100",
    text="""Hallo Herr Baumgartner-Rossi

Ihr CV ist angekommen, besten Dank. Ich lese ihn in Ruhe und melde mich nächste Woche, sobald ich mit meinem Mandanten in Basel gesprochen habe. Die Kombination aus Küchenpraxis und HACCP-Verantwortung ist für die Position durchaus interessant.

Beste Grüsse
Simon Wyss
Partner | Food & Life Sciences
Talentis AG · Aeschenvorstadt 55 · 4051 Basel
+41 61 511 72 90

""" + am_schrieb("16.03.2026 um 14:02", "Luca Baumgartner-Rossi", CANDIDATE[1],
                  """Guten Tag Herr Wyss

Wie telefonisch besprochen sende ich Ihnen meinen Lebenslauf. Ich bin ab Juni verfügbar.

Freundliche Grüsse
Luca Baumgartner-Rossi"""),
))

# --- Bergkäserei Simmental (plain reply) ---------------------------------------------------------
add(dict(
    kind="application_received", name="bergkaeserei_unterlagen_angekommen",
    company="Bergkäserei Simmental", contact="hr@bergkaeserei-simmental.example.ch", lang="de",
    tid="bks1",
    frm=("Bergkäserei Simmental HR", "hr@bergkaeserei-simmental.example.ch"),
    subject="Re: Bewerbung Betriebsleiter-Stv. / Qualität",
    date="2026-06-22 08:12 +0200",
    cte="qp",
    text="""Grüezi Herr Baumgartner

Ihre Unterlagen sind gut bei uns angekommen. Wir sammeln die Bewerbungen noch bis Ende Monat und schauen sie dann mit dem Käsermeister zusammen an. Sie hören spätestens in der ersten Juliwoche von uns.

Mit freundlichen Grüssen
Ruth Bühler
Personal & Administration
Bergkäserei Simmental AG, Lenkstrasse 3, 3770 Zweisimmen
033 722 41 10""",
))

# --- T2 Nutrivalor (SmartRecruiters) ------------------------------------------------------------
_t = """Bonjour Luca,

Merci pour votre candidature au poste de Responsable Assurance Qualité Production (H/F) chez Nutrivalor à Genève. Nous l'avons bien reçue.

Notre équipe de recrutement étudie chaque dossier avec attention. Si votre profil correspond à nos besoins, nous vous contacterons prochainement pour convenir d'un premier échange.

Cordialement,
L'équipe Talent Acquisition de Nutrivalor"""
add(dict(
    kind="application_received", name="nutrivalor_smartrecruiters_ack", company="Nutrivalor",
    contact="", lang="fr", tid="nut1",
    frm=("Nutrivalor", "noreply@smartrecruiters.com"),
    subject="Nutrivalor : candidature reçue – Responsable Assurance Qualité Production",
    subj_enc=("utf-8", "B"),
    date="2026-02-02 08:30 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Nutrivalor", "#00857c", paras(_t),
                  "Nutrivalor SA · Route des Jeunes 12 · 1227 Carouge · Propulsé par SmartRecruiters",
                  lang="fr"),
))

# --- Hôtels Rive-Bleue (Taleo) ----------------------------------------------------------------------
add(dict(
    kind="application_received", name="rivebleue_taleo_ack", company="Hôtels Rive-Bleue", contact="",
    lang="fr", tid="rb1",
    frm=("Hôtels Rive-Bleue - Carrières", "rivebleue@taleo.net"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Accusé de réception de votre candidature",
    subj_enc=("iso-8859-1", "B"),
    charset="iso-8859-1", cte="qp",
    date="2026-03-18 19:04 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Responsable hygiène et sécurité alimentaire (réf. 2600731) et vous remercions de l'intérêt que vous portez aux Hôtels Rive-Bleue.

Votre dossier sera examiné par nos équipes dans les meilleurs délais.

Ce message est généré automatiquement ; merci de ne pas y répondre.

Hôtels Rive-Bleue SA
Quai du Mont-Blanc 31, 1201 Genève""",
))

# --- Adéquat Intérim: registration -----------------------------------------------------------------
add(dict(
    kind="application_received", name="adequat_inscription", company="Adéquat Intérim",
    contact="camille.perroud@adequat.example.ch", lang="fr", tid="adq1",
    frm=("Camille Perroud", "camille.perroud@adequat.example.ch"),
    subject="Confirmation de votre inscription chez Adéquat Intérim",
    date="2026-01-15 15:36 +0100",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Suite à notre entretien d'inscription de ce jour à l'agence de Lausanne, je vous confirme que votre dossier est désormais actif chez nous : CV, permis de travail, certificats de travail et attestation HACCP ont été enregistrés.

Je vous propose pour des missions et des postes fixes en qualité, hygiène et production alimentaire sur l'arc lémanique. Pensez à me signaler tout changement de disponibilité.

Belle journée,

Camille Perroud
Conseillère en personnel – Industrie alimentaire
Adéquat Intérim SA
Avenue de la Gare 18, 1003 Lausanne
+41 21 310 55 62""",
))

# --- T11 Qualisûr (human) -----------------------------------------------------------------------
add(dict(
    kind="application_received", name="qualisur_bien_recu", company="Qualisûr",
    contact="elodie.marchand@qualisur.example.fr", lang="fr", tid="qs1",
    frm=("Élodie Marchand", "elodie.marchand@qualisur.example.fr"),
    frm_enc=("utf-8", "B"),
    subject="RE: Candidature technicien qualité / auditeur junior",
    date="2026-08-03 11:22 +0200",
    text="""Bonjour Monsieur Baumgartner-Rossi,

Je vous remercie pour votre candidature, que nous avons bien reçue. Votre parcours en cuisine professionnelle a retenu notre attention ; je transmets votre dossier au responsable du pôle audits et reviens vers vous d'ici la fin de la semaine prochaine.

Bien cordialement,

Élodie Marchand
Chargée de recrutement
Qualisûr SAS – Laboratoire d'analyses agroalimentaires
14 rue de Gerland, 69007 Lyon
04 72 80 13 55

""" + le_ecrit("1 août 2026 à 18:40", "Luca Baumgartner-Rossi", CANDIDATE[1], """Madame, Monsieur,

Je vous adresse ma candidature pour le poste d'auditeur junior publié sur votre site. Vous trouverez mon CV en pièce jointe.

Cordialement,
Luca Baumgartner-Rossi"""),
))

# --- Traiteur Saône & Rhône (Teamtailor) -------------------------------------------------------------
_t = """Bonjour Luca,

Merci d'avoir postulé au poste de Responsable Qualité Cuisine Centrale chez Traiteur Saône & Rhône ! Votre candidature est bien arrivée.

Nous recevons un grand nombre de candidatures et ne pouvons malheureusement pas répondre à chacune individuellement. Si votre profil est retenu pour la suite du processus, un membre de l'équipe vous contactera sous trois semaines.

À bientôt peut-être,
L'équipe Traiteur Saône & Rhône"""
add(dict(
    kind="application_received", name="traiteur_teamtailor_ack", company="Traiteur Saône & Rhône",
    contact="", lang="fr", tid="tsr1",
    frm=("Traiteur Saône & Rhône", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature, Luca !",
    date="2026-04-21 10:10 +0200",
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://app.teamtailor.com/unsubscribe/c/8841a2>")],
    text=_t,
    html=ats_card("Traiteur Saône & Rhône", "#c0392b", paras(_t),
                  "Vous recevez cet e-mail suite à votre candidature via notre page carrière.",
                  lang="fr"),
))

# --- T3 Kestrel Hotels (Greenhouse) ---------------------------------------------------------------------
_t = """Hi Luca,

Thanks for applying to Kestrel Hotels! We've received your application for Group Food Safety Coordinator (London) and our team will review it soon.

If your experience is a match, a member of our talent team will be in touch to discuss next steps.

Best,
Kestrel Hotels Talent Team

**Please note: this inbox is not monitored.**"""
add(dict(
    kind="application_received", name="kestrel_greenhouse_ack", company="Kestrel Hotels", contact="",
    lang="en", tid="kes1",
    frm=("Kestrel Hotels", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Kestrel Hotels",
    date="2026-03-02 14:12 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Kestrel Hotels", "#1f3a5f", paras(_t), "Kestrel Hotels Ltd, 8 Bankside, London SE1",
                  lang="en"),
))

# --- T9 FreshBox (Ashby) --------------------------------------------------------------------------------
add(dict(
    kind="application_received", name="freshbox_ashby_ack", company="FreshBox", contact="", lang="en",
    tid="fb1",
    frm=("FreshBox Hiring", "no-reply@ashbyhq.com"),
    subject="We got your application – Food Safety & Quality Lead",
    date="2026-02-20 09:03 +0100",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("FreshBox", "#ff6f3c", paras("""Hey Luca,

Your application for Food Safety & Quality Lead (Zürich) just landed in our inbox. Thanks for thinking of FreshBox!

We read every application ourselves. Expect to hear back within about ten working days, whichever way it goes.

Cheers,
The FreshBox People team"""), "FreshBox AG · Hohlstrasse 190 · 8004 Zürich", lang="en"),
))

# --- Harbour Search: registration (windows-1252) ----------------------------------------------------
add(dict(
    kind="application_received", name="harbour_search_registered", company="Harbour Search",
    contact="tom.ellery@harboursearch.example.co.uk", lang="en", tid="hs1", parent="hs0",
    frm=("Tom Ellery", "tom.ellery@harboursearch.example.co.uk"),
    subject="RE: QA / food safety roles in London",
    charset="windows-1252", cte="qp",
    date="2026-05-04 12:44 +0100",
    text="""Hi Luca,

Thanks for sending your CV over – it’s on file now and you’re registered with us as a candidate for food safety, technical and QA positions across London and the South East.

A quick note on salary expectations: the £38–45k band you mentioned is realistic for a first technical role with your kitchen background.

I’ll be in touch as soon as something suitable comes up.

Kind regards,
Tom Ellery
Senior Consultant – Food & Drink Technical
Harbour Search Ltd | 40 St Mary Axe, London EC3A 8BE | 020 7946 0318

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Harbour Search Ltd is registered in England and Wales.

""" + on_wrote("Sat, 2 May 2026 at 21:15", "Luca Baumgartner-Rossi", CANDIDATE[1],
                "Dear Mr Ellery,\n\nPlease find my CV attached. I am relocating to London in the autumn.\n\nBest regards,\nLuca"),
))

# --- Thameside Foods (Lever) -------------------------------------------------------------------------
add(dict(
    kind="application_received", name="thameside_lever_ack", company="Thameside Foods", contact="",
    lang="en", tid="tf1",
    frm=("Thameside Foods", "no-reply@hire.lever.co"),
    subject="Thameside Foods: we've received your application",
    date="2026-07-13 15:30 +0100",
    text="""Hi Luca,

Thank you for your interest in the Technical Officer – Chilled Ready Meals position at Thameside Foods. This email confirms that your application has been submitted successfully.

What happens next: our technical team reviews applications on a rolling basis. Unfortunately we are not able to reply to every applicant individually, but we will contact you if we'd like to take things further.

Thanks again,
Thameside Foods Recruitment""",
))

# --- T5 Conservas Miramar ---------------------------------------------------------------------------
add(dict(
    kind="application_received", name="miramar_recibida", company="Conservas Miramar",
    contact="rrhh@conservasmiramar.example.es", lang="es", tid="mir1",
    frm=("RRHH Conservas Miramar", "rrhh@conservasmiramar.example.es"),
    subject="Hemos recibido tu candidatura – Técnico/a de Calidad",
    subj_enc=("utf-8", "Q"),
    date="2026-04-07 12:05 +0200",
    text="""Hola Luca:

Te confirmamos que hemos recibido tu currículum para la vacante de Técnico/a de Calidad en nuestra planta de Badalona. Gracias por tu interés en Conservas Miramar.

El proceso de selección se abrirá la semana que viene y te iremos informando de cada paso por este mismo correo.

Un saludo,
Marta Puig
Recursos Humanos
Conservas Miramar S.L. · Carrer del Port 22 · 08911 Badalona
+34 933 87 41 02""",
))

# --- Hoteles Llevant (Recruitee) -------------------------------------------------------------------
_t = """Hola Luca,

¡Gracias por inscribirte en la oferta Responsable de Higiene Alimentaria (Barcelona) de Hoteles Llevant!

Hemos recibido tu solicitud correctamente. Nuestro equipo la revisará en los próximos días.

Saludos cordiales,
Equipo de Talento – Hoteles Llevant"""
add(dict(
    kind="application_received", name="llevant_recruitee_ack", company="Hoteles Llevant", contact="",
    lang="es", tid="llv1",
    frm=("Hoteles Llevant", "noreply@jobs.recruitee.com"),
    subject="Solicitud recibida: Responsable de Higiene Alimentaria",
    date="2026-08-18 18:27 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_t,
    html=ats_card("Hoteles Llevant", "#0b7285", paras(_t), "Enviado con Recruitee", lang="es"),
))

# --- Obrador Santa Caterina (Workable) ----------------------------------------------------------------
add(dict(
    kind="application_received", name="obrador_workable_ack", company="Obrador Santa Caterina",
    contact="", lang="es", tid="osc2", parent="osc1",
    frm=("Obrador Santa Caterina", "noreply@candidates.workablemail.com"),
    subject="Obrador Santa Caterina - Tu candidatura",
    date="2026-09-28 20:02 +0200",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Obrador Santa Caterina", "#6d4c41", paras("""Hola Luca,

Gracias por tu interés en el puesto de Responsable de Calidad y Seguridad Alimentaria en Obrador Santa Caterina.

Hemos recibido tu candidatura. Debido al volumen de solicitudes no podemos responder personalmente a cada persona, pero revisaremos tu perfil con atención.

Atentamente,
Obrador Santa Caterina"""), "Powered by Workable", lang="es"),
))

# ====================================================================== offer

# --- T7 Isartaler: formal offer with PDF ---------------------------------------------------------
add(dict(
    kind="offer", name="isartaler_angebot_pdf", company="Isartaler Feinkost",
    contact="katrin.vogl@isartaler.example.de", lang="de", tid="isa5", parent="isa3",
    frm=("Katrin Vogl", "katrin.vogl@isartaler.example.de"),
    subject="Ihr Vertragsangebot – Qualitätsmanager:in Feinkostproduktion",
    date="2026-06-10 15:40 +0200",
    text="""Lieber Luca,

wie angekündigt, hier kommt es schriftlich: Wir möchten dich sehr gerne als Qualitätsmanager:in in unserer Produktion in Garching einstellen!

Im angehängten Angebot findest du alle Eckdaten – Start am 1. September 2026, unbefristet, 40 Stunden, Jahresgehalt 62.000 EUR brutto plus Umzugspauschale. Bitte gib uns bis zum 19. Juni Bescheid, ob du annimmst. Bei Fragen ruf mich jederzeit an.

Wir freuen uns riesig!

Katrin Vogl
People & Culture
Isartaler Feinkost GmbH | Schleissheimer Str. 22 | 85748 Garching
Tel. +49 89 3209 4417

Geschäftsführer: Anton Isarbauer · Amtsgericht München HRB 224310""",
    pdf=[("Angebot_Baumgartner-Rossi.pdf", [
        "Isartaler Feinkost GmbH - Vertragsangebot",
        "Herrn Luca Baumgartner-Rossi, Hardstrasse 118, 8005 Zürich",
        "Position: Qualitätsmanager:in Feinkostproduktion",
        "Beginn: 01.09.2026, unbefristet, 40 Std./Woche",
        "Jahresgehalt: 62.000 EUR brutto",
        "Annahmefrist: 19.06.2026",
    ])],
))

# --- T4 Talentis: client wants to make an offer --------------------------------------------------
add(dict(
    kind="offer", name="talentis_rheinkorn_angebot", company="Rheinkorn Mühlen",
    contact="simon.wyss@talentis.example.ch", lang="de", tid="tal3", parent="tal2",
    frm=("Simon Wyss", "simon.wyss@talentis.example.ch"),
    subject="Gute Nachrichten aus Basel",
    date="2026-04-15 18:05 +0200",
    text="""Lieber Herr Baumgartner-Rossi

Ich komme gerade aus dem Debriefing mit Rheinkorn Mühlen: Der Kunde ist von Ihnen überzeugt und möchte Ihnen die Stelle als Leiter Qualitätssicherung Mühle Kleinhüningen anbieten.

Die Eckpunkte, die man mir genannt hat: CHF 108'000 Jahreslohn, 13 Monatslöhne bereits eingerechnet, Eintritt nach Vereinbarung, idealerweise 1. Juli. Der schriftliche Vertrag kommt direkt von Rheinkorn, sobald Sie mir grünes Licht geben.

Haben Sie morgen zwischen 8 und 9 Uhr Zeit für ein kurzes Telefonat? Dann gehen wir die Details durch.

Herzliche Gratulation schon einmal!
Simon Wyss
Talentis AG · Basel · +41 61 511 72 90""",
))

# --- Milchwerk Ammersee: contract for signature ------------------------------------------------------
add(dict(
    kind="offer", name="milchwerk_vertrag_unterschrift", company="Milchwerk Ammersee",
    contact="j.hartl@milchwerk-ammersee.example.de", lang="de", tid="mwa5", parent="mwa4",
    frm=("Johanna Hartl", "j.hartl@milchwerk-ammersee.example.de"),
    subject="Arbeitsvertrag zur Unterschrift",
    subj_enc=("utf-8", "B"),
    date="2026-07-01 10:18 +0200",
    cte="b64",
    text="""Guten Morgen Herr Baumgartner-Rossi,

anbei erhalten Sie Ihren Arbeitsvertrag als Hygiene- und Qualitätskoordinator in zweifacher Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie eines bis spätestens 15. Juli an uns zurück (gerne vorab als Scan).

Den Personalfragebogen und die Angaben für die Lohnabrechnung reichen Sie bitte mit ein.

Wir freuen uns auf die Zusammenarbeit ab dem 1. Oktober!

Mit freundlichen Grüssen
Johanna Hartl
Personalleitung
Milchwerk Ammersee GmbH
Seestrasse 9, 82211 Herrsching
Tel. +49 8152 90 33 12""",
    pdf=[("Arbeitsvertrag_Baumgartner-Rossi.pdf", [
        "Arbeitsvertrag",
        "zwischen Milchwerk Ammersee GmbH und Herrn Luca Baumgartner-Rossi",
        "Tätigkeit: Hygiene- und Qualitätskoordinator",
        "Beginn: 01.10.2026",
        "Unterschrift Arbeitnehmer: ____________________",
    ])],
))

# --- Vegiwerk: verbal offer follow-up (Outlook HTML) -------------------------------------------
_t = """Lieber Luca

Danke für das gute Gespräch am Telefon vorhin. Wie besprochen bestätige ich dir hier gerne, dass wir dir die Stelle als QS-Verantwortlicher in unserer Produktion in Winterthur anbieten möchten.

Zusammengefasst: 100 %, Start 1. Mai oder nach Absprache, Bruttolohn CHF 92'000 pro Jahr, 5 Wochen Ferien, Halbtax vom Betrieb.

Den Vertrag schicken wir dir, sobald du uns zusagst. Lass dir ruhig bis Dienstag Zeit.

Liebe Grüsse
Noemi Frei
Co-Geschäftsführerin
Vegiwerk AG | Pflanzschulstrasse 4 | 8400 Winterthur | 052 212 60 70"""
add(dict(
    kind="offer", name="vegiwerk_muendliches_angebot", company="Vegiwerk",
    contact="noemi.frei@vegiwerk.example.ch", lang="de", tid="veg3", parent="veg2",
    frm=("Noemi Frei", "noemi.frei@vegiwerk.example.ch"),
    subject="Unser Angebot – wie besprochen",
    date="2026-03-20 16:55 +0100",
    text=_t,
    html=outlook_word(word_lines(_t), "de"),
))

# --- T2 Nutrivalor: formal offer with PDF ------------------------------------------------------
add(dict(
    kind="offer", name="nutrivalor_offre_pdf", company="Nutrivalor",
    contact="sophie.girardin@nutrivalor.example.ch", lang="fr", tid="nut4", parent="nut3",
    frm=("Sophie Girardin", "sophie.girardin@nutrivalor.example.ch"),
    cc=[("Marc Dufaux", "marc.dufaux@nutrivalor.example.ch")],
    subject="Proposition d'engagement - Responsable Assurance Qualité Production",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-03-06 14:20 +0100",
    text="""Cher Monsieur Baumgartner-Rossi,

Suite à vos entretiens avec Marc Dufaux et l'équipe de production, nous avons le plaisir de vous proposer le poste de Responsable Assurance Qualité Production au sein de Nutrivalor à Carouge.

Vous trouverez en pièce jointe notre lettre d'offre détaillant les conditions : entrée en fonction le 1er mai 2026, salaire annuel brut de CHF 104'000 versé en 13 mensualités, contrat à durée indéterminée.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici au 16 mars.

Dans l'attente de votre réponse, nous vous prions d'agréer nos salutations les meilleures.

Sophie Girardin
Responsable Ressources Humaines
Nutrivalor SA – Route des Jeunes 12 – 1227 Carouge
+41 22 309 44 10

Ce message et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci d'en informer l'expéditeur et de le détruire.""",
    pdf=[("Lettre_offre_Nutrivalor.pdf", [
        "Nutrivalor SA - Lettre d'offre",
        "Monsieur Luca Baumgartner-Rossi",
        "Poste : Responsable Assurance Qualité Production",
        "Entrée en fonction : 1er mai 2026",
        "Salaire annuel brut : CHF 104'000 (13 x)",
        "Réponse souhaitée : 16 mars 2026",
    ])],
))

# --- Adéquat: client wants to make an offer ------------------------------------------------------
add(dict(
    kind="offer", name="adequat_client_offre", company="Hôtel du Parc Ouchy",
    contact="camille.perroud@adequat.example.ch", lang="fr", tid="adq9",
    frm=("Camille Perroud", "camille.perroud@adequat.example.ch"),
    subject="Hôtel du Parc : ils veulent vous !",
    subj_enc=("utf-8", "Q"),
    date="2026-05-27 12:02 +0200",
    text="""Bonjour Luca,

Excellente nouvelle : la direction de l'Hôtel du Parc Ouchy a été conquise lors de l'entretien de lundi et souhaite vous faire une offre pour le poste de responsable hygiène & HACCP des cuisines.

Ils proposent CHF 6'900 brut par mois x 13, début le 1er juillet, contrat fixe. Je peux négocier la prise en charge de votre formation d'auditeur interne si c'est important pour vous.

Dites-moi rapidement ce que vous en pensez, je dois leur répondre avant vendredi.

Camille
Adéquat Intérim SA – Lausanne – +41 21 310 55 62""",
))

# --- T11 Qualisûr: promesse d'embauche ------------------------------------------------------------
add(dict(
    kind="offer", name="qualisur_promesse_embauche", company="Qualisûr",
    contact="elodie.marchand@qualisur.example.fr", lang="fr", tid="qs5", parent="qs4",
    frm=("Élodie Marchand", "elodie.marchand@qualisur.example.fr"),
    frm_enc=("utf-8", "B"),
    subject="Promesse d'embauche – Auditeur junior",
    date="2026-09-04 09:47 +0200",
    charset="windows-1252", cte="qp",
    text="""Bonjour Luca,

Nous sommes ravis de vous confirmer notre souhait de vous accueillir chez Qualisûr en qualité d’auditeur junior en sécurité des aliments, statut technicien, à compter du 2 novembre 2026.

Vous trouverez ci-joint la promesse d’embauche précisant la rémunération (34 000 € bruts annuels, plus prime d’objectifs) et la période d’essai. Merci de nous la retourner signée sous dix jours.

Toute l’équipe audits a hâte de travailler avec vous.

Élodie Marchand
Chargée de recrutement – Qualisûr SAS
14 rue de Gerland, 69007 Lyon""",
    pdf=[("Promesse_embauche_Qualisur.pdf", [
        "Qualisur SAS - Promesse d'embauche",
        "M. Luca Baumgartner-Rossi",
        "Poste : Auditeur junior securite des aliments",
        "Date d'entree : 02/11/2026",
        "Remuneration : 34 000 EUR bruts annuels",
    ])],
))

# --- Greenleaf Provisions: contract for signature (en) ---------------------------------------
add(dict(
    kind="offer", name="greenleaf_contract_signature", company="Greenleaf Provisions",
    contact="aisha.bello@greenleafprovisions.example.co.uk", lang="en",
    frm=("Greenleaf Provisions HR", "hr@greenleafprovisions.example.co.uk"),
    reply_to=("Aisha Bello", "aisha.bello@greenleafprovisions.example.co.uk"),
    subject="Your contract of employment – please sign",
    subj_enc=("utf-8", "Q"),
    date="2026-10-09 11:30 +0100",
    text="""Dear Luca,

Further to Aisha's call on Wednesday, I'm delighted to enclose your contract of employment for the role of Technical & Food Safety Manager at our Park Royal site.

Key terms: start date 4 January 2027, salary £47,500 per annum, 25 days' holiday plus bank holidays, six-month probation. Please sign and return the contract by 20 October; if anything needs clarifying, reply to this email and it will reach Aisha directly.

Congratulations, and welcome to Greenleaf!

Aisha Bello
Head of People
Greenleaf Provisions Ltd, Unit 4, Abbey Road Industrial Park, London NW10 7SR""",
    pdf=[("Greenleaf_Contract_LBaumgartner-Rossi.pdf", [
        "Greenleaf Provisions Ltd - Contract of Employment",
        "Employee: Luca Baumgartner-Rossi",
        "Role: Technical & Food Safety Manager",
        "Start date: 4 January 2027   Salary: GBP 47,500",
        "Signed: ____________________   Date: __________",
    ])],
))

# --- Harbour Search: client wants to make an offer (en) -------------------------------------
add(dict(
    kind="offer", name="harbour_portobello_offer", company="Portobello Fine Foods",
    contact="tom.ellery@harboursearch.example.co.uk", lang="en", tid="hs9",
    frm=("Tom Ellery", "tom.ellery@harboursearch.example.co.uk"),
    subject="Portobello – verbal offer!",
    subj_enc=("utf-8", "Q"),
    date="2026-09-22 17:10 +0100",
    text="""Luca,

Just off the phone with Portobello Fine Foods and I'm very pleased to say they'd like to offer you the Food Safety Supervisor role at their Acton bakery. They were impressed with how you handled the allergen scenario in the second interview.

Headline terms: £41,000 base, 37.5 hours, start in early November to fit your relocation. They'll send the written offer once you've accepted verbally through me.

Call me when you get this?

Tom
Harbour Search | 020 7946 0318""",
))

# --- T5 Conservas Miramar: offer (es) ------------------------------------------------------
add(dict(
    kind="offer", name="miramar_oferta", company="Conservas Miramar",
    contact="marta.puig@conservasmiramar.example.es", lang="es", tid="mir4", parent="mir3",
    frm=("Marta Puig", "marta.puig@conservasmiramar.example.es"),
    subject="Oferta de empleo: Técnico de Calidad",
    subj_enc=("iso-8859-1", "Q"),
    charset="iso-8859-1", cte="qp",
    date="2026-05-08 13:15 +0200",
    text="""Hola Luca:

Tras las entrevistas con Jordi y con la dirección de planta, nos complace ofrecerte el puesto de Técnico de Calidad en Conservas Miramar.

Condiciones: contrato indefinido, 40 horas semanales, salario bruto anual de 31.000 euros en 14 pagas, incorporación el 1 de junio. Adjuntamos la carta de oferta para que la revises.

Te agradeceríamos una respuesta antes del viernes 15 de mayo.

Un abrazo,
Marta Puig
Recursos Humanos - Conservas Miramar S.L.
Carrer del Port 22, 08911 Badalona - +34 933 87 41 02

""" + el_escribio("vie, 17 abr 2026 a las 9:02", "Luca Baumgartner-Rossi", CANDIDATE[1],
                   "Hola Marta, perfecto, el martes a las 11:30 me va bien. Hasta entonces.\nLuca"),
    pdf=[("Carta_oferta_Miramar.pdf", [
        "Conservas Miramar S.L. - Carta de oferta",
        "Sr. Luca Baumgartner-Rossi",
        "Puesto: Tecnico de Calidad",
        "Salario bruto anual: 31.000 EUR (14 pagas)",
        "Incorporacion: 01/06/2026",
    ])],
))
