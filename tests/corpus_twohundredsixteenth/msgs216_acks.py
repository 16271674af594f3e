"""Corpus 216, kinds `application_received` (21) and `offer` (10), all hand-written."""

from msgs216_common import M, ats_card, mso, outlook_html, paras, pdf, quote, simple_html, wrote

MESSAGES = []
add = MESSAGES.append

# ================================================================== application_received

# ------------------------------------------------------------------ German

_nw_ack = """Hallo Herr Kowalczyk-Aubry,

vielen Dank für Ihre Bewerbung als Prüftechniker Batteriesysteme (m/w/d) am Standort
Stuttgart-Untertürkheim. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns alle Bewerbungen sorgfältig an und melden uns in der Regel innerhalb von zwei
Wochen mit einer Rückmeldung zum weiteren Vorgehen.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.

Viele Grüße
Ihr Recruiting-Team
Neckarwerk Antriebstechnik GmbH"""

add(M(
    id="nw-ack", kind="application_received", slug="neckarwerk_personio_ack", lang="de",
    company="Neckarwerk Antriebstechnik", contact="",
    frm=("Neckarwerk Antriebstechnik GmbH", "no-reply@personio.de"),
    subject="Ihre Bewerbung bei der Neckarwerk Antriebstechnik GmbH",
    date="2026-07-06 08:41 +0200",
    cte="quoted-printable",
    text=_nw_ack + "\n\nBewerberportal: https://neckarwerk.jobs.personio.de/portal",
    html=ats_card("Neckarwerk Antriebstechnik", paras(_nw_ack),
                  "Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie "
                  "nicht auf diese Nachricht.", color="#14394f",
                  button=("Zum Bewerberportal", "https://neckarwerk.jobs.personio.de/portal")),
))

