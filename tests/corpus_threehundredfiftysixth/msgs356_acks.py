"""Corpus 356: application acknowledgements and the offers outside the two long threads."""

from __future__ import annotations

from msgs356_common import Spec, html_shell, msg, sig

ACK = "application_received"
OFFER = "offer"

CPA_ACK = """Bonjour Madame,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de Gestionnaire
sinistres habitation basé à Pau, et nous vous en remercions.

Votre candidature est en cours d'examen. Nous reviendrons vers vous d'ici la fin du mois.

Cordialement,
""" + sig("Mathilde Larrieu", "Chargée de développement RH",
          "Crédit Pyrénéen Assurances", "3 place Clemenceau - 64000 Pau")

HM_ACK = """Madame, Monsieur,

Votre candidature a bien été enregistrée par Hérault Mutuelle. Nous vous remercions de votre
intérêt pour notre groupe.

En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en
mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu, notre
service RH prendra contact avec vous sous quatre semaines.

Hérault Mutuelle - Service Ressources Humaines

Merci de ne pas répondre à ce message automatique.
"""

GAM_ACK = """Bonjour Yasmine,

Merci d'avoir postulé chez Gironde Assurances Mutuelles !

Nous confirmons la réception de votre candidature pour le poste suivant :
Gestionnaire Sinistres Automobile - Bordeaux Lac (R-04417)

Vous pouvez à tout moment consulter le statut de votre candidature en vous connectant à votre
compte candidat.

Cordialement,
L'équipe Recrutement de Gironde Assurances Mutuelles
"""

APA_ACK = """Bonjour Yasmine,

Merci d'avoir postulé au poste de Gestionnaire sinistres - francophone chez Assurances
Pyrénées Andorre. Votre candidature a bien été transmise à l'équipe de recrutement.

Nous étudions chaque dossier avec attention et reviendrons vers vous dès que possible.

Assurances Pyrénées Andorre
"""

AUTOLOC_ACK = """Bonjour Yasmine,

Nous avons bien reçu votre candidature pour le poste de Chargée de gestion des dommages
véhicules (Bordeaux-Mérignac). Merci !

Notre équipe RH revient vers vous rapidement.

L'équipe AutoLoc Atlantique
"""

OCBA_ACK = """Madame,

Nous accusons réception de votre candidature au poste de Conseillère indemnisation
prévoyance (réf. OCBA-IND-26-07).

Elle sera examinée avec la plus grande attention par nos équipes.

La Direction des Ressources Humaines
Oc Banque Assurances
"""

PREVAQ_ACK = """Bonjour Yasmine,

Merci pour votre candidature au poste de Gestionnaire indemnisation prévoyance à Bordeaux !

Votre dossier est bien arrivé. Nous l'étudions et vous recontacterons sous trois semaines au
plus tard, quelle que soit la réponse.

L'équipe Recrutement - Prévoyance Aquitaine
"""

LESTRADE_ACK = """Bonjour Yasmine,

Merci pour l'envoi de votre candidature en réponse à notre annonce « Gestionnaire sinistres
junior H/F - Bordeaux Métropole ». Je l'ai bien reçue.

Pour des raisons de confidentialité, je ne peux pas encore vous communiquer le nom de notre
client. J'analyse votre dossier cette semaine et vous recontacte si votre profil correspond.

Belle journée,
Pauline Lestrade
Consultante associée - Cabinet Lestrade Conseil
"""

BW_ACK = """Dear Yasmine,

Thank you for your application for the role of Assistance Coordinator - French Desk
(Req 8812) at Brightwater Assistance.

This email confirms that we have received your application. Our Talent Acquisition team will
review it and contact you if your skills and experience match the requirements of the role.

Kind regards,
Brightwater Assistance Talent Acquisition

Please do not reply to this email; this mailbox is not monitored.
"""

NG_ACK = """Hi Yasmine,

Thanks for applying for the Claims Technician position at Northgate Re. We've received your
application and our team will take a look.

Northgate Re
"""

KESTREL_ACK = """Hi Yasmine,

Thank you for your interest in Kestrel Car Hire! This is to confirm we've received your
application for Damage Recovery Coordinator (Heathrow).

We review every application and will be in touch within 10 working days.

Kestrel Car Hire People Team
"""

ISAR_ACK = """Sehr geehrte Frau Belkacem-Hartley,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Leistung Kfz (m/w/d) bei der Isarwerk
Versicherung. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung nun sorgfältig prüfen und uns zeitnah bei Ihnen melden. Den aktuellen
Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Isarwerk Versicherung
"""

