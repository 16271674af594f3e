"""Corpus 212: application acknowledgements, agency registrations and offers.

Hand-written, one dict per message (see make_twohundredtwelfth.py for the keys).
"""

from __future__ import annotations

from msgs212_common import (
    ME,
    ats_card,
    body,
    button,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


def ack(**spec: object) -> dict:
    return add(kind="application_received", **spec)


def offer(**spec: object) -> dict:
    return add(kind="offer", **spec)


# =============================================================================== received (de)

WESER_ACK = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    vielen Dank für Ihre Bewerbung als Compliance Analyst (m/w/d) – Geldwäscheprävention und
    für Ihr Interesse an der Weserbank.

    Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden
    uns innerhalb der nächsten zwei bis drei Wochen bei Ihnen.

    Den Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
    https://weserbank.jobs.personio.de/applicant/login

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Weserbank AG
""")

ack(id="ack_weser", slug="personio_bremen_bank_confirmation", lang="de", company="Weserbank",
    contact="", frm=("Weserbank AG – Recruiting", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung – Compliance Analyst (m/w/d)",
    subj_enc=("utf-8", "Q", "partial"), date="2026-02-03 18:12 +0100", text=WESER_ACK,
    html=ats_card("Weserbank", "#003a70", paras(WESER_ACK), "Versendet über Personio", "de"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_hanse", slug="agency_pool_registration", lang="de", company="Hanse Personal",
    contact="t.rehberg@hanse-personal.example.de",
    frm=("Tobias Rehberg", "t.rehberg@hanse-personal.example.de"),
    subject="Willkommen im Bewerberpool von Hanse Personal", date="2026-01-08 16:20 +0100",
    text=body("""
        Hallo Herr Osei-Lindqvist,

        schön, dass Sie sich bei uns registriert haben! Ihr Profil und Ihr Lebenslauf sind in
        unserem Bewerberpool angelegt, und ich bin ab sofort Ihr persönlicher Ansprechpartner.

        Als Nächstes würde ich Sie gern in einem kurzen Telefonat kennenlernen, um Ihre
        Wünsche (Region, Gehalt, Wechselzeitpunkt) aufzunehmen. Ich melde mich dazu in den
        nächsten Tagen mit einem Terminvorschlag.

        Bis dahin: Ihre Daten geben wir nur mit Ihrer ausdrücklichen Zustimmung an Kunden
        weiter.

        Viele Grüße
        Tobias Rehberg
        Senior Consultant Banking & Insurance
        Hanse Personal GmbH · Obernstraße 12 · 28195 Bremen
        Tel. 0421 5550 4410
    """),
    charset="windows-1252", cte="quoted-printable")

CALENBERG_ACK = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    herzlichen Dank für Ihre Online-Bewerbung als Spezialist Compliance / MaRisk (m/w/d) bei
    der Calenberger Bank.

    Wir haben Ihre Unterlagen erhalten und werden sie in den kommenden Wochen prüfen. Bitte
    haben Sie Verständnis dafür, dass wir aufgrund der großen Zahl an Bewerbungen leider nicht
    jedem Bewerber individuell antworten können, solange das Verfahren läuft. Sobald eine
    Entscheidung gefallen ist, erhalten Sie von uns Nachricht.

    Freundliche Grüße
    Personalmanagement
    Calenberger Bank eG

    Diese Nachricht wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.
""")