add(M(
    id="sp-reg", kind="application_received", slug="zeitarbeit_registration_confirmed",
    lang="de",
    company="Schwabenpersonal", contact="jana.roth@schwabenpersonal.example.de",
    frm=("Jana Roth", "jana.roth@schwabenpersonal.example.de"),
    subject="Ihre Registrierung bei Schwabenpersonal",
    date="2026-01-13 15:27 +0100",
    cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Aubry,

schön, dass Sie heute bei uns in der Niederlassung waren! Hiermit bestätige ich Ihnen, dass
Ihre Unterlagen (Lebenslauf, Gesellenbrief, HV-Nachweis Stufe 2) bei uns vorliegen und Sie in
unserem Bewerberpool für technische Einsätze im Raum Stuttgart registriert sind.

Wie besprochen suchen wir gezielt nach Einsätzen im Versuch und in der Batterieprüfung. Sobald
ein Kunde passt, stelle ich Ihr Profil – natürlich erst nach Rücksprache mit Ihnen – vor.

Viele Grüße
Jana Roth
Personaldisponentin
Schwabenpersonal GmbH · Heilbronner Straße 88 · 70191 Stuttgart
Tel. +49 711 5550 3120

Datenschutzhinweis: Ihre Daten verarbeiten wir gemäß Art. 6 Abs. 1 lit. b DSGVO ausschließlich
zur Vermittlung. Sie können der Speicherung jederzeit widersprechen.""",
))

_mu_ack = """Sehr geehrter Herr Kowalczyk-Aubry,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Prüfstandstechniker E-Antrieb
(Ref. MA-2026-117) und danken Ihnen für Ihr Interesse an Murtal Antriebe.

Ihre Unterlagen werden nun von unserem Recruiting-Team und der Fachabteilung geprüft. Bitte haben
Sie Verständnis dafür, dass dies einige Wochen dauern kann. Aufgrund der großen Zahl an
Bewerbungen ist es uns leider nicht möglich, jeder Bewerberin und jedem Bewerber auf Nachfragen
individuell zu antworten; wir kommen unaufgefordert auf Sie zu.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Murtal Antriebe GmbH"""

add(M(
    id="mu-ack", kind="application_received", slug="murtal_ack_cannot_reply_individually",
    lang="de",
    company="Murtal Antriebe", contact="",
    frm=("Murtal Antriebe Karriere", "noreply@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung, Ref. MA-2026-117",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-04-01 22:13 +0200",
    cte="base64",
    text=_mu_ack,
    html=ats_card("Murtal Antriebe · Karriere", paras(_mu_ack),
                  "Murtal Antriebe GmbH · Puchstraße 51 · 8020 Graz<br>\nDiese Nachricht wurde "
                  "automatisch versendet.", color="#7a1f2b"),
))

_dt_ack = """Sehr geehrter Herr Kowalczyk-Aubry,

herzlichen Dank für Ihre Online-Bewerbung als Techniker Batterieprüfstand (m/w/d) in Ingolstadt.

Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen. Wir melden uns bei Ihnen, sobald wir
Ihre Bewerbung gesichtet haben.

Freundliche Grüße
Donautal Batteriesysteme GmbH
Talent Acquisition"""

add(M(
    id="dt-ack", kind="application_received", slug="donautal_softgarden_ack", lang="de",
    company="Donautal Batteriesysteme", contact="",
    frm=("Donautal Batteriesysteme GmbH", "noreply@softgarden.io"),
    subject="Vielen Dank für Ihre Bewerbung: Techniker Batterieprüfstand (m/w/d)",
    subj_enc=("utf-8", "Q"),
    date="2026-03-02 07:30 +0100",
    cte="quoted-printable",
    text=_dt_ack + "\n\n-- \nVersendet über softgarden. Antworten auf diese E-Mail werden "
                   "nicht gelesen.",
    html=ats_card("Donautal Batteriesysteme", paras(_dt_ack),
                  "Versendet über softgarden. Antworten auf diese E-Mail werden nicht gelesen.",
                  color="#005f73"),
))

add(M(
    id="fl-cv", kind="application_received", slug="filder_cv_received_human", lang="de",
    company="Prüflabor Filder", contact="m.stehle@filderlab.example.de",
    frm=("Monika Stehle", "m.stehle@filderlab.example.de"),
    subject="AW: Bewerbung Techniker Zellprüfung – Mathis Kowalczyk-Aubry",
    date="2026-02-16 11:05 +0100",
    text="""Guten Tag Herr Kowalczyk-Aubry,

Ihr Lebenslauf und Ihre Zeugnisse sind bei uns angekommen, vielen Dank. Ich habe alles an
unseren Laborleiter, Herrn Hummel, weitergegeben. Er meldet sich bei Ihnen, sobald er die
Unterlagen durchgesehen hat.

Freundliche Grüße
Monika Stehle
Sekretariat / Personal
Prüflabor Filder GmbH · Echterdinger Str. 30 · 70794 Filderstadt

""" + wrote("de", "So., 15. Feb. 2026 um 20:31", "Mathis Kowalczyk-Aubry",
            "mathis.ka@example.de") + "\n" + quote("""Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich als Techniker Zellprüfung (m/w/d). Ich bin Kfz-Mechatroniker mit
Hochvolt-Qualifikation und möchte in die Batterieprüfung wechseln. Meine Unterlagen finden Sie
im Anhang.

Mit freundlichen Grüßen
Mathis Kowalczyk-Aubry"""),
))

_bds_ack = """Sehr geehrter Herr Kowalczyk-Aubry,

vielen Dank für Ihre Bewerbung als Versuchsmechaniker Hochvolt (R-2026-0412) bei der Bavaria
Drive Systems AG.

Ihre Bewerbung ist erfolgreich bei uns eingegangen. Unser Talent-Acquisition-Team prüft nun Ihre
Unterlagen. Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenkonto unter
„Meine Bewerbungen“ verfolgen.

Mit freundlichen Grüßen
Talent Acquisition
Bavaria Drive Systems AG"""

add(M(
    id="bds-ack", kind="application_received", slug="bavaria_drive_workday_html_only",
    lang="de",
    company="Bavaria Drive Systems", contact="",
    frm=("Bavaria Drive Systems", "bavariadrive@myworkday.com"),
    subject="Eingangsbestätigung: Versuchsmechaniker Hochvolt (R-2026-0412)",
    date="2026-01-26 06:40 +0000",
    cte="base64",
    html=ats_card("Bavaria Drive Systems – Careers", paras(_bds_ack),
                  "Dies ist eine automatisch generierte Nachricht.<br>\nPowered by Workday",
                  color="#003a70"),
))

add(M(
    id="rh-ack", kind="application_received", slug="rheinau_recruitee_ack", lang="de",
    company="Rheinau Energiespeicher", contact="",
    frm=("Rheinau Energiespeicher", "no-reply@jobs.recruitee.com"),
    subject="Bewerbung eingegangen – Prüftechniker Großspeicher (m/w/d)",
    subj_enc=("utf-8", "B"),
    date="2026-08-24 19:55 +0200",
    text="""Hallo Mathis Kowalczyk-Aubry,

danke für Ihre Bewerbung als Prüftechniker Großspeicher (m/w/d) bei Rheinau Energiespeicher!

Wir haben Ihre Unterlagen erhalten. Unser Team schaut sie sich in den nächsten Tagen an und
meldet sich dann bei Ihnen.

Beste Grüße
Rheinau Energiespeicher

--
Sie erhalten diese E-Mail, weil Sie sich über recruitee beworben haben.""",
))

_ts_reg = """Hallo Herr Kowalczyk-Aubry,

vielen Dank für das nette Telefonat heute und Ihre Unterlagen. Ich bestätige Ihnen hiermit Ihre
Aufnahme in unsere Bewerberdatenbank der Niederlassung Ingolstadt.

Ihre Wünsche habe ich notiert: Einsatz in der Prüfung oder im Versuch rund um E-Antriebe und
Batterien, Region Ingolstadt/Manching/Neuburg, Schichtarbeit möglich. Sobald ich einen passenden
Kunden habe, rufe ich Sie an.

Beste Grüße
Kevin Schuster
Personaldisponent
TecStaff Personaldienste GmbH · Niederlassung Ingolstadt
Friedrichshofener Str. 1 · 85049 Ingolstadt · Tel. 0841 5550 9090"""

_ts_disc = """Datenschutz: Informationen zur Verarbeitung Ihrer personenbezogenen Daten finden Sie unter
https://tecstaff.example.de/datenschutz. TecStaff Personaldienste GmbH, Sitz Regensburg,
Amtsgericht Regensburg HRB 18818, Erlaubnis zur Arbeitnehmerüberlassung nach § 1 AÜG."""

add(M(
    id="ts-reg", kind="application_received", slug="zeitarbeit_database_confirmation_cp1252",
    lang="de",
    company="TecStaff Personaldienste", contact="kevin.schuster@tecstaff.example.de",
    frm=("Kevin Schuster | TecStaff", "kevin.schuster@tecstaff.example.de"),
    subject="Aufnahme in unsere Bewerberdatenbank",
    date="2026-06-03 16:48 +0200",
    charset="windows-1252", cte="quoted-printable",
    text=_ts_reg + "\n\n" + _ts_disc,
    html=outlook_html(mso(_ts_reg + "\n\n" + _ts_disc), charset="windows-1252"),
))

_rk_ack = """Guten Tag Herr Kowalczyk-Aubry,

vielen Dank für Ihr Interesse an einer Tätigkeit als Prüfer HV-Kabelsätze bei Remstal
Kabelsysteme. Wir haben Ihre Bewerbung erhalten und werden sie zeitnah prüfen.

Freundliche Grüße
Personalwesen
Remstal Kabelsysteme GmbH"""

add(M(
    id="rk-ack", kind="application_received", slug="remstal_bamboohr_ack", lang="de",
    company="Remstal Kabelsysteme", contact="",
    frm=("Remstal Kabelsysteme", "no-reply@bamboohr.com"),
    subject="Wir haben Ihre Bewerbung erhalten",
    date="2026-05-04 12:02 +0000",
    cte="quoted-printable",
    text=_rk_ack,
    html=ats_card("Remstal Kabelsysteme", paras(_rk_ack),
                  "Sent via BambooHR.", color="#3d7a2a"),
))

add(M(
    id="ob-ack", kind="application_received", slug="ostfildern_human_ack_cp1252", lang="de",
    company="Ostfildern Batterietechnik", contact="n.roller@ostfildern-batterie.example.de",
    frm=("Nadine Roller", "n.roller@ostfildern-batterie.example.de"),
    subject="Ihre Bewerbung als HV-Techniker – Eingangsbestätigung",
    subj_enc=("windows-1252", "Q"),
    date="2026-09-22 09:31 +0200", re="ob-apply",
    charset="windows-1252", cte="8bit",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

danke für Ihre E-Mail und die angehängten Unterlagen – Ihre Bewerbung als HV-Techniker für unsere
Modulmontage ist vollständig bei uns eingegangen.

Wir sammeln die Bewerbungen noch bis Ende September und geben Ihnen spätestens innerhalb von
drei Wochen eine Rückmeldung.

Mit freundlichen Grüßen
Nadine Roller
Personal & Organisation
Ostfildern Batterietechnik GmbH
Zeppelinstraße 9 · 73760 Ostfildern · Tel. 0711 5550 3390""",
))

