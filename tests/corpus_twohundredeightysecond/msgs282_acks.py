"""Corpus 282: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs282_common import (
    CAND,
    CAND_NAME,
    ats_card,
    button,
    html_page,
    mso,
    on_wrote,
    outlook_html,
    paras,
    quote,
    spec,
)

ACK = "application_received"
OFFER = "offer"
AUTO = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}

MESSAGES: list[dict] = []
add = MESSAGES.append

# =============================================================================================
# application_received
# =============================================================================================

# 1 Weserkai via Personio ---------------------------------------------------------------------
_t = """Hallo Herr Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung als Schichtleiter Lager (m/w/d) bei der Weserkai Logistik GmbH.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen sie uns in Ruhe an und melden uns innerhalb von etwa zwei Wochen bei Ihnen.

Viele Grüße
Ihr Personalteam der Weserkai Logistik

Bitte antworten Sie nicht auf diese automatisch versendete E-Mail.
"""
add(spec(
    kind=ACK, slug="weserkai_personio_eingang", lang="de", company="Weserkai Logistik",
    contact="", mid="wk-ack",
    frm=("Weserkai Logistik GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung – Schichtleiter Lager (m/w/d)",
    date="2026-02-02 19:44", hdr=AUTO,
    text=_t, html=ats_card("Weserkai Logistik", "#0369a1", paras(_t), "Powered by Personio"),
    cte="quoted-printable",
))

# 2 Leinetal via SuccessFactors: "cannot reply individually" ---------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle Schichtleiter Lager (m/w/d), Standort Hannover-Lahe, Referenz 4471.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jedem Bewerber individuell antworten. Den aktuellen Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenkonto. Sobald wir Ihre Unterlagen geprüft haben, erhalten Sie eine Nachricht von uns.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Leinetal Handelslogistik GmbH

Diese Nachricht wurde automatisch erzeugt.
"""
add(spec(
    kind=ACK, slug="leinetal_no_individual_reply", lang="de", company="Leinetal Handelslogistik",
    contact="", mid="lt-ack",
    frm=("Leinetal Handelslogistik GmbH", "noreply@successfactors.eu"),
    subject="Bestätigung: Ihre Bewerbung ist bei uns eingegangen (Ref. 4471)",
    date="2026-03-02 21:10", tz="+0000", hdr=AUTO,
    text=_t, html=ats_card("Leinetal Handelslogistik", "#0b5394", paras(_t),
                           "SAP SuccessFactors · Datenschutz"),
))

# 3 Lüdersen: agency registration ------------------------------------------------------------
add(spec(
    kind=ACK, slug="luedersen_registrierung", lang="de", company="Lüdersen Zeitarbeit",
    contact="i.meyerdierks@luedersen-zeitarbeit.example.de", mid="lu-reg",
    frm=("Ilka Meyerdierks | Lüdersen Zeitarbeit", "i.meyerdierks@luedersen-zeitarbeit.example.de"),
    subject="Ihre Registrierung bei Lüdersen Zeitarbeit",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-07-27 15:05",
    text="""Hallo Herr Achterberg-Nwosu,

schön, dass Sie heute bei uns in der Niederlassung waren! Hiermit bestätige ich Ihnen, dass Ihre Registrierung abgeschlossen ist und Ihr Bewerberprofil in unserem System angelegt wurde.

Folgende Unterlagen liegen uns vor: Lebenslauf, Staplerschein (Klassen 1–4), Arbeitszeugnisse 2018–2025, Erste-Hilfe-Nachweis. Was noch fehlt, ist die Bescheinigung über die G25-Untersuchung – die können Sie mir einfach per Mail nachreichen.

Ich schaue mir jetzt passende Stellen bei unseren Kunden an und melde mich, sobald ich etwas für Sie habe.

Viele Grüße
Ilka Meyerdierks
Personaldisponentin
Lüdersen Zeitarbeit GmbH · Am Wall 120 · 28195 Bremen
Tel. 0421 5550 2760
""",
    cte="quoted-printable",
))

# 4 Nordkauf via Workday ---------------------------------------------------------------------
_t = """Hallo Magnus Achterberg-Nwosu,

vielen Dank für Ihre Bewerbung auf die Stelle Teamleiter Logistik (m/w/d) im Zentrallager Hannover-Misburg (R-0031882).

Wir haben Ihre Bewerbung erhalten. Unser Recruiting-Team prüft alle Unterlagen sorgfältig; dies kann bis zu drei Wochen dauern. Den Status können Sie jederzeit im Kandidatenportal einsehen.

Freundliche Grüße
Talent Acquisition
Nordkauf Warenhaus GmbH
"""
add(spec(
    kind=ACK, slug="nordkauf_workday_received", lang="de", company="Nordkauf Warenhaus",
    contact="", mid="nk-ack",
    frm=("Nordkauf Warenhaus", "nordkauf@myworkday.com"),
    subject="Wir haben Ihre Bewerbung erhalten – Teamleiter Logistik",
    date="2026-05-18 20:12", tz="+0000", hdr=AUTO,
    text=_t, html=ats_card("Nordkauf Karriere", "#7f1d1d", paras(_t) + button(
        "Status ansehen", "https://nordkauf.wd3.myworkday.com/nordkauf/d/home.htmld"),
        "Diese Nachricht wurde von Workday im Auftrag von Nordkauf versendet."),
))