ack(id="ack_calenberg", slug="softgarden_cannot_reply_individually", lang="de",
    company="Calenberger Bank", contact="",
    frm=("Calenberger Bank eG", "calenberger-bank@mail.softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-03-18 21:47 +0100",
    text=CALENBERG_ACK,
    html=ats_card("Calenberger Bank", "#166534", paras(CALENBERG_ACK),
                  "softgarden e-recruiting", "de"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_mainufer", slug="workday_frankfurt_landesbank", lang="de",
    company="Mainufer Landesbank", contact="",
    frm=("Mainufer Landesbank", "mainufer@myworkday.com"),
    subject="Bewerbung eingegangen: Analyst Regulatory Reporting & Compliance (R-10442)",
    date="2026-02-19 10:33 -0800",
    html=ats_card("Mainufer Landesbank", "#374151", paras(body("""
        Guten Tag Ferdinand,

        vielen Dank für Ihre Bewerbung auf die Stelle Analyst Regulatory Reporting &
        Compliance (R-10442) in Frankfurt am Main.

        Wir haben Ihre Bewerbung erhalten. Der Status Ihrer Bewerbung lautet derzeit:
        „In Prüfung“. Sie können ihn jederzeit in Ihrem Kandidatenbereich verfolgen.
    """)) + button("Zum Kandidatenbereich",
                   "https://mainufer.wd3.myworkday.com/de-DE/careers/userHome", "#374151")
        + paras("Mit freundlichen Grüßen\nIhr Talent-Acquisition-Team"),
        "Dies ist eine automatisch generierte E-Mail von Workday.", "de"),
    html_cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_senckenberg", slug="successfactors_insurer_cp1252", lang="de",
    company="Senckenberg Versicherung", contact="",
    frm=("Senckenberg Versicherung Karriere", "noreply@successfactors.eu"),
    subject="Vielen Dank für Ihre Bewerbung – Referent Compliance (w/m/d)",
    subj_enc=("utf-8", "B", "partial"), date="2026-04-22 12:06 +0000",
    charset="windows-1252", cte="quoted-printable",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        vielen Dank für Ihre Bewerbung als Referent Compliance (w/m/d) bei der Senckenberg
        Versicherung. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

        Unser Recruiting-Team prüft Ihre Bewerbung nun und meldet sich – je nach Anzahl der
        Bewerbungen – innerhalb von drei bis vier Wochen bei Ihnen.

        Freundliche Grüße
        Senckenberg Versicherung AG
        Talent Acquisition

        Senckenberg Versicherung AG · Senckenberganlage 31 · 60325 Frankfurt am Main
        Sitz der Gesellschaft: Frankfurt am Main · Registergericht: Amtsgericht Frankfurt
    """))

ack(id="ack_zfm", slug="regulator_receipt_with_reference", lang="de",
    company="Zentralstelle für Marktintegrität", contact="ines.wachowiak@zfm.example.de",
    frm=("ZfM Personalgewinnung", "personalgewinnung@zfm.example.de"),
    reply_to=("Ines Wachowiak", "ines.wachowiak@zfm.example.de"),
    subject="Eingangsbestätigung – Ihre Bewerbung (Kennziffer P 2 – 2026/0417)",
    date="2026-08-03 09:20 +0200", cte="8bit",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        hiermit bestätigen wir den Eingang Ihrer Bewerbung auf die Stelle einer Referentin /
        eines Referenten Marktintegrität (Kennziffer P 2 – 2026/0417).

        Bitte geben Sie bei Rückfragen stets die Kennziffer an. Nach Ende der
        Bewerbungsfrist am 21. August 2026 prüfen wir alle Bewerbungen anhand der in der
        Ausschreibung genannten Kriterien. Über das Ergebnis der Vorauswahl werden Sie
        schriftlich informiert.

        Hinweise zum Datenschutz im Bewerbungsverfahren finden Sie unter
        https://www.zfm.example.de/datenschutz-bewerbung.

        Im Auftrag
        Ines Wachowiak
        Referat P 2 – Personalgewinnung
        Zentralstelle für Marktintegrität · Mainzer Landstraße 200 · 60327 Frankfurt am Main
    """))

ack(id="ack_limmat", slug="zurich_dossier_received", lang="de", company="Limmat Privatbank",
    contact="reto.brunner@limmat-privatbank.example.ch",
    frm=("Reto Brunner", "reto.brunner@limmat-privatbank.example.ch"),
    subject="Ihre Bewerbung bei der Limmat Privatbank", date="2026-04-02 11:44 +0200",
    text=body("""
        Grüezi Herr Osei-Lindqvist

        Wir bestätigen Ihnen gerne den Erhalt Ihres Bewerbungsdossiers für die Stelle als
        Compliance Analyst (80–100 %). Vielen Dank für Ihr Interesse an unserer Bank.

        Wir sichten derzeit alle Unterlagen und werden uns bis spätestens Ende April mit einem
        Zwischenbescheid bei Ihnen melden.

        Freundliche Grüsse

        Reto Brunner
        HR Business Partner
        Limmat Privatbank AG · Talstrasse 58 · 8001 Zürich

        Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt.
    """),
    html=outlook_html(mso(body("""
        Grüezi Herr Osei-Lindqvist

        Wir bestätigen Ihnen gerne den Erhalt Ihres Bewerbungsdossiers für die Stelle als
        Compliance Analyst (80–100 %). Vielen Dank für Ihr Interesse an unserer Bank.

        Wir sichten derzeit alle Unterlagen und werden uns bis spätestens Ende April mit einem
        Zwischenbescheid bei Ihnen melden.

        Freundliche Grüsse

        Reto Brunner
        HR Business Partner
        Limmat Privatbank AG · Talstrasse 58 · 8001 Zürich

        Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt.
    """)), "de"),
    cte="quoted-printable")

ack(id="ack_steintor", slug="branch_bank_confirms_quoting_application", lang="de",
    company="Steintor Privatbank", contact="wiebke.harms@steintor-privatbank.example.de",
    frm=("Wiebke Harms", "wiebke.harms@steintor-privatbank.example.de"),
    subject="AW: Bewerbung als Compliance Analyst (m/w/d) – Kennziffer ST-0926",
    date="2026-09-08 08:37 +0200", parent="oth_steintor_application",
    text=lambda get: body("""
        Sehr geehrter Herr Osei-Lindqvist,

        vielen Dank für Ihre Bewerbung, die wir gestern erhalten haben. Wir sehen uns Ihre
        Unterlagen in Ruhe an und kommen bis Mitte September auf Sie zu.

        Mit freundlichen Grüßen
        Wiebke Harms
        Personal | Steintor Privatbank KG
        Am Dobben 18 · 28203 Bremen

    """) + "\n" + outlook_block("de", "Ferdinand Osei-Lindqvist <ferdinand.ol@example.de>",
                         "Montag, 7. September 2026 19:22", "Wiebke Harms",
                         "Bewerbung als Compliance Analyst (m/w/d) – Kennziffer ST-0926")
    + "\n" + get("oth_steintor_application"),
    cte="quoted-printable")

SEEFELD_ACK = body("""
    Hallo Ferdinand

    Vielen Dank für deine Bewerbung als Compliance Specialist bei Seefeld Treuhand. Wir haben
    deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen an.

    Du hörst so oder so von uns.

    Liebe Grüsse
    Das Seefeld-Team
""")

ack(id="ack_seefeld", slug="recruitee_zurich_treuhand", lang="de", company="Seefeld Treuhand",
    contact="", frm=("Seefeld Treuhand", "notifications@jobs.recruitee.com"),
    subject="Danke für deine Bewerbung, Ferdinand!", date="2026-09-10 14:02 +0200",
    text=SEEFELD_ACK,
    html=ats_card("Seefeld Treuhand", "#0f172a", paras(SEEFELD_ACK),
                  "Sent with Recruitee", "de"),
    cte="8bit", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_maschsee", slug="personio_hanover_insurer", lang="de",
    company="Maschsee Versicherung", contact="",
    frm=("Maschsee Versicherung", "noreply@personio.de"),
    subject="Wir haben Ihre Bewerbung erhalten", date="2026-07-08 17:55 +0200",
    text=body("""
        Hallo Ferdinand Osei-Lindqvist,

        vielen Dank für Ihre Bewerbung als Compliance Officer (m/w/d) – Schwerpunkt Geldwäsche.
        Wir haben Ihre Unterlagen erhalten und melden uns, sobald wir sie gesichtet haben.

        Viele Grüße
        Ihr Recruiting-Team der Maschsee Versicherung

        Diese E-Mail wurde automatisch über Personio versendet.
    """),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_kontorbank", slug="short_human_cv_received_latin1", lang="de",
    company="Kontorbank Bremen", contact="j.meiners@kontorbank.example.de",
    frm=("Jens Meiners", "j.meiners@kontorbank.example.de"),
    subject="Ihr Lebenslauf", date="2026-01-20 12:51 +0100",
    text=body("""
        Hallo Herr Osei-Lindqvist,

        danke für Ihre Initiativbewerbung, Ihr Lebenslauf ist bei mir angekommen. Ich gebe ihn
        an unsere Compliance-Abteilung weiter und melde mich, sobald ich von dort etwas höre.

        Gruß aus der Böttcherstraße
        Jens Meiners
        Personalwesen, Kontorbank Bremen AG
    """),
    charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q"))

# =============================================================================== received (en)

ELBFINANZ_ACK = body("""
    Hi Ferdinand,

    Thanks for applying to the Compliance Analyst (AML) position at Elbfinanz! We've received
    your application and our team will review it shortly.

    If your experience matches what we're looking for, someone from our talent team will
    reach out to discuss next steps.

    Best,
    The Elbfinanz Talent Team
""")

ack(id="ack_elbfinanz", slug="greenhouse_thanks_for_applying", lang="en", company="Elbfinanz",
    contact="", frm=("Elbfinanz", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Elbfinanz", date="2026-01-14 20:03 +0000",
    text=ELBFINANZ_ACK,
    html=ats_card("Elbfinanz", "#111827", paras(ELBFINANZ_ACK), "Sent with Greenhouse"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

KIRCHBERG_ACK = body("""
    Dear Ferdinand,

    Thank you for your interest in Kirchberg Fund Services and for applying to the position of
    KYC Analyst (Req. 2026-0311).

    We confirm that your application has been received. Our recruitment team will review your
    profile against the requirements of the role. Due to the high number of applications we
    receive, unfortunately we cannot reply to every applicant individually; if your profile is
    shortlisted, we will contact you within four weeks.

    Kind regards,
    Talent Acquisition
    Kirchberg Fund Services
""")

ack(id="ack_kirchberg", slug="icims_unfortunately_no_individual_reply", lang="en",
    company="Kirchberg Fund Services", contact="",
    frm=("Kirchberg Fund Services Careers", "careers-kirchbergfs@icims.com"),
    subject="Your application: KYC Analyst (Req. 2026-0311)", date="2026-08-05 07:41 -0400",
    text=KIRCHBERG_ACK,
    html=ats_card("Kirchberg Fund Services", "#0c4a6e", paras(KIRCHBERG_ACK),
                  "This message was sent from an unmonitored mailbox via iCIMS."),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_canal", slug="agency_registration_amsterdam", lang="en",
    company="Canal Talent Partners", contact="priya.raman@canaltalent.example.nl",
    frm=("Priya Raman", "priya.raman@canaltalent.example.nl"),
    subject="Welcome to Canal Talent Partners - your registration", date="2026-04-13 15:15 +0200",
    text=body("""
        Dear Ferdinand,

        Thank you for registering with Canal Talent Partners. I've received your CV and created
        your candidate profile; I'll be your point of contact for compliance and financial
        crime roles in the Netherlands.

        A few practical notes:
        - We never send your CV to a client without your explicit consent.
        - Most of our clients work in English, so Dutch is a plus but rarely a must.
        - I'll be in touch when I see a role that matches what you're looking for.

        Kind regards,
        Priya Raman
        Senior Consultant, Financial Services
        Canal Talent Partners B.V. | Prinsengracht 301, 1016 GW Amsterdam
    """),
    html=plain_html(paras(body("""
        Dear Ferdinand,

        Thank you for registering with Canal Talent Partners. I've received your CV and created
        your candidate profile; I'll be your point of contact for compliance and financial
        crime roles in the Netherlands.

        A few practical notes:
        - We never send your CV to a client without your explicit consent.
        - Most of our clients work in English, so Dutch is a plus but rarely a must.
        - I'll be in touch when I see a role that matches what you're looking for.

        Kind regards,
        Priya Raman
        Senior Consultant, Financial Services
        Canal Talent Partners B.V. | Prinsengracht 301, 1016 GW Amsterdam
    """))))

ack(id="ack_amstel", slug="workable_application_received", lang="en",
    company="Amstel Assurance", contact="",
    frm=("Amstel Assurance", "noreply@workablemail.com"),
    subject="Amstel Assurance: we received your application", date="2026-01-12 13:30 +0100",
    html=ats_card("Amstel Assurance", "#b91c1c", paras(body("""
        Hi Ferdinand,

        Thanks for applying for the Compliance Analyst (Insurance) role at Amstel Assurance.
        This is a quick note to confirm that your application reached us.

        We review every application and will let you know about next steps.

        Amstel Assurance Recruiting
    """)), "Sent via Workable · Privacy policy"),
    html_cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_ledgerline", slug="ashby_application_confirmation", lang="en",
    company="Ledgerline", contact="", frm=("Ledgerline", "no-reply@ashbyhq.com"),
    subject="Application received - Financial Crime Analyst", date="2026-03-09 22:14 +0100",
    text=body("""
        Hi Ferdinand,

        We've received your application for Financial Crime Analyst at Ledgerline. Thank you
        for your interest!

        Our team reviews applications on a rolling basis. You'll hear from us either way.

        - Ledgerline Talent Team
    """))

# =============================================================================== received (fr)

ack(id="ack_belleville", slug="accuse_reception_latin1", lang="fr",
    company="Assurances Belleville", contact="s.morel@assurances-belleville.example.fr",
    frm=("Assurances Belleville - Recrutement", "recrutement@assurances-belleville.example.fr"),
    reply_to=("Sandrine Morel", "s.morel@assurances-belleville.example.fr"),
    subject="Accusé de réception de votre candidature", subj_enc=("iso-8859-1", "Q"),
    date="2026-01-19 09:12 +0100", charset="iso-8859-1", cte="quoted-printable",
    text=body("""
        Monsieur,

        Nous accusons bonne réception de votre candidature au poste de Chargé de conformité
        (H/F) et vous remercions de l'intérêt que vous portez à notre groupe.

        Votre dossier va être étudié avec attention par nos équipes. Nous reviendrons vers vous
        dans les meilleurs délais.

        Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

        Sandrine Morel
        Responsable recrutement
        Assurances Belleville
        27 rue de Belleville, 75019 Paris
    """))

MENIL_ACK = body("""
    Bonjour Ferdinand,

    Nous vous remercions pour votre candidature au poste d'Analyste Conformité Sécurité
    Financière (réf. 26000381).

    Votre candidature a bien été enregistrée. Elle sera examinée par nos équipes
    Ressources Humaines. En raison du nombre important de candidatures, seules les personnes
    dont le profil sera retenu pour un entretien seront contactées.

    Vous pouvez suivre l'avancement de votre dossier dans votre espace candidat.

    L'équipe Recrutement
    Crédit Ménilmontant
""")

ack(id="ack_menilmontant", slug="taleo_candidature_enregistree", lang="fr",
    company="Crédit Ménilmontant", contact="",
    frm=("Crédit Ménilmontant Recrutement", "no-reply@taleo.net"),
    subject="Confirmation de candidature – Analyste Conformité Sécurité Financière",
    subj_enc=("utf-8", "B"), date="2026-03-23 04:18 -0400", text=MENIL_ACK,
    html=ats_card("Crédit Ménilmontant", "#7f1d1d", paras(MENIL_ACK),
                  "Oracle Taleo · Ne pas répondre à ce message", "fr"),
    charset="windows-1252", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_petrusse", slug="banque_accuse_reception_humain", lang="fr",
    company="Banque Pétrusse", contact="claire.hoffmann@banquepetrusse.example.lu",
    frm=("Claire Hoffmann", "claire.hoffmann@banquepetrusse.example.lu"),
    subject="Votre candidature – Analyste Conformité KYC", date="2026-02-05 14:40 +0100",
    text=body("""
        Bonjour Monsieur Osei-Lindqvist,

        Je vous remercie pour l'envoi de votre candidature au poste d'Analyste Conformité KYC,
        que j'ai bien reçue ce jour.

        Je la transmets à notre Responsable Conformité et reviendrai vers vous d'ici deux
        semaines environ.

        Bien cordialement,
        Claire Hoffmann
        Chargée de recrutement
        Banque Pétrusse S.A. · 7, boulevard Royal · L-2449 Luxembourg
    """),
    cte="8bit")

# =============================================================================== received (es)

CASTELLANA_ACK = body("""
    Hola Ferdinand:

    ¡Gracias por presentar tu candidatura a Analista de Cumplimiento Normativo (PBC/FT) en
    Banco Castellana!

    Hemos recibido tu solicitud correctamente. Nuestro equipo de Selección la revisará y, si
    tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

    Saludos cordiales,
    Equipo de Talento de Banco Castellana
""")

ack(id="ack_castellana", slug="smartrecruiters_candidatura_recibida", lang="es",
    company="Banco Castellana", contact="",
    frm=("Banco Castellana", "noreply@smartrecruiters.com"),
    subject="Hemos recibido tu candidatura", date="2026-02-24 11:06 +0000",
    text=CASTELLANA_ACK,
    html=ats_card("Banco Castellana", "#991b1b", paras(CASTELLANA_ACK),
                  "Powered by SmartRecruiters", "es"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

ack(id="ack_talento", slug="agencia_alta_base_de_candidatos", lang="es",
    company="Talento Ibérico", contact="marta.ibanez@talentoiberico.example.es",
    frm=("Marta Ibáñez", "marta.ibanez@talentoiberico.example.es"),
    subject="Ya formas parte de Talento Ibérico", date="2026-07-20 12:30 +0200",
    text=body("""
        Hola Ferdinand:

        Te confirmamos que hemos recibido tu CV y que ya formas parte de nuestra base de
        candidatos para puestos de cumplimiento normativo, riesgos y auditoría en Madrid.

        Te contactaremos cuando tengamos una posición que encaje con tu perfil. Tus datos solo
        se compartirán con empresas clientes con tu consentimiento previo.

        Un saludo,
        Marta Ibáñez
        Consultora de Selección
        Talento Ibérico, S.L. · Calle de Génova 17, 28004 Madrid
    """),
    charset="iso-8859-1", cte="quoted-printable")

# =============================================================================== offers

WESER_OFFER = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    wir freuen uns sehr, Ihnen nach den Gesprächen mit Frau Dr. Wolters und mir die Stelle als
    Compliance Analyst (m/w/d) in unserer Abteilung Geldwäscheprävention anbieten zu können.

    Die Eckdaten unseres Angebots:

      Eintritt:        1. Mai 2026 (oder nach Ablauf Ihrer Kündigungsfrist)
      Arbeitszeit:     39 Stunden/Woche, bis zu zwei Tage mobiles Arbeiten
      Vergütung:       Tarifgruppe 8 des Bankentarifs, 13 Gehälter
      Probezeit:       6 Monate

    Die Einzelheiten entnehmen Sie bitte dem beigefügten Vertragsangebot. Wir würden uns
    freuen, wenn Sie uns Ihre Entscheidung bis zum 23. März 2026 mitteilen. Für Rückfragen
    stehe ich Ihnen gern telefonisch zur Verfügung.

    Mit freundlichen Grüßen

    Kerstin Albrecht-Meyer
    Personalreferentin
    Weserbank AG · Am Wall 141 · 28195 Bremen · Telefon +49 421 5550 2217
""")

offer(id="off_weser", slug="formal_offer_with_contract_pdf", lang="de", company="Weserbank",
      contact="k.albrecht-meyer@weserbank.example.de",
      frm=("Kerstin Albrecht-Meyer", "k.albrecht-meyer@weserbank.example.de"),
      subject="Vertragsangebot Compliance Analyst (m/w/d)", date="2026-03-12 15:30 +0100",
      parent="oth_weser_thanks",
      text=lambda get: WESER_OFFER + "\n" + wrote(
          "de", "Do., 19. Feb. 2026 um 13:02", "Ferdinand Osei-Lindqvist", ME[1]) + "\n"
      + quote(get("oth_weser_thanks")),
      cte="quoted-printable",
      pdf=[{"name": "Vertragsangebot_Osei-Lindqvist.pdf", "title": "Vertragsangebot",
            "lines": ["Weserbank AG - Arbeitsvertrag (Entwurf)",
                      "Position: Compliance Analyst", "Eintritt: 01.05.2026",
                      "Verguetung: TG 8, 13 Gehaelter"]}])

offer(id="off_taunus", slug="headhunter_client_wants_to_offer", lang="de",
      company="Taunus Kapitalbank", contact="vogt-haas@kompass-search.example.de",
      frm=("Dr. Carolin Vogt-Haas", "vogt-haas@kompass-search.example.de"),
      subject="Gute Nachrichten von der Taunus Kapitalbank", date="2026-06-09 18:02 +0200",
      parent="rs_taunus_ill",
      text=body("""
          Lieber Herr Osei-Lindqvist,

          ich habe eben mit Herrn Grünewald telefoniert: Die Taunus Kapitalbank möchte Ihnen
          ein Angebot machen! Ihr Gespräch am vergangenen Donnerstag hat ihn und Frau Roth
          überzeugt.

          Der Rahmen, den man mir genannt hat: Einstieg als Analyst Financial Crime
          Compliance, 62.000 Euro Jahresfixum plus variable Vergütung, Start zum 1. September.
          Das schriftliche Angebot schickt die Bank Anfang nächster Woche direkt an Sie.

          Lassen Sie uns morgen kurz sprechen, bevor Sie sich entscheiden – beim Umzugszuschuss
          sehe ich noch Spielraum.

          Herzliche Grüße und Glückwunsch!
          Carolin Vogt-Haas
          Kompass Executive Search · +49 69 5550 9120
      """),
      charset="windows-1252", cte="quoted-printable")

offer(id="off_treuhand", slug="verbal_offer_follow_up_after_trial_day", lang="de",
      company="Bremer Treuhand Nord", contact="u.hasselbrink@bremer-treuhand.example.de",
      frm=("Ulrike Hasselbrink", "u.hasselbrink@bremer-treuhand.example.de"),
      subject="Unser Telefonat von heute – Ihr Angebot", date="2026-07-20 17:40 +0200",
      parent="rs_treuhand_postponed",
      text=body("""
          Sehr geehrter Herr Osei-Lindqvist,

          wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gern noch einmal
          schriftlich: Wir möchten Sie als Associate im Bereich Financial Services Audit
          (Schwerpunkt Geldwäscheprüfung) einstellen.

          Vereinbart haben wir ein Jahresgehalt von 54.000 Euro, 30 Urlaubstage und die
          Übernahme der Kosten für die Zertifizierung zum CAMS im ersten Jahr. Als Starttermin
          haben wir den 1. Oktober ins Auge gefasst.

          Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post. Bis dahin freue ich
          mich über Ihre Zusage per E-Mail.

          Mit freundlichen Grüßen
          Ulrike Hasselbrink
          Partnerin | Wirtschaftsprüferin
          Bremer Treuhand Nord · Langenstraße 52 · 28195 Bremen
      """),
      html=outlook_html(mso(body("""
          Sehr geehrter Herr Osei-Lindqvist,

          wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gern noch einmal
          schriftlich: Wir möchten Sie als Associate im Bereich Financial Services Audit
          (Schwerpunkt Geldwäscheprüfung) einstellen.

          Vereinbart haben wir ein Jahresgehalt von 54.000 Euro, 30 Urlaubstage und die
          Übernahme der Kosten für die Zertifizierung zum CAMS im ersten Jahr. Als Starttermin
          haben wir den 1. Oktober ins Auge gefasst.

          Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post. Bis dahin freue ich
          mich über Ihre Zusage per E-Mail.

          Mit freundlichen Grüßen
          Ulrike Hasselbrink
          Partnerin | Wirtschaftsprüferin
          Bremer Treuhand Nord · Langenstraße 52 · 28195 Bremen
      """)), "de"),
      cte="base64")

offer(id="off_schlachte", slug="contract_sent_for_signature", lang="de",
      company="Schlachte Assekuranz", contact="f.duenow@schlachte-assekuranz.example.de",
      frm=("Personalservice Schlachte Assekuranz", "personal@schlachte-assekuranz.example.de"),
      reply_to=("Frederike Dünow", "f.duenow@schlachte-assekuranz.example.de"),
      subject="Ihr Arbeitsvertrag zur Unterschrift", subj_enc=("utf-8", "B"),
      date="2026-10-06 10:10 +0200",
      text=body("""
          Sehr geehrter Herr Osei-Lindqvist,

          herzlichen Glückwunsch noch einmal zu Ihrer Zusage! Anbei erhalten Sie Ihren
          Arbeitsvertrag als Compliance-Analyst (m/w/d) in zweifacher Ausfertigung.

          Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines bis zum
          20. Oktober 2026 im beigefügten Rückumschlag zurück – alternativ eingescannt an
          meine Adresse. Das zweite Exemplar ist für Ihre Unterlagen.

          Zum Start am 1. Januar 2027 erhalten Sie von uns noch Informationen zu Ihrem ersten
          Arbeitstag.

          Freundliche Grüße
          Frederike Dünow
          Personalservice
          Schlachte Assekuranz AG · Schlachte 21 · 28195 Bremen

          Schlachte Assekuranz AG · Sitz Bremen · AG Bremen HRB 27114
          Vorstand: Dr. Heiko Warnken, Silvia Bode
      """),
      cte="quoted-printable",
      pdf=[{"name": "Arbeitsvertrag_Osei-Lindqvist.pdf", "title": "Arbeitsvertrag",
            "lines": ["Zwischen der Schlachte Assekuranz AG und Herrn Ferdinand Osei-Lindqvist",
                      "wird folgender Arbeitsvertrag geschlossen:",
                      "Paragraph 1 Taetigkeit: Compliance-Analyst",
                      "Paragraph 2 Beginn: 01.01.2027"]}])

offer(id="off_seefeld", slug="zurich_offer_letter_chf", lang="de", company="Seefeld Treuhand",
      contact="nadia.frei@seefeld-treuhand.example.ch",
      frm=("Nadia Frei", "nadia.frei@seefeld-treuhand.example.ch"),
      subject="Stellenangebot Compliance Specialist", date="2026-10-14 16:25 +0200",
      parent="ack_seefeld",
      text=body("""
          Lieber Ferdinand

          Es freut mich sehr, dir im Namen der Geschäftsleitung die Stelle als Compliance
          Specialist bei Seefeld Treuhand anzubieten. Das Team war nach dem zweiten Gespräch
          einstimmig begeistert.

          Wir bieten dir ein Jahresgehalt von CHF 92'000 (13 Monatslöhne), 25 Ferientage und
          einen Beitrag an deine Weiterbildung zum Compliance Officer. Stellenantritt wäre
          idealerweise der 1. Februar 2027.

          Das Angebotsschreiben liegt als PDF bei. Gib mir bitte bis am 28. Oktober Bescheid,
          ob du annimmst.

          Herzliche Grüsse
          Nadia Frei
          Leiterin Personal
          Seefeld Treuhand AG · Seefeldstrasse 123 · 8008 Zürich
      """),
      charset="windows-1252", cte="base64",
      pdf=[{"name": "Angebotsschreiben_Seefeld.pdf", "title": "Angebotsschreiben",
            "lines": ["Funktion: Compliance Specialist", "Jahresgehalt: CHF 92'000",
                      "Stellenantritt: 1. Februar 2027"]}])

KEIZERS_OFFER = body("""
    Dear Ferdinand,

    On behalf of Keizersgracht Payments, I'm delighted to offer you the position of
    Compliance Analyst (KYC & Onboarding), reporting to Maarten Jansen, Head of Onboarding.

    The key terms:
    - Start date: 1 June 2026
    - Gross annual salary: EUR 58,000, plus 8% holiday allowance
    - Relocation package: EUR 5,000 and two months of temporary housing
    - Hybrid: three days a week in our Amsterdam office

    The full offer letter and employment agreement are attached. This offer is valid until
    15 April 2026. We're really excited about the prospect of you joining us!

    Warm regards,
    Sanne de Vries
    Talent Acquisition Lead, Keizersgracht Payments
""")

offer(id="off_keizersgracht", slug="offer_letter_relocation", lang="en",
      company="Keizersgracht Payments", contact="sanne.devries@keizersgracht-pay.example.nl",
      frm=("Sanne de Vries", "sanne.devries@keizersgracht-pay.example.nl"),
      subject="Your offer from Keizersgracht Payments", date="2026-04-01 10:00 +0200",
      parent="rse_keizersgracht", text=KEIZERS_OFFER,
      html=plain_html(paras(KEIZERS_OFFER)), cte="quoted-printable",
      pdf=[{"name": "Offer_Letter_Osei-Lindqvist.pdf", "title": "Offer of Employment",
            "lines": ["Position: Compliance Analyst (KYC & Onboarding)",
                      "Salary: EUR 58,000 gross per year", "Start date: 1 June 2026"]}])

offer(id="off_herengracht", slug="agency_client_wants_offer", lang="en",
      company="Herengracht Bank", contact="priya.raman@canaltalent.example.nl",
      frm=("Priya Raman", "priya.raman@canaltalent.example.nl"),
      subject="Herengracht Bank - they want to make you an offer!", date="2026-05-15 13:27 +0200",
      parent="rse_herengracht",
      text=body("""
          Hi Ferdinand,

          Great news: Herengracht Bank want to make you an offer for the Transaction Monitoring
          Analyst role! Pieter was impressed by how you walked him through the structuring case.

          They're thinking EUR 55,000 plus holiday allowance, with a start in August. Before
          they put it in writing, could we have a quick call today or tomorrow so I can pass
          back your expectations on salary and relocation support?

          Congratulations - well deserved.
          Priya

          Priya Raman | Canal Talent Partners | +31 20 555 0173
      """))

PETRUSSE_OFFER = body("""
    Monsieur Osei-Lindqvist,

    Nous avons le plaisir de vous confirmer notre proposition d'embauche au poste d'Analyste
    Conformité KYC au sein de la Banque Pétrusse, dans le cadre d'un contrat à durée
    indéterminée.

    Votre rémunération annuelle brute s'élèvera à 61 000 euros, versée en 13 mensualités,
    assortie des avantages prévus par la convention collective du secteur bancaire. La date
    d'entrée en fonction envisagée est le 1er juin 2026.

    Vous trouverez ci-joint la promesse d'embauche. Nous vous serions reconnaissants de nous
    la retourner signée avant le 10 avril 2026.

    Dans l'attente de vous accueillir, nous vous prions d'agréer, Monsieur, nos salutations
    distinguées.

    Claire Hoffmann
    Chargée de recrutement
    Banque Pétrusse S.A. · 7, boulevard Royal · L-2449 Luxembourg
""")

offer(id="off_petrusse", slug="promesse_embauche_pdf", lang="fr", company="Banque Pétrusse",
      contact="claire.hoffmann@banquepetrusse.example.lu",
      frm=("Claire Hoffmann", "claire.hoffmann@banquepetrusse.example.lu"),
      subject="Proposition d'embauche : Analyste Conformité KYC", subj_enc=("iso-8859-1", "B"),
      date="2026-03-30 11:45 +0200", parent="rsf_petrusse_cancel", text=PETRUSSE_OFFER,
      html=outlook_html(mso(PETRUSSE_OFFER), "fr"), cte="quoted-printable",
      pdf=[{"name": "Promesse_embauche.pdf", "title": "Promesse d'embauche",
            "lines": ["Poste : Analyste Conformite KYC", "Contrat : CDI",
                      "Remuneration : 61 000 EUR bruts annuels"]}])

offer(id="off_batignolles", slug="suite_appel_proposition_confirmee", lang="fr",
      company="Batignolles Mutuelle", contact="v.lemaire@batignolles-mutuelle.example.fr",
      frm=("Véronique Lemaire", "v.lemaire@batignolles-mutuelle.example.fr"),
      subject="Suite à notre appel de ce matin", date="2026-10-08 12:05 +0200",
      text=body("""
          Bonjour Ferdinand,

          Comme je vous l'ai annoncé ce matin par téléphone, nous serions ravis de vous
          accueillir au sein de l'équipe Conformité de Batignolles Mutuelle en tant que
          chargé de conformité LCB-FT.

          Pour récapituler : 46 000 euros bruts annuels, télétravail deux jours par semaine,
          prise de poste souhaitée début janvier. Le service RH vous adressera le contrat dans
          la semaine ; d'ici là, n'hésitez pas à m'appeler si vous avez la moindre question.

          Au plaisir de travailler ensemble,
          Véronique Lemaire
          Directrice Conformité
          Batignolles Mutuelle · 80 boulevard des Batignolles, 75017 Paris
      """),
      charset="windows-1252", cte="8bit")

RETIRO_OFFER = body("""
    Estimado Ferdinand:

    Tras la jornada de evaluación y la entrevista con Carmen Vidal, nos complace ofrecerte el
    puesto de Analista de Cumplimiento en Seguros Retiro.

    Condiciones principales:
    - Contrato indefinido, incorporación el 1 de septiembre de 2026
    - Salario bruto anual: 42.000 euros en 14 pagas
    - Modalidad híbrida (tres días en oficina)
    - Ayuda de reubicación de 3.000 euros

    Adjuntamos la carta oferta con el detalle. Te agradeceríamos una respuesta antes del 24
    de julio.

    Un cordial saludo,
    Javier Morales
    Departamento de Personas
    Seguros Retiro, S.A.
""")

offer(id="off_retiro", slug="carta_oferta_pdf", lang="es", company="Seguros Retiro",
      contact="jmorales@segurosretiro.example.es",
      frm=("Javier Morales", "jmorales@segurosretiro.example.es"),
      subject="Carta oferta – Analista de Cumplimiento", date="2026-07-10 13:50 +0200",
      parent="rss_retiro", text=RETIRO_OFFER, cte="quoted-printable",
      pdf=[{"name": "Carta_oferta_Seguros_Retiro.pdf", "title": "Carta oferta",
            "lines": ["Puesto: Analista de Cumplimiento", "Salario: 42.000 EUR brutos anuales",
                      "Incorporacion: 01/09/2026"]}])