# ------------------------------------------------------------------ English

_hb_ack = """Hi Mathis,

Thanks for applying for the Battery Test Technician position at Hisingen Battery Lab! We've
received your application and our team will review it over the coming days.

If your background is a match, we'll reach out to talk about next steps.

All the best,
The Hisingen Battery Lab Talent Team"""

add(M(
    id="hb-ack", kind="application_received", slug="hisingen_greenhouse_ack", lang="en",
    company="Hisingen Battery Lab", contact="",
    frm=("Hisingen Battery Lab", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Hisingen Battery Lab",
    date="2026-02-10 11:02 +0100",
    text=_hb_ack,
    html=ats_card("Hisingen Battery Lab", paras(_hb_ack), "Sent via Greenhouse.",
                  color="#24556b", lang="en"),
))

_kg_ack = """Hi Mathis,

Thank you for your interest in Kattegatt EV! We have received your application for Battery
Validation Technician (Gothenburg).

Our team is reviewing applications and will be in touch if there's a fit. In the meantime, you
can learn more about life at Kattegatt EV on our careers blog.

Kattegatt EV Talent Team"""

add(M(
    id="kg-ack", kind="application_received", slug="kattegatt_lever_ack_html_only", lang="en",
    company="Kattegatt EV", contact="",
    frm=("Kattegatt EV", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Kattegatt EV",
    date="2026-08-17 13:44 +0000",
    html=ats_card("Kattegatt EV", paras(_kg_ack),
                  "Kattegatt EV AB · Gothenburg, Sweden · Sent via Lever", color="#101820",
                  lang="en"),
))

_tt_ack = """Hi Mathis,

Thank you for applying for the Battery Lab Technician position at Torslanda Test Services. We
have received your application and will review it carefully.

Unfortunately, due to the high number of applications, we are not able to respond to every
applicant individually. If your profile matches what we're looking for, a member of our team
will contact you within three weeks.

Kind regards,
Torslanda Test Services"""

add(M(
    id="tt-ack", kind="application_received", slug="torslanda_workable_no_individual_reply",
    lang="en",
    company="Torslanda Test Services", contact="",
    frm=("Torslanda Test Services", "noreply@candidates.workablemail.com"),
    subject="Thanks for applying to Torslanda Test Services",
    date="2026-04-20 16:10 +0000",
    cte="quoted-printable",
    text=_tt_ack,
    html=ats_card("Torslanda Test Services", paras(_tt_ack), "Powered by Workable.",
                  color="#4b2e83", lang="en"),
))

add(M(
    id="hf-cv", kind="application_received", slug="headhunter_cv_received", lang="en",
    company="Harrow & Finch", contact="tom.ashworth@harrowfinch.example.co.uk",
    frm=("Tom Ashworth", "tom.ashworth@harrowfinch.example.co.uk"),
    subject="Re: CV – EV battery test roles",
    date="2026-01-08 17:02 +0000",
    text="""Hi Mathis,

Thanks for sending this over – I've received your CV and added you to our e-mobility talent
pool. A mechanic with an HV2 certificate who speaks German, English and French is a rare
combination, so I'm optimistic.

I'll be in touch once I have something concrete; expect a call from a UK number.

Kind regards,
Tom

Tom Ashworth | Principal Consultant, Automotive & E-Mobility
Harrow & Finch Search Ltd | 14 Fenwick Street, Liverpool L2 7LS
+44 151 555 0184

Harrow & Finch Search Ltd is registered in England and Wales, company no. 09876543.
This email and any attachments are confidential and intended solely for the addressee.""",
))

_ic_ack = """Hi Mathis,

Thanks for applying to Isarcell Technologies for the EV Battery Test Technician role. This is a
quick note to confirm we've got your application.

We're a small team, so a real person reads every application. You'll hear from us within
10 working days either way.

Isarcell Technologies"""

add(M(
    id="ic-ack", kind="application_received", slug="isarcell_ashby_ack", lang="en",
    company="Isarcell Technologies", contact="",
    frm=("Isarcell Technologies", "no-reply@ashbyhq.com"),
    subject="We've received your application – EV Battery Test Technician",
    date="2026-06-01 21:17 +0200",
    text=_ic_ack,
    html=simple_html(paras(_ic_ack), lang="en"),
))

# ------------------------------------------------------------------ French

_ab_ack = """Bonjour Mathis,

Merci pour votre candidature au poste de Technicien d'essais batteries (H/F) chez Alsace
Batteries !

Nous avons bien reçu votre dossier. Notre équipe recrutement l'étudie avec attention et
reviendra vers vous dans les meilleurs délais.

À très bientôt,
L'équipe Alsace Batteries"""

add(M(
    id="ab-ack", kind="application_received", slug="alsace_batteries_teamtailor_ack",
    lang="fr",
    company="Alsace Batteries", contact="",
    frm=("Alsace Batteries", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature", subj_enc=("utf-8", "B"),
    date="2026-03-30 18:47 +0200",
    cte="quoted-printable",
    text=_ab_ack,
    html=ats_card("Alsace Batteries", paras(_ab_ack),
                  "Alsace Batteries SAS · 12 rue de l'Ill · 68100 Mulhouse · envoyé par "
                  "Teamtailor", color="#c8102e", lang="fr"),
))

_ler_ack = """Monsieur,

Nous accusons réception de votre candidature au poste de Technicien(ne) d'essais électriques
(réf. LER-0326) et vous remercions de l'intérêt que vous portez au Laboratoire d'Essais du Rhin.

Votre dossier va être étudié par nos équipes. Compte tenu du nombre important de candidatures,
nous ne pourrons malheureusement pas répondre individuellement à chaque candidat ; si votre
profil est retenu pour la suite du processus, nous vous contacterons.

Le service Recrutement"""

add(M(
    id="ler-ack", kind="application_received", slug="ler_taleo_ack_latin1_html", lang="fr",
    company="Laboratoire d'Essais du Rhin", contact="",
    frm=("Laboratoire d'Essais du Rhin", "no-reply@taleo.net"),
    subject="Accusé de réception de votre candidature", subj_enc=("iso-8859-1", "Q"),
    date="2026-02-02 10:00 +0100",
    charset="iso-8859-1", cte="quoted-printable",
    html=ats_card("Laboratoire d'Essais du Rhin – Carrières".replace("–", "-"), paras(_ler_ack),
                  "Merci de ne pas répondre à ce message généré automatiquement.",
                  color="#1b3a6b", charset="iso-8859-1", lang="fr"),
))

add(M(
    id="ihr-reg", kind="application_received", slug="interim_inscription_confirmed", lang="fr",
    company="Intérim Haut-Rhin", contact="s.meyer@interim-hautrhin.example.fr",
    frm=("Sandrine Meyer", "s.meyer@interim-hautrhin.example.fr"),
    subject="Confirmation de votre inscription",
    date="2026-06-08 11:30 +0200",
    cte="quoted-printable",
    text="""Bonjour Mathis,

Merci d'être passé à l'agence ce matin. Je vous confirme votre inscription chez Intérim
Haut-Rhin : votre CV, votre habilitation électrique et votre pièce d'identité sont bien
enregistrés dans notre base.

Je vous proposerai des missions de technicien (essais, maintenance, électromobilité) autour de
Mulhouse dès qu'une entreprise cliente correspond à votre profil.

Bonne journée,
Sandrine Meyer
Chargée de recrutement – Intérim Haut-Rhin
5 avenue Kennedy – 68200 Mulhouse – 03 89 55 50 77

Conformément au RGPD, vous pouvez exercer vos droits d'accès et de rectification en écrivant
à dpo@interim-hautrhin.example.fr.""",
))

# ------------------------------------------------------------------ Spanish

_bl_ack = """Hola Mathis:

Gracias por presentar tu candidatura al puesto de Técnico/a de pruebas de baterías en Baterías
Llobregat.

Hemos recibido correctamente tu solicitud. El equipo de selección la revisará y, si tu perfil
encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Selección de Baterías Llobregat"""

add(M(
    id="bl-ack", kind="application_received", slug="llobregat_smartrecruiters_ack", lang="es",
    company="Baterías Llobregat", contact="",
    frm=("Baterías Llobregat", "no-reply@smartrecruiters.com"), frm_enc=("utf-8", "B"),
    subject="Hemos recibido tu candidatura",
    date="2026-05-11 08:05 +0200",
    cte="base64",
    text=_bl_ack,
    html=ats_card("Baterías Llobregat", paras(_bl_ack),
                  "Este mensaje se ha enviado a través de SmartRecruiters.", color="#00558c",
                  lang="es"),
))

add(M(
    id="be-cv", kind="application_received", slug="besos_cv_received_latin1", lang="es",
    company="Centro de Ensayos del Besòs", contact="jordi.vidal@ensayos-besos.example.es",
    frm=("Jordi Vidal", "jordi.vidal@ensayos-besos.example.es"),
    subject="CV recibido: técnico de ensayos de baterías", subj_enc=("iso-8859-1", "Q"),
    date="2026-09-01 12:12 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Hola Mathis:

Te confirmo que hemos recibido tu CV para el puesto de técnico de ensayos de baterías. Gracias
por tu interés en el Centro de Ensayos del Besòs.

Lo estamos revisando junto con el resto de candidaturas y te escribiremos en cuanto tengamos
novedades.

Un saludo,
Jordi Vidal
Selección de personal
Centro de Ensayos del Besòs
Rambla de Prim 215, 08020 Barcelona""",
))

add(M(
    id="ti-reg", kind="application_received", slug="agency_registro_confirmado", lang="es",
    company="Talento Industrial Barcelona", contact="marta.soler@talentoindustrial.example.es",
    frm=("Marta Soler", "marta.soler@talentoindustrial.example.es"),
    subject="Registro en Talento Industrial",
    date="2026-07-06 17:25 +0200",
    cte="quoted-printable",
    text="""Hola Mathis:

Gracias por la videollamada de esta tarde. Ya estás dado de alta en nuestra base de candidatos
con tu CV en español y en inglés.

Como hablamos, buscaré posiciones de técnico de pruebas o de mantenimiento de vehículos
eléctricos en Barcelona y el Baix Llobregat. Te llamaré antes de presentar tu candidatura a
cualquier cliente.

Un saludo,
Marta Soler
Consultora de selección · Talento Industrial Barcelona
Carrer de Pujades 120, 08005 Barcelona · Tel. +34 93 555 08 40

Protección de datos: Talento Industrial Barcelona, S.L. trata tus datos para gestionar procesos
de selección. Puedes ejercer tus derechos escribiendo a privacidad@talentoindustrial.example.es.""",
))

# ================================================================== offer

_nw_offer = """Sehr geehrter Herr Kowalczyk-Aubry,

vielen Dank noch einmal für das gute Gespräch am 4. August und Ihr Interesse an Neckarwerk.

Wir freuen uns sehr, Ihnen die Stelle als Prüftechniker Batteriesysteme in unserem Prüffeld in
Stuttgart-Untertürkheim anbieten zu können. Die Eckdaten:

- Eintritt: 1. Oktober 2026, unbefristet
- Vergütung: 54.600 € brutto im Jahr (ERA-Entgeltgruppe 9), zzgl. tariflicher Sonderzahlungen
- Arbeitszeit: 35 Stunden/Woche, Zweischichtbetrieb nach Einarbeitung
- Probezeit: sechs Monate

Das vollständige Vertragsangebot finden Sie im Anhang. Bitte lassen Sie uns Ihre Entscheidung bis
zum 28. August wissen. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Freundliche Grüße
Sabine Keller
Personalreferentin
Neckarwerk Antriebstechnik GmbH
Benzstraße 14 · 70327 Stuttgart
Telefon +49 711 5550 2281"""

add(M(
    id="nw-offer", kind="offer", slug="neckarwerk_formal_offer_pdf", lang="de",
    company="Neckarwerk Antriebstechnik", contact="sabine.keller@neckarwerk.example.de",
    frm=("Sabine Keller", "sabine.keller@neckarwerk.example.de"),
    subject="Ihr Vertragsangebot – Prüftechniker Batteriesysteme", subj_enc=("utf-8", "B"),
    date="2026-08-14 16:10 +0200", re="nw-move",
    cte="quoted-printable",
    text=_nw_offer,
    html=outlook_html(mso(_nw_offer)),
    attach=[pdf("Vertragsangebot_Kowalczyk-Aubry.pdf", [
        "Neckarwerk Antriebstechnik GmbH",
        "Benzstrasse 14, 70327 Stuttgart",
        "",
        "Vertragsangebot",
        "Herr Mathis Kowalczyk-Aubry",
        "",
        "Position: Prueftechniker Batteriesysteme",
        "Eintritt: 01.10.2026, unbefristet",
        "Jahresbrutto: 54.600 EUR (ERA EG 9)",
        "Arbeitszeit: 35 Stunden pro Woche",
        "Probezeit: 6 Monate",
        "",
        "Annahme bis 28.08.2026 erbeten.",
        "Stuttgart, 14.08.2026 - Personalabteilung",
    ])],
))

add(M(
    id="sp-korntal-offer", kind="offer", slug="agency_client_korntal_wants_offer", lang="de",
    company="Korntal Ladetechnik", contact="jana.roth@schwabenpersonal.example.de",
    frm=("Jana Roth", "jana.roth@schwabenpersonal.example.de"),
    subject="Korntal Ladetechnik will Sie haben!",
    date="2026-04-15 13:58 +0200",
    text="""Hallo Herr Kowalczyk-Aubry,

ich komme gerade aus dem Telefonat mit Korntal Ladetechnik: Der Kunde möchte Ihnen nach dem
Gespräch von Montag ein Angebot machen! Es geht um die Stelle als Servicetechniker für
Schnellladesäulen, direkt bei Korntal angestellt (keine Überlassung), Start am 1. Juni.

Genannt wurden 3.900 € brutto im Monat plus Firmenwagen für die Einsätze. Das schriftliche
Angebot schickt Korntal Ihnen diese Woche direkt zu.

Rufen Sie mich gern an, wenn Sie über die Konditionen sprechen wollen – ich freue mich sehr für
Sie!

Viele Grüße
Jana Roth
Schwabenpersonal GmbH · Tel. +49 711 5550 3120""",
))

add(M(
    id="lh-offer", kind="offer", slug="ludwigsburg_verbal_offer_followup_latin1", lang="de",
    company="Ludwigsburg Hochvolt Service", contact="t.woerner@lhv-service.example.de",
    frm=("Thomas Wörner", "t.woerner@lhv-service.example.de"), frm_enc=("iso-8859-1", "Q"),
    subject="Unser Gespräch von heute – Zusage", subj_enc=("utf-8", "Q"),
    date="2026-09-28 18:20 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hallo Herr Kowalczyk-Aubry,

wie eben am Telefon besprochen, hier noch einmal schriftlich: Wir möchten Sie sehr gern als
HV-Servicetechniker für unsere Batteriediagnose in Ludwigsburg einstellen.

Die Eckpunkte: Start am 2. November, 4.150 Euro brutto monatlich, 38-Stunden-Woche, 30 Tage
Urlaub und die Weiterbildung zur HV-Stufe 3S auf unsere Kosten.

Den Arbeitsvertrag bereitet Frau Krauß in den nächsten Tagen vor und schickt ihn Ihnen zur
Unterschrift. Ich freue mich auf die Zusammenarbeit!

Herzliche Grüße
Thomas Wörner
Geschäftsführer
Ludwigsburg Hochvolt Service GmbH
Schwieberdinger Straße 101 · 71636 Ludwigsburg · Tel. 07141 5550 600""",
))

add(M(
    id="lh-contract", kind="offer", slug="ludwigsburg_contract_for_signature_pdf", lang="de",
    company="Ludwigsburg Hochvolt Service", contact="j.krauss@lhv-service.example.de",
    frm=("Jasmin Krauß", "j.krauss@lhv-service.example.de"),
    subject="Ihr Arbeitsvertrag zur Unterschrift",
    date="2026-10-05 10:40 +0200", re="lh-offer",
    text="""Sehr geehrter Herr Kowalczyk-Aubry,

im Auftrag von Herrn Wörner sende ich Ihnen anbei Ihren Arbeitsvertrag als HV-Servicetechniker
in zweifacher Ausfertigung.

Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum 16. Oktober zurück,
gern vorab als Scan an diese Adresse. Für den ersten Arbeitstag am 2. November benötigen wir
außerdem Ihre Steuer-ID, Ihre Sozialversicherungsnummer und Ihre Bankverbindung.

Freundliche Grüße
Jasmin Krauß
Personal & Lohn
Ludwigsburg Hochvolt Service GmbH""",
    attach=[pdf("Arbeitsvertrag_Kowalczyk-Aubry.pdf", [
        "ARBEITSVERTRAG",
        "zwischen Ludwigsburg Hochvolt Service GmbH",
        "und Herrn Mathis Kowalczyk-Aubry",
        "",
        "§ 1 Beginn: 02.11.2026",
        "§ 2 Taetigkeit: HV-Servicetechniker Batteriediagnose",
        "§ 3 Verguetung: 4.150 EUR brutto monatlich",
        "§ 4 Arbeitszeit: 38 Stunden pro Woche",
        "§ 5 Urlaub: 30 Arbeitstage",
        "",
        "Ludwigsburg, den ______________",
        "Unterschrift Arbeitgeber / Unterschrift Arbeitnehmer",
    ])],
))

_kvs_offer = """Lieber Herr Kowalczyk-Aubry,

es ist so weit: Garching Batterietest möchte Ihnen die Stelle als Techniker
Sicherheitsprüfungen anbieten! Die Geschäftsführung hat heute Mittag zugestimmt.

Das Angebot liegt bei 58.000 € Jahresbrutto, Start zum 1. Dezember oder früher, unbefristet,
mit Rufbereitschaftszulage für die Missbrauchstests. Den Vertrag schickt Ihnen die
Personalabteilung von Garching Batterietest Anfang nächster Woche.

Lassen Sie uns morgen kurz telefonieren, dann gehen wir die Details zusammen durch.

Herzliche Grüße
Sophie Kessler
Partnerin · Kessler & Voigt Executive Search GmbH
Maximilianstraße 35 · 80539 München · +49 89 5550 7002"""

add(M(
    id="kvs-garching-offer", kind="offer", slug="headhunter_garching_offer_html", lang="de",
    company="Garching Batterietest", contact="s.kessler@kessler-voigt.example.de",
    frm=("Sophie Kessler", "s.kessler@kessler-voigt.example.de"),
    subject="Angebot von Garching Batterietest",
    date="2026-10-02 15:33 +0200",
    cte="quoted-printable",
    text=_kvs_offer,
    html=simple_html(paras(_kvs_offer)),
))

# ------------------------------------------------------------------ English

add(M(
    id="ic-offer", kind="offer", slug="isarcell_verbal_offer_letter_pdf", lang="en",
    company="Isarcell Technologies", contact="priya@isarcell.example.de",
    frm=("Priya Raman", "priya@isarcell.example.de"),
    subject="Your offer from Isarcell – as discussed",
    date="2026-07-08 17:45 +0200", re="ic-thanks",
    text="""Hi Mathis,

It was a pleasure to call you this afternoon with the good news – the whole team was very happy
after your trial day.

As promised, attached is your written offer for the EV Battery Test Technician role:
EUR 56,000 gross per year, 40 hours/week, 28 days' holiday, start date 1 September 2026, plus
our virtual share option programme. The offer is valid until 20 July.

If you have any questions about the contract or the VSOP, just reply here or call me.

Welcome (almost) aboard!
Priya

Priya Raman
Talent Lead | Isarcell Technologies GmbH
Frankfurter Ring 150, 80807 Munich""",
    attach=[pdf("Isarcell_Offer_Letter_Kowalczyk-Aubry.pdf", [
        "Isarcell Technologies GmbH - Offer of Employment",
        "",
        "Candidate: Mathis Kowalczyk-Aubry",
        "Position: EV Battery Test Technician",
        "Start date: 1 September 2026",
        "Gross annual salary: EUR 56,000",
        "Working time: 40 hours per week",
        "Holiday: 28 working days",
        "This offer is valid until 20 July 2026.",
        "",
        "Munich, 8 July 2026",
    ])],
))

add(M(
    id="nt-skag-offer", kind="offer", slug="agency_skagerrak_wants_to_offer", lang="en",
    company="Skagerrak Cell Systems", contact="olle.berg@nordictalent.example.se",
    frm=("Olle Berg", "olle.berg@nordictalent.example.se"),
    subject="Skagerrak – great news",
    date="2026-09-15 11:26 +0200",
    cte="quoted-printable",
    text="""Hi Mathis,

Great news: Skagerrak Cell Systems want to make you an offer for the Test Technician, Module
Validation role!

Sofia called me this morning. They're thinking SEK 39,500 per month, permanent contract, start
on 2 November, and they'll help with the relocation from Stuttgart (two months' temporary flat in
Gothenburg). The formal offer will come from their HR by Friday.

Give me a call when you can so we can talk it through – and congratulations!

Olle

Olle Berg | Senior Recruiter | Nordic Tech Talent AB
Kungsportsavenyen 21, 411 36 Göteborg | +46 31 555 0147""",
))

# ------------------------------------------------------------------ French

_ime_offer = """Bonjour Monsieur Kowalczyk-Aubry,

Suite à nos échanges et à votre entretien du 24 septembre, nous avons le plaisir de vous
proposer le poste de Technicien validation batteries en CDI au sein d'Illzach Mobilité
Électrique.

Vous trouverez en pièce jointe votre promesse d'embauche, qui précise notamment :
- une prise de poste le 2 novembre 2026 ;
- une rémunération annuelle brute de 38 500 € sur 13 mois ;
- une période d'essai de trois mois.

Nous vous remercions de nous retourner la promesse signée avant le 9 octobre.

Bien cordialement,

Élodie Ringenbach
Responsable RH
Illzach Mobilité Électrique SAS
3 rue des Pins – 68110 Illzach – 03 89 55 52 20"""

add(M(
    id="ime-offer", kind="offer", slug="illzach_promesse_embauche_pdf", lang="fr",
    company="Illzach Mobilité Électrique", contact="elodie.ringenbach@illzach-mobilite.example.fr",
    frm=("Élodie Ringenbach", "elodie.ringenbach@illzach-mobilite.example.fr"),
    frm_enc=("utf-8", "Q"),
    subject="Proposition d'embauche – Technicien validation batteries",
    subj_enc=("utf-8", "B"),
    date="2026-10-01 11:05 +0200",
    cte="quoted-printable",
    text=_ime_offer,
    html=simple_html(paras(_ime_offer), lang="fr"),
    attach=[pdf("Promesse_embauche_Kowalczyk-Aubry.pdf", [
        "Illzach Mobilite Electrique SAS",
        "3 rue des Pins, 68110 Illzach",
        "",
        "PROMESSE D'EMBAUCHE",
        "",
        "M. Mathis Kowalczyk-Aubry",
        "Poste : Technicien validation batteries (CDI)",
        "Date d'entree : 2 novembre 2026",
        "Remuneration : 38 500 EUR bruts annuels sur 13 mois",
        "Periode d'essai : 3 mois",
        "",
        "Fait a Illzach, le 1er octobre 2026",
    ])],
))

add(M(
    id="ime-contract", kind="offer", slug="illzach_contrat_a_signer_cp1252", lang="fr",
    company="Illzach Mobilité Électrique", contact="elodie.ringenbach@illzach-mobilite.example.fr",
    frm=("Élodie Ringenbach", "elodie.ringenbach@illzach-mobilite.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Votre contrat de travail à signer", subj_enc=("windows-1252", "Q"),
    date="2026-10-08 09:12 +0200", re="ime-offer",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Monsieur Kowalczyk-Aubry,

Merci pour le retour de votre promesse d'embauche signée, nous sommes ravis de vous compter
parmi nous !

Comme convenu, voici votre contrat de travail (CDI) en pièce jointe. Pourriez-vous le parapher,
le signer avec la mention « lu et approuvé » et nous le renvoyer d'ici le 16 octobre ? Un
exemplaire signé par notre directeur vous sera remis le premier jour.

Bien cordialement,
Élodie Ringenbach
Responsable RH – Illzach Mobilité Électrique""",
    attach=[pdf("Contrat_CDI_Kowalczyk-Aubry.pdf", [
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
        "Entre Illzach Mobilite Electrique SAS et M. Mathis Kowalczyk-Aubry",
        "",
        "Article 1 - Engagement : Technicien validation batteries",
        "Article 2 - Date d'effet : 2 novembre 2026",
        "Article 3 - Remuneration : 38 500 EUR bruts annuels",
        "Article 4 - Periode d'essai : 3 mois",
        "",
        "Lu et approuve, signature du salarie : ______________",
    ])],
))

# ------------------------------------------------------------------ Spanish

_bl_offer = """Hola Mathis:

Después de la entrevista del martes y de hablarlo con Pere, tenemos el placer de ofrecerte el
puesto de Técnico de pruebas de baterías en nuestra planta de El Prat de Llobregat.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 34.000 euros brutos
anuales en 14 pagas, jornada de 40 horas e incorporación el 1 de septiembre. Como te comenté
por teléfono, te ayudamos con la gestión del NIE.

Te agradecería que nos dieras una respuesta antes del 26 de junio.

Un saludo muy cordial,
Núria Puig
Recursos Humanos
Baterías Llobregat, S.L.
Carrer de la Seda 14 · 08820 El Prat de Llobregat · Tel. +34 93 555 07 12"""

add(M(
    id="bl-offer", kind="offer", slug="llobregat_oferta_pdf_base64", lang="es",
    company="Baterías Llobregat", contact="nuria.puig@llobregat-baterias.example.es",
    frm=("Núria Puig", "nuria.puig@llobregat-baterias.example.es"), frm_enc=("utf-8", "Q"),
    subject="Oferta de empleo – Técnico de pruebas de baterías", subj_enc=("utf-8", "B"),
    date="2026-06-12 13:15 +0200", re="bl-thanks",
    cte="base64",
    text=_bl_offer,
    html=outlook_html(mso(_bl_offer), lang="ES"),
    attach=[pdf("Carta_oferta_Kowalczyk-Aubry.pdf", [
        "Baterias Llobregat, S.L.",
        "Carrer de la Seda 14, 08820 El Prat de Llobregat",
        "",
        "CARTA DE OFERTA",
        "",
        "Candidato: Mathis Kowalczyk-Aubry",
        "Puesto: Tecnico de pruebas de baterias",
        "Contrato: indefinido",
        "Salario: 34.000 EUR brutos anuales (14 pagas)",
        "Incorporacion: 1 de septiembre de 2026",
        "",
        "El Prat de Llobregat, 12 de junio de 2026",
    ])],
))