# 5 Elbmarsch via Personio -------------------------------------------------------------------
_t = """Moin Herr Achterberg-Nwosu,

danke für Ihr Interesse an der Elbmarsch Getränkelogistik! Ihre Bewerbung als Lagerleiter Getränke-Cross-Dock (m/w/d) ist gut bei uns angekommen.

Wie geht es weiter? Henrike Mahler aus unserem Personalteam schaut sich Ihre Unterlagen an. Passt Ihr Profil, laden wir Sie zu einem kurzen Telefoninterview ein.

Bis bald
Ihr Team der Elbmarsch Getränkelogistik
"""
add(spec(
    kind=ACK, slug="elbmarsch_personio_angekommen", lang="de", company="Elbmarsch Getränkelogistik",
    contact="", mid="em-ack",
    frm=("Elbmarsch Getränkelogistik GmbH", "noreply@personio.de"),
    subject="Danke für Ihre Bewerbung bei der Elbmarsch Getränkelogistik",
    date="2026-06-15 22:31", hdr=AUTO,
    text=_t, html=ats_card("Elbmarsch Getränkelogistik", "#14532d", paras(_t), "Powered by Personio"),
    cte="base64",
))

# 6 Hafenlager Vegesack via softgarden --------------------------------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

wir freuen uns über Ihr Interesse an einer Mitarbeit bei der Hafenlager Vegesack GmbH und bestätigen den Eingang Ihrer Bewerbung als Gruppenleiter Kommissionierung (m/w/d).

Ihre Unterlagen werden nun von unserer Personalabteilung gesichtet. Wir bitten um etwas Geduld.

Mit freundlichen Grüßen
Ihr Personalwesen
Hafenlager Vegesack GmbH
"""
add(spec(
    kind=ACK, slug="vegesack_softgarden_eingang", lang="de", company="Hafenlager Vegesack",
    contact="", mid="hv-ack",
    frm=("Hafenlager Vegesack GmbH", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Gruppenleiter Kommissionierung (m/w/d)",
    date="2026-04-22 07:48", hdr=AUTO,
    html=ats_card("Hafenlager Vegesack", "#1d4ed8", paras(_t),
                  "softgarden e-recruiting GmbH · Impressum · Datenschutz"),
    cte="quoted-printable",
))

# 7 Baumarkt Weserland via Recruitee -------------------------------------------------------
_t = """Hallo Herr Achterberg-Nwosu,

danke für Ihre Bewerbung als Teamleiter Wareneingang (m/w/d) in unserem Zentrallager Achim. Wir haben Ihre Unterlagen erhalten.

Ich melde mich persönlich bei Ihnen, sobald wir alle Bewerbungen gesichtet haben – spätestens Mitte August. Bei Fragen erreichen Sie mich direkt über „Antworten“.

Freundliche Grüße
Jens Ahlers
Recruiting · Baumarkt Weserland
"""
add(spec(
    kind=ACK, slug="weserland_recruitee_erhalten", lang="de", company="Baumarkt Weserland",
    contact="jens.ahlers@weserland-baumarkt.example.de", mid="bw-ack",
    frm=("Jens Ahlers – Baumarkt Weserland", "noreply@jobs.recruitee.com"),
    reply_to=("Jens Ahlers", "jens.ahlers@weserland-baumarkt.example.de"),
    subject="Bewerbung erhalten: Teamleiter Wareneingang (Achim)",
    date="2026-07-30 18:26",
    text=_t, html=ats_card("Baumarkt Weserland", "#c2410c", paras(_t), "Gesendet mit Recruitee"),
))

# 8 Lesum-Brink: office, short human note -----------------------------------------------------
add(spec(
    kind=ACK, slug="lesum_brink_unterlagen_da", lang="de", company="Spedition Lesum-Brink",
    contact="p.brinkmann@lesum-brink.example.de", mid="lb-ack",
    frm=("Petra Brinkmann", "p.brinkmann@lesum-brink.example.de"),
    subject="AW: Bewerbung Schichtleitung Lager",
    date="2026-07-06 08:33",
    text="""Guten Morgen Herr Achterberg-Nwosu,

Ihre Bewerbung ist bei uns angekommen, vielen Dank. Ich habe sie an meinen Mann weitergegeben, der die Lagerleitung macht. Er meldet sich diese Woche noch bei Ihnen.