ALPINA_ACK = """Hallo Yasmine,

danke für Deine Bewerbung bei Alpina Schadenservice! Wir haben Deine Unterlagen erhalten und
schauen sie uns in Ruhe an.

Du hörst in den nächsten zwei Wochen von uns.

Viele Grüße
Dein People-Team
"""

MIETFIX_ACK = """Sehr geehrte Frau Belkacem-Hartley,

hiermit bestätige ich Ihnen den Eingang Ihrer Bewerbungsunterlagen für die Position
Mitarbeiterin Schadenmanagement Fahrzeugflotte.

Wir sichten derzeit alle Bewerbungen und kommen in den nächsten Wochen auf Sie zu.

Mit freundlichen Grüßen
Andrea Pichler
Personalreferentin, MietFix Autovermietung
"""

LAY_ACK = """Hola Yasmine:

Te confirmamos que hemos recibido tu candidatura para el puesto de Tramitadora de Siniestros
Multirriesgo con francés. Muchas gracias por tu interés en Mutua Layetana.

Nuestro equipo de Personas la revisará en los próximos días.

Un saludo,
Equipo de Personas - Mutua Layetana
"""

SIN_ACK = """Hola Yasmine,

¡Gracias por aplicar al puesto de Tramitador/a de Siniestros Hogar en Sinestra Gestión!

Hemos recibido tu candidatura correctamente. Debido al gran volumen de solicitudes, no podemos
responder a cada persona de forma individual, pero revisaremos tu perfil con atención.

Equipo de Selección de Sinestra Gestión
"""

BW_OFFER = """Dear Yasmine,

Further to your interview with Clara and me, I am delighted to offer you the position of
Assistance Coordinator - French Desk at Brightwater Assistance, based at our Croydon operations
centre.

Please find attached your offer letter, which sets out the main terms: a starting salary of
GBP 29,500 per annum, 25 days' holiday plus bank holidays, and a start date of 1 September 2026,
subject to right-to-work checks and references.

If you are happy to accept, please sign and return the letter by Friday 10 July. Do call me if
you would like to talk anything through.

Warm regards,
Gregory Nwosu
Talent Acquisition Partner
Brightwater Assistance | 20 Wellesley Road, Croydon CR0 2AD | +44 20 8000 3312
"""

BW_VERBAL = """Hi Yasmine,

Lovely to speak to you just now - as promised, a quick note to confirm what I said on the
phone: Clara and the team would love you to join the French Desk, and we are making you a
formal offer for the Assistance Coordinator role.

The written offer letter with all the details will follow from our HR system by the end of the
week.

Congratulations!
Gregory
"""

ISAR_OFFER = """Sehr geehrte Frau Belkacem-Hartley,

wir freuen uns sehr, Ihnen nach dem Assessment-Center mitteilen zu können, dass wir Ihnen die
Position als Sachbearbeiterin Leistung Kfz (m/w/d) anbieten möchten.

Anbei erhalten Sie unser Vertragsangebot mit den besprochenen Konditionen (Bruttojahresgehalt
44.500 EUR nach Tarifvertrag, 30 Tage Urlaub, Eintritt zum 1. Oktober 2026). Bitte senden Sie
uns ein unterschriebenes Exemplar bis zum 24. Juli zurück.

Bei Fragen zum Umzug nach München unterstützt Sie unser Relocation-Service gerne.

Mit freundlichen Grüßen
Katharina Huber
Recruiting | Isarwerk Versicherung
Prinzregentenstraße 88, 81675 München
"""

LAY_OFFER = """Hola Yasmine:

Nos alegra mucho comunicarte que, tras las entrevistas con Albert y conmigo, queremos ofrecerte
el puesto de Tramitadora de Siniestros Multirriesgo con francés en Mutua Layetana.

Las condiciones son las que comentamos: contrato indefinido, salario bruto anual de 25.800 euros
en 14 pagas, jornada intensiva en verano y teletrabajo dos días a la semana. La incorporación
sería el 1 de septiembre.

Te adjunto la carta de oferta. ¿Nos puedes confirmar tu decisión antes del 7 de agosto?

¡Enhorabuena!
Roser Bosch
Técnica de Personas | Mutua Layetana
"""

LAY_CONTRACT = """Hola Yasmine:

Gracias por aceptar nuestra oferta, ¡qué alegría!

Te enviamos adjunto el contrato de trabajo para que lo revises y lo firmes. Puedes devolvérnoslo
firmado por correo electrónico antes del 20 de agosto; el original lo firmaremos el primer día.

Un abrazo y bienvenida a Mutua Layetana,
Roser
"""