Freundliche Grüße
Petra Brinkmann
Büro · Spedition Lesum-Brink GmbH & Co. KG
Am Lesumhafen 21 · 28719 Bremen · Tel. 0421 5550 1190

"""
    + on_wrote("de", "04.07.2026 um 11:17", CAND_NAME, CAND) + "\n"
    + quote("""Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung für die Schichtleitung in Ihrem Lager in Burg-Grambke. Ich arbeite seit acht Jahren als Staplerfahrer und vertrete seit zwei Jahren regelmäßig unseren Schichtleiter.

Mit freundlichen Grüßen
Magnus Achterberg-Nwosu"""),
    cte="8bit",
))

# 9 Nordwind: agency profile created ------------------------------------------------------
_t = """Hallo Herr Achterberg-Nwosu,

vielen Dank für Ihre Online-Bewerbung bei Nordwind Personaldienste. Ihr Bewerberprofil wurde angelegt, und ich bin ab sofort Ihre Ansprechpartnerin.

Damit ich Ihnen passende Einsätze in Hannover und Umgebung anbieten kann, rufe ich Sie in den nächsten Tagen kurz an. Wenn Sie lieber einen festen Zeitpunkt vereinbaren möchten, antworten Sie mir einfach mit zwei, drei Zeiten, die Ihnen passen.

Beste Grüße
Sandra Behrens
Personaldisponentin
Nordwind Personaldienste GmbH · Vahrenwalder Straße 140 · 30165 Hannover
"""
add(spec(
    kind=ACK, slug="nordwind_profil_angelegt", lang="de", company="Nordwind Personaldienste",
    contact="sandra.behrens@nordwind-personal.example.de",
    frm=("Sandra Behrens | Nordwind Personaldienste", "sandra.behrens@nordwind-personal.example.de"),
    subject="Willkommen bei Nordwind – Ihr Bewerberprofil",
    date="2026-04-20 14:40",
    text=_t, html=outlook_html(mso(_t)),
))

# 10 Hunte: HTML-only, no-reply sender --------------------------------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

Ihre Bewerbung als Lagerkoordinator (m/w/d) für unseren Standort Oldenburg ist bei uns eingegangen. Herzlichen Dank für Ihr Vertrauen.

Wir prüfen alle Bewerbungen gründlich und melden uns innerhalb von 14 Tagen. Diese Adresse ist nicht für Antworten eingerichtet; Fragen richten Sie bitte telefonisch an die Personalabteilung unter 0441 5550 7720.

Mit freundlichen Grüßen
Hunte Frischelogistik GmbH
Personalabteilung
"""
add(spec(
    kind=ACK, slug="hunte_html_only_noreply", lang="de", company="Hunte Frischelogistik",
    contact="", mid="hf-ack",
    frm=("Hunte Frischelogistik", "no-reply@hunte-frische.example.de"),
    subject="Eingang Ihrer Bewerbung",
    date="2026-05-04 06:55",
    html=html_page(paras(_t), "Eingang Ihrer Bewerbung",
                   "body{font-family:Verdana,sans-serif;font-size:13px;color:#1f2937}"),
    cs="windows-1252", cte="quoted-printable",
))

# 11 Kajenwerk via SmartRecruiters (German) ---------------------------------------------------
_t = """Hallo Magnus,

vielen Dank für Ihre Bewerbung als Vorarbeiter Umschlag (m/w/d) bei Kajenwerk Container Services in Bremerhaven.

Wir haben Ihre Bewerbung erhalten und werden sie sorgfältig prüfen. Wenn Ihre Qualifikationen zu unseren Anforderungen passen, wird sich ein Mitglied unseres Teams bei Ihnen melden.

Mit freundlichen Grüßen
Kajenwerk Container Services
"""
add(spec(
    kind=ACK, slug="kajenwerk_smartrecruiters_de", lang="de", company="Kajenwerk Container Services",
    contact="", mid="kw-ack",
    frm=("Kajenwerk Container Services", "noreply@smartrecruiters.com"),
    subject="Vielen Dank für Ihre Bewerbung bei Kajenwerk Container Services",
    date="2026-02-03 11:02", tz="+0000", hdr=AUTO,
    text=_t, html=ats_card("Kajenwerk Container Services", "#1e40af", paras(_t), "SmartRecruiters"),
))

# 12 Maschsee Bräu: human, windows-1252, "cannot answer everyone" ----------------------------
add(spec(
    kind=ACK, slug="maschsee_braeu_eingang_1252", lang="de", company="Maschsee Bräu",
    contact="h.kreye@maschsee-braeu.example.de", mid="mb-ack",
    frm=("Hanna Kreye", "h.kreye@maschsee-braeu.example.de"),
    subject="Ihre Bewerbung Schichtleitung Logistik",
    date="2026-08-24 10:15",
    cs="windows-1252", cte="quoted-printable",
    text="""Hallo Herr Achterberg-Nwosu,

danke für Ihre Bewerbung als Schichtleitung Logistik in unserer Brauerei in Hannover-Döhren. Sie ist vollständig bei uns angekommen.

Wir haben auf die Anzeige über 120 Zuschriften bekommen und können deshalb leider nicht jedem einzeln und sofort antworten. Sie hören aber in jedem Fall bis Mitte September von uns – versprochen.

Beste Grüße
Hanna Kreye
Personal · Maschsee Bräu GmbH
Wiehbergstraße 9 · 30519 Hannover
""",
))

# 13 Elbspeicher via Greenhouse ------------------------------------------------------------
_t = """Hi Magnus,

Thank you for applying for the Shift Lead Outbound position at Elbspeicher Fulfillment. We've received your application and our team will review it shortly.

If your background is a match, a member of our Talent team will be in touch to discuss next steps.

Best regards,
Elbspeicher Fulfillment Talent Team
"""
add(spec(
    kind=ACK, slug="elbspeicher_greenhouse_thanks", lang="en", company="Elbspeicher Fulfillment",
    contact="", mid="es-ack",
    frm=("Elbspeicher Fulfillment", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to Elbspeicher Fulfillment",
    date="2026-05-18 08:19", hdr=AUTO,
    text=_t, html=html_page(paras(_t)),
))

# 14 Reitdiep via Workable -----------------------------------------------------------------
_t = """Hi Magnus,

Thanks for applying for the Warehouse Team Leader role at Reitdiep Logistics (Groningen, NL). This email confirms that your application has reached us.

What happens next: our recruiter reviews every application personally. You can expect to hear from us within ten working days.

Kind regards,
Reitdiep Logistics
"""
add(spec(
    kind=ACK, slug="reitdiep_workable_confirm", lang="en", company="Reitdiep Logistics",
    contact="", mid="rd-ack",
    frm=("Reitdiep Logistics", "noreply@candidates.workablemail.com"),
    subject="Thanks for applying to Reitdiep Logistics",
    date="2026-03-16 21:58", hdr=AUTO,
    text=_t, html=ats_card("Reitdiep Logistics", "#0e7490", paras(_t), "Sent via Workable"),
    cte="quoted-printable",
))

# 15 Northbridge via Lever -----------------------------------------------------------------
_t = """Hi Magnus,

Thanks for your application for Inbound Supervisor (Hamburg-Allermöhe) at Northbridge Fulfilment.

We've got it, and someone from our recruiting team will look at it soon. In the meantime, feel free to learn more about life at our sites on our careers page.

Northbridge Fulfilment Recruiting
"""
add(spec(
    kind=ACK, slug="northbridge_lever_got_it", lang="en", company="Northbridge Fulfilment",
    contact="", mid="nb-ack",
    frm=("Northbridge Fulfilment", "no-reply@hire.lever.co"),
    subject="We received your application – Inbound Supervisor",
    date="2026-05-29 12:40", tz="uk", hdr=AUTO,
    text=_t,
))

# 16 Harlow: we've received your CV -------------------------------------------------------
add(spec(
    kind=ACK, slug="harlow_received_cv", lang="en", company="Harlow Maritime Search",
    contact="oliver@harlow-search.example.co.uk", mid="hm-ack", irt="hm-cand-cv",
    frm=("Oliver Harlow", "oliver@harlow-search.example.co.uk"),
    subject="RE: CV – warehouse / port operations roles",
    date="2026-09-08 16:12", tz="uk",
    text="""Hi Magnus,

Thanks – I've received your CV and your certificates. I'll read through them properly tonight and give you a ring tomorrow afternoon to talk about a couple of briefs I'm working on in Hamburg.

Cheers,
Oliver

Oliver Harlow | Director | Harlow Maritime Search
+44 1482 555 019
""",
))

# 17 Baltic Reefer via iCIMS: unable to respond individually ------------------------------
_t = """Dear Magnus,

Thank you for applying for the position of Depot Shift Supervisor (Hamburg), requisition 2026-1187. We confirm that your application has been received.

Due to the large number of applications we receive, unfortunately we are unable to respond to every applicant individually until the review is complete. You can check the status of your application at any time in our careers portal.

Sincerely,
Talent Acquisition
Baltic Reefer Lines
"""
add(spec(
    kind=ACK, slug="baltic_reefer_icims_unable_individually", lang="en", company="Baltic Reefer Lines",
    contact="", mid="br-ack",
    frm=("Baltic Reefer Lines Talent Acquisition", "careers-balticreefer@talent.icims.com"),
    subject="Application received: Depot Shift Supervisor (Hamburg) – Req 2026-1187",
    date="2026-09-20 07:03", tz="+0000", hdr=AUTO,
    text=_t, html=ats_card("Baltic Reefer Lines", "#1e3a8a", paras(_t), "iCIMS Talent Platform"),
))

# 18 Vauban via SmartRecruiters (French) ---------------------------------------------------
_t = """Bonjour Magnus,

Merci pour votre candidature au poste de Chef d'équipe parc véhicules chez Terminal Vauban Auto.

Nous l'avons bien reçue et l'étudierons avec attention. Si votre profil correspond à nos besoins, un membre de notre équipe vous contactera prochainement.

Cordialement,
L'équipe Recrutement – Terminal Vauban Auto
"""
add(spec(
    kind=ACK, slug="vauban_smartrecruiters_bien_recue", lang="fr", company="Terminal Vauban Auto",
    contact="", mid="va-ack",
    frm=("Terminal Vauban Auto", "noreply@smartrecruiters.com"),
    subject="Merci pour votre candidature chez Terminal Vauban Auto",
    date="2026-02-19 09:30", tz="+0000", hdr=AUTO,
    text=_t, html=ats_card("Terminal Vauban Auto", "#9a3412", paras(_t), "SmartRecruiters"),
    cte="base64",
))

# 19 Intérim Côte d'Albâtre: inscription -----------------------------------------------------
add(spec(
    kind=ACK, slug="albatre_inscription_confirmee", lang="fr", company="Intérim Côte d'Albâtre",
    contact="s.lemarchand@interim-albatre.example.fr", mid="ia-reg",
    frm=("Sophie Lemarchand", "s.lemarchand@interim-albatre.example.fr"),
    subject="Confirmation de votre inscription – Intérim Côte d'Albâtre",
    subj_cs=("utf-8", "B"),
    date="2026-06-29 17:21",
    text="""Bonjour Magnus,

Je vous confirme votre inscription dans notre agence du Havre. Votre dossier est complet : CV, pièce d'identité, titre de séjour non nécessaire (ressortissant UE), CACES R489 catégories 1, 3 et 5.

Je vous recontacte dès qu'une mission de chef d'équipe ou de cariste confirmé se présente dans la zone portuaire.

Bien cordialement,
Sophie Lemarchand
Chargée de recrutement
Intérim Côte d'Albâtre – Agence du Havre
27 rue de Paris, 76600 Le Havre
""",
    cte="quoted-printable",
))

# 20 Turia via BambooHR ---------------------------------------------------------------------
_t = """Hola Magnus,

Gracias por tu interés en Almacenes Turia Logística. Hemos recibido correctamente tu solicitud para el puesto de Encargado/a de turno de noche (Riba-roja de Túria).

Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo.

Saludos cordiales,
Almacenes Turia Logística
"""
add(spec(
    kind=ACK, slug="turia_bamboohr_recibida", lang="es", company="Almacenes Turia Logística",
    contact="", mid="tu-ack",
    frm=("Almacenes Turia Logística", "no-reply@bamboohr.com"),
    subject="Hemos recibido tu solicitud – Encargado/a de turno de noche",
    date="2026-04-20 13:14", hdr=AUTO,
    text=_t, html=ats_card("Almacenes Turia Logística", "#0f766e", paras(_t), "Powered by BambooHR"),
))

# 21 Talento Levante: CV received, client not named ----------------------------------------
add(spec(
    kind=ACK, slug="talento_levante_cv_recibido", lang="es", company="Talento Levante Selección",
    contact="andrea.climent@talento-levante.example.es", mid="tl-ack",
    frm=("Andrea Climent", "andrea.climent@talento-levante.example.es"),
    subject="Hemos recibido tu CV",
    date="2026-09-28 11:47",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Hola Magnus:

Te confirmo que hemos recibido tu CV para la posición de responsable de turno en un operador logístico de la zona del puerto de Valencia, cliente nuestro.

En los próximos días revisaré tu perfil con más calma y, si encaja, te llamaré para una primera conversación telefónica.

Un saludo,
Andrea Climent
Consultora de Selección
Talento Levante Selección
Gran Vía Marqués del Turia 40, 46005 Valencia
""",
))

# =============================================================================================
# offer
# =============================================================================================

# 1 Weserkai: formal offer with PDF -----------------------------------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für das angenehme Gespräch am 19. Februar. Wir freuen uns, Ihnen die Position als Schichtleiter Lager (m/w/d) an unserem Standort im GVZ Bremen anbieten zu können.

Die Eckdaten unseres Angebots:
- Beginn: 1. Mai 2026, unbefristet
- Bruttojahresgehalt: 46.800 € zzgl. Schichtzulagen
- 3-Schicht-Betrieb, 40 Stunden/Woche, 30 Urlaubstage

Alle Einzelheiten finden Sie im beigefügten Angebotsschreiben. Bitte lassen Sie uns bis zum 13. März wissen, ob Sie das Angebot annehmen möchten. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Frauke Lindemann
Personalreferentin
Weserkai Logistik GmbH
Senator-Blase-Straße 12 · 28197 Bremen
Tel. 0421 5550 3340
"""
add(spec(
    kind=OFFER, slug="weserkai_angebot_pdf", lang="de", company="Weserkai Logistik",
    contact="f.lindemann@weserkai.example.de", mid="wk-offer", refs=["wk-ack", "wk-inv", "wk-move"],
    frm=("Frauke Lindemann", "f.lindemann@weserkai.example.de"),
    subject="Ihr Vertragsangebot – Schichtleiter Lager",
    date="2026-03-02 11:15",
    text=_t, html=outlook_html(mso(_t)), cte="quoted-printable",
    atts=[dict(type="pdf", name="Angebot_Schichtleiter_Lager_Achterberg-Nwosu.pdf",
               title="Angebot Schichtleiter Lager",
               lines=["Weserkai Logistik GmbH", "Angebot zur Einstellung", "",
                      "Herrn Magnus Achterberg-Nwosu", "Position: Schichtleiter Lager (m/w/d)",
                      "Beginn: 01.05.2026", "Bruttojahresgehalt: 46.800 EUR", "",
                      "Bremen, 02.03.2026"])],
))

# 2 Lüdersen: the client wants to make an offer --------------------------------------------
add(spec(
    kind=OFFER, slug="luedersen_kunde_will_angebot", lang="de", company="Hansekontor Distribution",
    contact="i.meyerdierks@luedersen-zeitarbeit.example.de", mid="lu-offer",
    refs=["lu-reg", "lu-inv", "lu-move"],
    frm=("Ilka Meyerdierks | Lüdersen Zeitarbeit", "i.meyerdierks@luedersen-zeitarbeit.example.de"),
    subject="Hansekontor möchte Sie haben!",
    date="2026-08-14 10:02",
    text="""Hallo Herr Achterberg-Nwosu,

ich habe gerade mit Herrn Cordes telefoniert: Hansekontor Distribution möchte Ihnen ein Angebot machen! Das Gespräch gestern hat ihn überzeugt, vor allem Ihre Ideen zur Entzerrung der Anlieferung morgens.

Geplant ist Folgendes: Start am 1. September als Vorarbeiter Wareneingang über uns, 18,40 € brutto pro Stunde plus Schichtzulagen, und nach sechs Monaten die Übernahme in ein festes Arbeitsverhältnis bei Hansekontor.

Den Arbeitsvertrag mit uns schicke ich Ihnen morgen per Post. Sagen Sie mir vorher gern telefonisch, ob Sie grundsätzlich zusagen – dann kann ich Herrn Cordes Bescheid geben.

Viele Grüße und herzlichen Glückwunsch
Ilka Meyerdierks
Lüdersen Zeitarbeit · Tel. 0421 5550 2760
""",
))

# 3 Maschsee Bräu: follow-up to a verbal offer -------------------------------------------------
add(spec(
    kind=OFFER, slug="maschsee_braeu_telefon_zusage", lang="de", company="Maschsee Bräu",
    contact="h.kreye@maschsee-braeu.example.de", mid="mb-offer", refs=["mb-ack"],
    frm=("Hanna Kreye", "h.kreye@maschsee-braeu.example.de"),
    subject="Wie besprochen: unser Angebot",
    date="2026-09-16 16:40",
    cs="windows-1252", cte="quoted-printable",
    text="""Hallo Herr Achterberg-Nwosu,

wie heute Mittag am Telefon besprochen, fasse ich unser Angebot noch einmal schriftlich zusammen:

Position: Schichtleitung Logistik (Vollzeit, unbefristet)
Start: 1. November 2026
Gehalt: 3.850 € brutto im Monat, 13 Gehälter, Haustrunk inklusive
Probezeit: sechs Monate

Herr Baumgarten und ich freuen uns sehr, dass Sie sich für uns interessieren. Den Vertrag bereiten wir vor, sobald Sie uns Ihre Zusage geben – gern bis Ende nächster Woche.

Beste Grüße
Hanna Kreye
Personal · Maschsee Bräu GmbH
""",
))

# 4 Röstwerk Überseestadt: contract for signature -------------------------------------------
_t = """Moin Herr Achterberg-Nwosu,

anbei erhalten Sie wie vereinbart Ihren Arbeitsvertrag als Lagerleiter für unser Rohkaffeelager in der Überseestadt in doppelter Ausfertigung.

Bitte unterschreiben Sie beide Exemplare und schicken Sie uns eines bis zum 15. Februar zurück – eingescannt per Mail reicht für den Anfang, das Original bringen Sie dann am ersten Arbeitstag mit.

Wir freuen uns auf Sie!

Herzliche Grüße
Carsten Wübbenhorst
Geschäftsführung
Röstwerk Überseestadt GmbH
Konsul-Smidt-Straße 14 · 28217 Bremen
"""
add(spec(
    kind=OFFER, slug="roestwerk_vertrag_unterschrift", lang="de", company="Röstwerk Überseestadt",
    contact="c.wuebbenhorst@roestwerk-ueberseestadt.example.de",
    frm=("Carsten Wübbenhorst", "c.wuebbenhorst@roestwerk-ueberseestadt.example.de",
         ("iso-8859-1", "B")),
    subject="Ihr Arbeitsvertrag zur Unterschrift",
    date="2026-01-29 12:05",
    text=_t, cte="base64",
    atts=[dict(type="pdf", name="Arbeitsvertrag_Achterberg-Nwosu.pdf", title="Arbeitsvertrag",
               lines=["Arbeitsvertrag", "zwischen der Röstwerk Überseestadt GmbH",
                      "und Herrn Magnus Achterberg-Nwosu", "",
                      "§ 1 Beginn und Tätigkeit: Lagerleiter Rohkaffeelager",
                      "§ 2 Vergütung", "§ 3 Arbeitszeit", "", "Unterschrift Arbeitnehmer: ________"])],
))

# 5 Seestadt Lagerhaus: formal offer, HTML base64 + PDF -------------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

wir freuen uns, Ihnen nach den Gesprächen mit Herrn Lührs und Frau Gerdes die Stelle als Teamleiter Lager (m/w/d) in unserem Lagerhaus am Fischereihafen anzubieten.

Unser Angebot im Überblick: Eintritt zum 1. Januar 2027, Vergütung nach Haustarif Entgeltgruppe 7 (derzeit 3.920 € monatlich), 30 Tage Urlaub, Jobrad und betriebliche Altersvorsorge.

Das ausführliche Angebotsschreiben liegt dieser E-Mail bei. Wir würden uns sehr über Ihre Zusage bis zum 26. Oktober freuen.

Mit freundlichen Grüßen
Sabine Gerdes
Leitung Personal
Seestadt Lagerhaus GmbH · Am Fischereihafen 1 · 27572 Bremerhaven
Tel. 0471 5550 4401
"""
add(spec(
    kind=OFFER, slug="seestadt_angebot_html_pdf", lang="de", company="Seestadt Lagerhaus",
    contact="s.gerdes@seestadt-lagerhaus.example.de",
    frm=("Sabine Gerdes", "s.gerdes@seestadt-lagerhaus.example.de"),
    subject="Stellenangebot Teamleiter Lager",
    date="2026-10-12 14:30",
    html=html_page(paras(_t), "Stellenangebot"), cte="base64",
    atts=[dict(type="pdf", name="Stellenangebot_Teamleiter_Lager.pdf", title="Stellenangebot",
               lines=["Seestadt Lagerhaus GmbH", "Stellenangebot Teamleiter Lager (m/w/d)",
                      "Eintritt: 01.01.2027", "Entgeltgruppe 7 Haustarif",
                      "Bitte Rückmeldung bis 26.10.2026"])],
))

# 6 Dollard: offer letter --------------------------------------------------------------------
_t = """Hi Magnus,

It was great to finally meet you in person in Delfzijl on Thursday, and thanks for coming all the way up.

I'm very happy to tell you that we'd like to offer you the position of Warehouse Supervisor at Dollard Port Services. Attached is your offer letter with the details: start date 1 November, a gross salary of EUR 3,650 per month plus 8% holiday allowance, and relocation support for your first three months.

Take a few days to read it and let me know if you have questions. We'd love to have your answer by 2 October.

Cheers,
Bram Wiersma
Operations Manager, Dollard Port Services
"""
add(spec(
    kind=OFFER, slug="dollard_offer_letter", lang="en", company="Dollard Port Services",
    contact="bram@dollard-port.example.nl", mid="dp-offer", refs=["dp-inv"],
    frm=("Bram Wiersma", "bram@dollard-port.example.nl"),
    cc=[("Ineke Dijkstra", "hr@dollard-port.example.nl")],
    subject="Your offer – Warehouse Supervisor, Dollard Port Services",
    date="2026-09-22 13:10",
    text=_t, html=html_page(paras(_t)),
    atts=[dict(type="pdf", name="Offer_Letter_M_Achterberg-Nwosu.pdf", title="Offer Letter",
               lines=["Dollard Port Services B.V.", "Offer of employment",
                      "Position: Warehouse Supervisor", "Start date: 1 November 2026",
                      "Gross monthly salary: EUR 3,650", "Please sign and return by 2 October 2026"])],
))

# 7 Kestrel: verbal offer follow-up ------------------------------------------------------------
add(spec(
    kind=OFFER, slug="kestrel_verbal_offer_followup", lang="en", company="Kestrel Automotive Logistics",
    contact="grace.okafor@kestrel-al.example.com", mid="ke-offer", refs=["ke-inv", "ke-move"],
    frm=("Grace Okafor", "grace.okafor@kestrel-al.example.com"),
    subject="Following up on our call – your offer",
    date="2026-09-21 17:05",
    text="""Dear Magnus,

Thank you for taking my call this afternoon. As promised, here is a written summary of the offer I made you on the phone:

Role: Shift Supervisor, Vehicle Processing Centre Bremerhaven
Start: 1 December 2026 (or earlier if your notice period allows)
Salary: EUR 52,000 gross per year, plus shift and weekend premiums
Contract: permanent, 39 hours/week, 30 days' holiday

The formal contract will follow from our HR service centre once you confirm that you accept. If anything in the summary doesn't match what we discussed, please tell me.

Congratulations again – the assessors were unanimous.

Kind regards,
Grace Okafor
HR Business Partner
Kestrel Automotive Logistics GmbH
""",
))

# 8 Vauban: promesse d'embauche -------------------------------------------------------------
_t = """Bonjour Monsieur Achterberg-Nwosu,

Suite à votre journée d'évaluation du 17 mars, nous avons le plaisir de vous proposer le poste de Chef d'équipe parc véhicules au sein de Terminal Vauban Auto.

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions : CDI, statut agent de maîtrise, rémunération annuelle brute de 34 000 € sur 13 mois, prise de poste le 4 mai 2026.

Nous vous remercions de nous retourner ce document signé avant le 10 avril.

Bien cordialement,
Élodie Marchand
Ressources humaines – Terminal Vauban Auto
Route du Môle Central, 76600 Le Havre
"""
add(spec(
    kind=OFFER, slug="vauban_promesse_embauche", lang="fr", company="Terminal Vauban Auto",
    contact="e.marchand@vauban-auto.example.fr", mid="va-offer",
    refs=["va-ack", "va-inv", "va-missed", "va-move"],
    frm=("Élodie Marchand", "e.marchand@vauban-auto.example.fr", ("utf-8", "B")),
    subject="Promesse d'embauche – Chef d'équipe parc véhicules",
    date="2026-03-30 15:45",
    text=_t, html=outlook_html(mso(_t), "fr"), cte="quoted-printable",
    atts=[dict(type="pdf", name="Promesse_embauche_Achterberg-Nwosu.pdf", title="Promesse d'embauche",
               lines=["Terminal Vauban Auto", "Promesse d'embauche",
                      "M. Magnus Achterberg-Nwosu", "Poste : Chef d'équipe parc véhicules",
                      "CDI - Agent de maîtrise", "Prise de poste : 4 mai 2026"])],
))

# 9 Docks Normands: contract to sign electronically --------------------------------------
add(spec(
    kind=OFFER, slug="docks_normands_contrat_a_signer", lang="fr", company="Docks Normands Distribution",
    contact="j.hebert@docks-normands.example.fr",
    frm=("Docks Normands Distribution - RH", "rh@docks-normands.example.fr"),
    reply_to=("Julien Hébert", "j.hebert@docks-normands.example.fr"),
    subject="Votre contrat de travail à signer",
    date="2026-07-24 09:58",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Monsieur Achterberg-Nwosu,

Comme convenu lors de notre échange de mardi, nous avons le plaisir de vous faire parvenir votre contrat de travail pour le poste de responsable d'équipe préparation de commandes (CDI, site de Gonfreville-l'Orcher).

Vous allez recevoir dans quelques minutes un lien de signature électronique de notre prestataire. Une fois le contrat signé par vos soins, il sera contresigné par notre directeur de site.

N'hésitez pas à me contacter pour toute question.

Julien Hébert
Responsable RH
Docks Normands Distribution
Zone industrielle portuaire, 76700 Gonfreville-l'Orcher
""",
))

# 10 Talento Levante: the client wants to make you an offer ---------------------------------
add(spec(
    kind=OFFER, slug="talento_levante_cliente_oferta", lang="es", company="Distribuciones Malvarrosa",
    contact="andrea.climent@talento-levante.example.es", mid="tl-offer", refs=["tl-ack"],
    frm=("Andrea Climent", "andrea.climent@talento-levante.example.es"),
    subject="¡Buenas noticias! Distribuciones Malvarrosa quiere hacerte una oferta",
    date="2026-10-14 18:22",
    text="""Hola Magnus:

¡Enhorabuena! Acabo de hablar con Distribuciones Malvarrosa y el cliente quiere hacerte una oferta para el puesto de responsable de turno en su almacén del puerto.

Las condiciones que me han trasladado: contrato indefinido, 29.500 € brutos anuales en 14 pagas, turno de tarde fijo y incorporación el 2 de noviembre.

¿Tienes un momento mañana para que lo comentemos por teléfono? Si estás de acuerdo, ellos te enviarán la carta de oferta formal esta misma semana.

Un abrazo,
Andrea Climent
Talento Levante Selección
Tel. 963 55 50 88

"""
    + on_wrote("es", "vie, 9 oct 2026 a las 19:40", CAND_NAME, CAND) + "\n"
    + quote("""Hola Andrea:

Muchas gracias por organizar la entrevista de hoy con Distribuciones Malvarrosa. Me ha gustado mucho el almacén y el equipo. Quedo a la espera de noticias.

Saludos,
Magnus"""),
    cte="quoted-printable",
))