GREG = ("Gregory Nwosu", "gregory.nwosu@brightwater-assistance.example.co.uk")
HUBER = ("Katharina Huber", "katharina.huber@isarwerk.example.de")
ROSER = ("Roser Bosch", "roser.bosch@mutualayetana.example.es")
LARRIEU = ("Mathilde Larrieu", "mathilde.larrieu@credit-pyreneen-assurances.example.fr")

MESSAGES: list[Spec] = [
    msg("cpa_ack", ACK, "fr", LARRIEU, "Votre candidature - Gestionnaire sinistres habitation",
        "2026-01-19 14:47 +0100", CPA_ACK, company="Crédit Pyrénéen Assurances",
        contact=LARRIEU[1], charset="windows-1252", cte="quoted-printable"),
    msg("hm_ack", ACK, "fr", ("Hérault Mutuelle", "ne-pas-repondre@herault-mutuelle.example.fr"),
        "Confirmation d'enregistrement de votre candidature", "2026-01-09 23:14 +0100", HM_ACK,
        company="Hérault Mutuelle", name_enc="q:iso-8859-1", charset="iso-8859-1",
        cte="8bit", headers={"Auto-Submitted": "auto-generated"}),
    msg("gam_ack", ACK, "fr", ("Gironde Assurances Mutuelles", "gam@myworkday.com"),
        "Confirmation de candidature : Gestionnaire Sinistres Automobile - Bordeaux Lac",
        "2026-02-16 19:31 +0000", None, company="Gironde Assurances Mutuelles",
        html=html_shell(GAM_ACK, "Gironde Assurances Mutuelles", "#00529b")),
    msg("apa_ack", ACK, "fr", ("Assurances Pyrénées Andorre", "noreply@workablemail.com"),
        "Merci pour votre candidature - Gestionnaire sinistres (francophone)",
        "2026-06-19 08:02 +0000", APA_ACK, company="Assurances Pyrénées Andorre",
        html=html_shell(APA_ACK, "Assurances Pyrénées Andorre", "#2d3e50")),
    msg("autoloc_ack", ACK, "fr", ("AutoLoc Atlantique", "notifications@recruitee.com"),
        "Candidature reçue - Chargée de gestion des dommages véhicules",
        "2026-03-30 13:25 +0000", AUTOLOC_ACK, company="AutoLoc Atlantique",
        subj_enc="b:utf-8"),
    msg("ocba_ack", ACK, "fr", ("Oc Banque Assurances", "recrutement@oc-banque-assurances.example.fr"),
        "Accusé de réception - réf. OCBA-IND-26-07", "2026-04-23 10:00 +0200", OCBA_ACK,
        company="Oc Banque Assurances", charset="iso-8859-1", cte="quoted-printable"),
    msg("prevaq_ack", ACK, "fr", ("Prévoyance Aquitaine", "no-reply@smartrecruiters.com"),
        "Nous avons bien reçu votre candidature", "2026-07-30 09:50 +0000", None,
        company="Prévoyance Aquitaine",
        html=html_shell(PREVAQ_ACK, "Prévoyance Aquitaine", "#5b2c83",
                        "Vous recevez cet e-mail suite à votre candidature via SmartRecruiters.")),
    msg("lestrade_ack", ACK, "fr",
        ("Pauline Lestrade", "pauline.lestrade@cabinet-lestrade.example.fr"),
        "Re: Candidature - Gestionnaire sinistres junior H/F - Bordeaux Métropole",
        "2026-02-23 08:41 +0100", LESTRADE_ACK, company="Cabinet Lestrade Conseil",
        contact="pauline.lestrade@cabinet-lestrade.example.fr", parent="o_own_lestrade",
        quote="fr"),
    msg("bw_ack", ACK, "en", ("Brightwater Assistance Careers", "careers-noreply@icims.com"),
        "Application received: Assistance Coordinator - French Desk (Req 8812)",
        "2026-05-29 16:03 +0000", BW_ACK, company="Brightwater Assistance",
        html=html_shell(BW_ACK, "Brightwater Assistance", "#003b5c")),
    msg("ng_ack", ACK, "en", ("Northgate Re", "no-reply@hire.lever.co"),
        "Thanks for applying to Northgate Re", "2026-01-26 11:20 +0000", NG_ACK,
        company="Northgate Re"),
    msg("kestrel_ack", ACK, "en", ("Kestrel Car Hire", "notifications@app.bamboohr.com"),
        "Application received - Damage Recovery Coordinator", "2026-08-03 07:44 +0000",
        KESTREL_ACK, company="Kestrel Car Hire"),
    msg("isar_ack", ACK, "de", ("Isarwerk Versicherung", "no-reply@softgarden.io"),
        "Eingangsbestätigung: Sachbearbeiterin Leistung Kfz (m/w/d)", "2026-05-25 10:02 +0000",
        ISAR_ACK, company="Isarwerk Versicherung", subj_enc="q:iso-8859-1",
        html=html_shell(ISAR_ACK, "Isarwerk Versicherung", "#0a5c8c")),
    msg("alpina_ack", ACK, "de", ("Alpina Schadenservice", "no-reply@personio.de"),
        "Danke für Deine Bewerbung!", "2026-04-08 12:17 +0000", ALPINA_ACK,
        company="Alpina Schadenservice"),
    msg("mietfix_ack", ACK, "de", ("Andrea Pichler", "andrea.pichler@mietfix.example.de"),
        "Eingangsbestätigung Ihrer Bewerbung", "2026-04-27 15:02 +0200", MIETFIX_ACK,
        company="MietFix Autovermietung", contact="andrea.pichler@mietfix.example.de",
        subj_enc="b:utf-8", charset="iso-8859-1", cte="base64"),
    msg("lay_ack", ACK, "es", ("Mutua Layetana", "personas@mutualayetana.example.es"),
        "Hemos recibido tu candidatura", "2026-06-30 09:00 +0200", LAY_ACK,
        company="Mutua Layetana", headers={"Auto-Submitted": "auto-generated"},
        charset="iso-8859-1", cte="quoted-printable"),
    msg("sin_ack", ACK, "es", ("Sinestra Gestión", "noreply@workablemail.com"),
        "Gracias por tu candidatura - Tramitador/a de Siniestros Hogar",
        "2026-02-27 15:34 +0000", None, company="Sinestra Gestión",
        html=html_shell(SIN_ACK, "Sinestra Gestión", "#1b5e20")),
    msg("bw_verbal", OFFER, "en", GREG, "Great news!", "2026-06-24 17:05 +0100", BW_VERBAL,
        company="Brightwater Assistance", contact=GREG[1]),
    msg("bw_offer", OFFER, "en", GREG,
        "Offer of employment - Assistance Coordinator, French Desk", "2026-06-26 11:40 +0100",
        BW_OFFER, company="Brightwater Assistance", contact=GREG[1],
        html=html_shell(BW_OFFER, "Brightwater Assistance", "#003b5c"),
        attach=[("Brightwater_Offer_Letter_YBH.pdf", [
            "Brightwater Assistance", "20 Wellesley Road, Croydon CR0 2AD", "",
            "26 June 2026", "Dear Ms Belkacem-Hartley,",
            "We are pleased to offer you the position of Assistance Coordinator - French Desk.",
            "Salary: GBP 29,500 per annum. Start date: 1 September 2026.",
            "This offer is subject to right-to-work checks and satisfactory references.",
            "Signed: ______________________   Date: __________"])]),
    msg("isar_offer", OFFER, "de", HUBER, "Ihr Vertragsangebot - Isarwerk Versicherung",
        "2026-07-10 13:15 +0200", ISAR_OFFER, company="Isarwerk Versicherung",
        contact=HUBER[1], charset="iso-8859-1", cte="quoted-printable",
        attach=[("Vertragsangebot_Belkacem-Hartley.pdf", [
            "Isarwerk Versicherung - Personalabteilung", "München, 10. Juli 2026",
            "Vertragsangebot: Sachbearbeiterin Leistung Kfz (m/w/d)",
            "Bruttojahresgehalt: 44.500 EUR", "Eintrittsdatum: 1. Oktober 2026",
            "Bitte unterschrieben zurücksenden bis 24. Juli 2026."])]),
    msg("lay_offer", OFFER, "es", ROSER, "Oferta de empleo - Mutua Layetana",
        "2026-07-28 12:50 +0200", LAY_OFFER, company="Mutua Layetana", contact=ROSER[1],
        attach=[("Carta_oferta_Belkacem-Hartley.pdf", [
            "Mutua Layetana - Via Laietana 54, Barcelona",
            "Carta de oferta - Tramitadora de Siniestros Multirriesgo",
            "Contrato indefinido. Salario bruto anual: 25.800 euros (14 pagas).",
            "Incorporación: 1 de septiembre de 2026."])]),
    msg("lay_contract", OFFER, "es", ROSER, "Contrato para firma - bienvenida",
        "2026-08-06 10:22 +0200", LAY_CONTRACT, company="Mutua Layetana", contact=ROSER[1],
        cte="base64", subj_enc="q:utf-8",
        attach=[("Contrato_Belkacem-Hartley.pdf", [
            "CONTRATO DE TRABAJO INDEFINIDO",
            "Empresa: Mutua Layetana. Trabajadora: Yasmine Belkacem-Hartley.",
            "Puesto: Tramitadora de Siniestros Multirriesgo.",
            "Fecha de inicio: 1 de septiembre de 2026."])]),
]
