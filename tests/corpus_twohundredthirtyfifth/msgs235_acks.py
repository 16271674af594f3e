"""Corpus 235, hand-written application acknowledgements (21) and offers (10)."""

from msgs235_common import (
    ME, ats_card, le_a_ecrit, mso, on_wrote, outlook_html, paras,
    pdf, plain_html,
)

ACK = "application_received"
OFF = "offer"

MESSAGES = []

# =========================================================================== received
# --------------------------------------------------------------------------- French

MESSAGES.append(dict(
    kind=ACK, name="calvin_team_mailbox", lang="fr", company="Calvin Durabilité Conseil",
    contact="recrutement@calvin-conseil.example.ch", mid="calvin-ack",
    frm=("Calvin Durabilité Conseil – Recrutement", "recrutement@calvin-conseil.example.ch"),
    frm_enc=("utf-8", "b"),
    subject="Accusé de réception – Analyste reporting durabilité (CSRD)",
    subj_enc=("utf-8", "q"), date="2026-01-14 10:05 +0100", cte="quoted-printable",
    text="""Madame,

Nous accusons bonne réception de votre dossier pour le poste d'analyste reporting durabilité (CSRD) et vous remercions de l'intérêt porté à notre cabinet.

Notre équipe l'étudiera avec attention. Nous reviendrons vers vous dans un délai d'environ trois semaines.

Avec nos meilleures salutations,

L'équipe Talent & Culture
Calvin Durabilité Conseil
Rue de la Corraterie 14, 1204 Genève""",
))

MESSAGES.append(dict(
    kind=ACK, name="rhone_emploi_registration", lang="fr", company="Rhône Emploi",
    contact="maelle.chappuis@rhone-emploi.example.ch", mid="rhone-reg",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Bienvenue chez Rhône Emploi – votre inscription", subj_enc=("utf-8", "q"),
    date="2026-01-08 14:44 +0100", cte="quoted-printable",
    text="""Bonjour Madame Wasserfall-Mbatha,

Merci pour notre rencontre de ce matin. Votre inscription chez Rhône Emploi est désormais confirmée : nous avons bien reçu votre CV, vos certificats de travail et la copie de votre diplôme fédéral d'employée de banque.

Je suis votre consultante de référence. Je vous présenterai uniquement avec votre accord préalable, poste par poste.

Pour compléter votre dossier, il ne me manque que votre attestation de formation continue (CAS en cours).

Belle journée,

Maëlle Chappuis
Consultante senior – Finance & Assurance
Rhône Emploi
Rue du Petit-Chêne 18, 1003 Lausanne
+41 21 310 44 72""",
))

MESSAGES.append(dict(
    kind=ACK, name="credit_rhodanien_taleo_cannot_reply_individually", lang="fr",
    company="Crédit Rhodanien", contact="", mid="rhod-ack",
    frm=("Crédit Rhodanien - Recrutement", "noreply@taleo.net"), frm_enc=("iso-8859-1", "b"),
    subject="Confirmation de votre candidature - Chargé(e) de reporting RSE",
    date="2026-03-03 06:47 +0000", charset="iso-8859-1", cte="8bit",
    text="""Madame Wasserfall-Mbatha,

Nous vous confirmons la bonne réception de votre candidature au poste de Chargé(e) de reporting RSE (réf. 26000417) et vous en remercions.

Votre dossier va être examiné par nos équipes. Compte tenu du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat avant la fin de l'étape de présélection.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace personnel.

Le Service Recrutement
Crédit Rhodanien

Merci de ne pas répondre à ce message généré automatiquement.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=ACK, name="lemarchand_smartrecruiters_html_only", lang="fr",
    company="Horlogerie Lemarchand", contact="", mid="lem-ack",
    frm=("Horlogerie Lemarchand", "noreply@smartrecruiters.com"),
    subject="Merci pour votre candidature chez Horlogerie Lemarchand",
    date="2026-02-16 18:22 +0000",
    html=ats_card("Horlogerie Lemarchand", "#0b2d4f", paras("""Bonjour Elodie,

Nous avons bien reçu votre candidature pour le poste d'Analyste reporting ESG (H/F/D) à Bienne.

Nos recruteurs examinent chaque dossier avec attention. Si votre profil correspond à nos besoins, nous vous contacterons pour la suite du processus.

Merci de votre confiance,
L'équipe Talent Acquisition"""), button=("Voir ma candidature",
        "https://jobs.smartrecruiters.com/candidate/lemarchand/a81f"),
        footer="Horlogerie Lemarchand, Rue de la Gare 40, 2502 Bienne", lang="fr"),
    html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

_canut_ack = """Bonjour Elodie,

Merci d'avoir postulé au poste de Consultante Finance durable chez Canut Impact !

Votre candidature est bien arrivée et Hugo, qui pilote le recrutement, la lira personnellement dans les prochains jours. On vous répond dans tous les cas, promis.

L'équipe Canut Impact
Lyon · 8 place Sathonay"""

MESSAGES.append(dict(
    kind=ACK, name="canut_impact_lever", lang="fr", company="Canut Impact", contact="",
    mid="canut-ack",
    frm=("Canut Impact", "no-reply@hire.lever.co"),
    subject="Canut Impact a bien reçu votre candidature", subj_enc=("utf-8", "b"),
    date="2026-04-02 20:15 +0000", text=_canut_ack, cte="quoted-printable",
    html=plain_html(paras(_canut_ack), "Candidature reçue", "fr"),
))

MESSAGES.append(dict(
    kind=ACK, name="interim_fourviere_registration", lang="fr",
    company="Intérim Fourvière", contact="s.piot@fourviere-interim.example.fr",
    mid="fourv-reg",
    frm=("Sandrine Piot - Intérim Fourvière", "s.piot@fourviere-interim.example.fr"),
    frm_enc=("iso-8859-1", "b"),
    subject="Votre inscription est validée", date="2026-09-21 17:10 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Wasserfall-Mbatha,

Suite à notre entretien téléphonique, votre inscription dans notre agence de Lyon est validée. Nous avons bien reçu votre CV et votre pièce d'identité.

Votre profil est désormais visible par nos chargés d'affaires du pôle Tertiaire & Finance. Je vous proposerai des missions de reporting en Rhône-Alpes et en Haute-Savoie.

Cordialement,

Sandrine Piot
Chargée d'affaires
Intérim Fourvière, 27 quai Saint-Vincent, 69001 Lyon""",
))

_tv_ack = """Bonjour Elodie,

Merci pour ta candidature au poste de chargée de reporting d'impact ! Nous l'avons bien reçue.

Nous lisons toutes les candidatures nous-mêmes, sans filtre automatique. Cela prend un peu de temps : tu auras de nos nouvelles d'ici deux à trois semaines.

Belle journée,
L'équipe de la Fondation Terre Vive"""

MESSAGES.append(dict(
    kind=ACK, name="terre_vive_teamtailor", lang="fr", company="Fondation Terre Vive",
    contact="", mid="tv-ack",
    frm=("Fondation Terre Vive", "noreply@teamtailor-mail.com"),
    subject="Nous avons bien reçu ta candidature", subj_enc=("utf-8", "q"),
    date="2026-05-20 12:01 +0000", text=_tv_ack, cte="quoted-printable",
    html=ats_card("Fondation Terre Vive", "#3f7d3a", paras(_tv_ack), lang="fr",
                  footer="Envoyé avec Teamtailor · Ne pas répondre"),
    html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

_ps_ack = """Madame,

Nous vous remercions pour votre candidature au poste d'Analyste reporting extra-financier (réf. R-10472). Elle a bien été enregistrée.

Nos équipes RH l'analysent et reviendront vers vous si votre profil correspond à nos attentes.

Prévoyance Saône – Ressources humaines"""

MESSAGES.append(dict(
    kind=ACK, name="prevoyance_saone_workday", lang="fr", company="Prévoyance Saône",
    contact="", mid="ps-ack",
    frm=("Prévoyance Saône", "prevoyancesaone@myworkday.com"), frm_enc=("iso-8859-1", "q"),
    subject="Candidature reçue : R-10472", date="2026-04-09 21:33 +0000",
    text=_ps_ack, cte="quoted-printable",
    html=ats_card("Prévoyance Saône", "#5a2a82", paras(_ps_ack), lang="fr",
                  footer="Powered by Workday"),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=ACK, name="vireo_talent_cv_received", lang="fr", company="Vireo Talent",
    contact="karim@vireo-talent.example.ch", mid="vireo-cv", parent="vireo-cold",
    frm=("Karim Benslimane | Vireo Talent", "karim@vireo-talent.example.ch"),
    subject="Re: Approche confidentielle – reporting durabilité", subj_enc=("utf-8", "q"),
    date="2026-07-03 08:40 +0200", cte="quoted-printable",
    text=f"""Chère Elodie,

Bien reçu votre CV ainsi que vos certificats de travail, merci pour la rapidité.

Je les relis ce week-end et je reviens vers vous en début de semaine prochaine avec mes questions.

Bien à vous,
Karim

{le_a_ecrit("jeu. 2 juil. 2026 à 21:15", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
> Bonjour Monsieur Benslimane,
>
> Merci pour votre approche. Vous trouverez ci-joint mon CV et mes certificats.
>
> Meilleures salutations,
> Elodie""",
))

_rivaz_ack = """Madame,

Nous accusons réception de votre candidature au poste d’analyste durabilité (réf. RIV-2026-031) et vous remercions de l’intérêt que vous portez à la Banque Privée Rivaz.

Votre dossier sera examiné avec la plus grande attention. Nous nous permettrons de vous contacter si votre profil correspond à nos besoins.

Veuillez agréer, Madame, nos salutations distinguées.

Service Recrutement
Banque Privée Rivaz | Quai de l’Île 7 | 1204 Genève

Ce message est confidentiel et peut être couvert par le secret bancaire."""

MESSAGES.append(dict(
    kind=ACK, name="banque_rivaz_outlook", lang="fr", company="Banque Privée Rivaz",
    contact="recrutement@rivaz.example.ch", mid="rivaz-ack",
    frm=("Recrutement Banque Privée Rivaz", "recrutement@rivaz.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Votre candidature RIV-2026-031", date="2026-04-28 16:18 +0200",
    charset="windows-1252", cte="quoted-printable", text=_rivaz_ack,
    html=outlook_html(mso(_rivaz_ack), charset="windows-1252"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

# --------------------------------------------------------------------------- English

_circle_ack = """Hi Elodie,

Thanks for applying to Circle Metrics! We've received your application for the ESG Data & Reporting Analyst role.

Our team reviews every application carefully. If your background is a match, a member of our talent team will reach out to discuss next steps.

In the meantime, feel free to check out our engineering and impact blog.

Best,
Circle Metrics Talent Team"""

MESSAGES.append(dict(
    kind=ACK, name="circle_metrics_greenhouse", lang="en", company="Circle Metrics",
    contact="", mid="circle-ack",
    frm=("Circle Metrics", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Circle Metrics", date="2026-03-10 19:02 +0000",
    text=_circle_ack,
    html=ats_card("Circle Metrics", "#3b3fb6", paras(_circle_ack), lang="en",
                  footer="Sent via Greenhouse"),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=ACK, name="noordlicht_icims_html_only", lang="en", company="Noordlicht Assurance",
    contact="", mid="nl-ack",
    frm=("Noordlicht Assurance Careers", "noreply@icims.com"),
    subject="We've received your application (2026-0713)", date="2026-07-27 09:12 +0000",
    html=ats_card("Noordlicht Assurance", "#0f6f8f", paras("""Dear Elodie,

Thank you for applying for the Sustainability Reporting Specialist position (requisition 2026-0713) at Noordlicht Assurance.

Your application has been submitted successfully. Our recruitment team will review it, and you can follow its status in the candidate portal.

Kind regards,
Noordlicht Assurance Talent Acquisition"""), button=("Candidate portal",
        "https://careers-noordlicht.icims.com/jobs/candidate"), lang="en",
        footer="This mailbox is not monitored."),
    html_cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=ACK, name="keizersgracht_ashby_plain", lang="en", company="Keizersgracht Capital",
    contact="", mid="kg-ack",
    frm=("Keizersgracht Capital", "no-reply@ashbyhq.com"),
    subject="Application received: Sustainable Finance Analyst",
    date="2026-04-27 14:30 +0000",
    text="""Hi Elodie,

Thank you for your interest in the Sustainable Finance Analyst role at Keizersgracht Capital. This email confirms that we have received your application.

We aim to review all applications within two weeks.

Keizersgracht Capital Recruiting

Powered by Ashby""",
))

MESSAGES.append(dict(
    kind=ACK, name="open_canal_cannot_respond_individually", lang="en",
    company="Open Canal Foundation", contact="", mid="oc-ack",
    frm=("Open Canal Foundation", "noreply@bamboohr.com"),
    subject="Thanks for applying: Impact Reporting Officer", date="2026-06-15 08:44 +0000",
    text="""Hi Elodie,

Thank you for applying for the Impact Reporting Officer position at Open Canal Foundation. We have received your application and will review it in the coming weeks.

Due to the high volume of applications, we are unfortunately unable to respond to every applicant individually at this stage. If your profile fits what we're looking for, we will contact you to arrange a conversation.

Kind regards,
Open Canal Foundation

--
This email was sent by BambooHR on behalf of Open Canal Foundation.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=ACK, name="amstel_staffing_registration", lang="en", company="Amstel Staffing",
    contact="yara.mensah@amstelstaffing.example.nl", mid="amstel-reg",
    frm=("Yara Mensah", "yara.mensah@amstelstaffing.example.nl"),
    reply_to=("Yara Mensah", "yara.mensah@amstelstaffing.example.nl"),
    subject="Welcome to Amstel Staffing – registration complete", subj_enc=("utf-8", "q"),
    date="2026-06-02 16:25 +0200",
    text="""Hi Elodie,

Thanks for the call this afternoon. You're now registered with Amstel Staffing, and I've received your CV and the copy of your work permit application.

I'll only send your profile to a client after checking with you first. For roles in Amsterdam, English is fine for all of them; Dutch is a plus but not required.

Speak soon,
Yara

Yara Mensah | Senior Consultant, Finance & Risk
Amstel Staffing | Weesperstraat 61, 1018 VN Amsterdam | +31 20 261 8844""",
))

# --------------------------------------------------------------------------- German

_limmat_ack = """Sehr geehrte Frau Wasserfall-Mbatha

Vielen Dank für Ihre Bewerbung als Analystin Nachhaltigkeitsreporting (JR-26-0192). Wir bestätigen den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Den Status Ihrer Bewerbung können Sie jederzeit in unserem Kandidatenportal einsehen.

Freundliche Grüsse
Limmatbank Talent Acquisition

Dies ist eine automatisch generierte Nachricht."""

MESSAGES.append(dict(
    kind=ACK, name="limmatbank_workday", lang="de", company="Limmatbank", contact="",
    mid="limmat-ack",
    frm=("Limmatbank", "limmatbank@myworkday.com"),
    subject="Eingangsbestätigung Ihrer Bewerbung JR-26-0192", subj_enc=("utf-8", "q"),
    date="2026-02-09 22:04 +0000", text=_limmat_ack, cte="quoted-printable",
    html=ats_card("Limmatbank", "#00416a", paras(_limmat_ack), lang="de",
                  footer="Powered by Workday"),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=ACK, name="sihlpunkt_personio", lang="de", company="Sihlpunkt Consulting",
    contact="", mid="sihl-ack",
    frm=("Sihlpunkt Consulting", "noreply@personio.de"),
    subject="Wir haben Ihre Bewerbung erhalten", date="2026-03-25 17:19 +0000",
    cte="quoted-printable",
    text="""Guten Tag Frau Wasserfall-Mbatha

Herzlichen Dank für Ihre Bewerbung als Consultant Sustainability Reporting (80–100 %). Ihre Unterlagen sind vollständig bei uns eingegangen.

Unser Recruiting-Team meldet sich innerhalb von zehn Arbeitstagen bei Ihnen.

Freundliche Grüsse
Sihlpunkt Consulting

Diese Nachricht wurde über Personio versendet.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

_gurten_ack = """Sehr geehrte Frau Wasserfall-Mbatha

Vielen Dank für Ihre Online-Bewerbung als Spezialistin Nachhaltigkeitsreporting (60–80 %). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jeder Person einen individuellen Zwischenbescheid zu geben. Wir melden uns spätestens Ende Juli mit einer Rückmeldung.

Freundliche Grüsse
Personaldienst Gurten Versicherung"""

MESSAGES.append(dict(
    kind=ACK, name="gurten_softgarden_no_individual_reply", lang="de",
    company="Gurten Versicherung", contact="", mid="gurten-ack",
    frm=("Gurten Versicherung", "noreply@softgarden.io"),
    subject="Ihre Bewerbung bei der Gurten Versicherung", date="2026-07-16 07:55 +0000",
    text=_gurten_ack, cte="base64",
    html=ats_card("Gurten Versicherung", "#8e1b1b", paras(_gurten_ack), lang="de",
                  footer="softgarden e-recruiting"), html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

# --------------------------------------------------------------------------- Spanish

_meseta_ack = """Estimada Elodie:

Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Analista de Reporting ESG (ref. 48213).

Nuestro equipo de Selección revisará tu perfil y, si encaja con los requisitos, se pondrá en contacto contigo.

Gracias por tu interés en Banco Meseta.

Banco Meseta · Selección

Este es un mensaje automático; por favor, no respondas a este correo."""

MESSAGES.append(dict(
    kind=ACK, name="banco_meseta_successfactors", lang="es", company="Banco Meseta",
    contact="", mid="meseta-ack",
    frm=("Banco Meseta", "noreply@successfactors.eu"),
    subject="Hemos recibido tu candidatura – ref. 48213", subj_enc=("utf-8", "b"),
    date="2026-04-06 09:00 +0000", text=_meseta_ack, cte="quoted-printable",
    html=ats_card("Banco Meseta", "#b8860b", paras(_meseta_ack), lang="es",
                  footer="SAP SuccessFactors"),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=ACK, name="retiro_workable_plain", lang="es",
    company="Retiro Sostenibilidad Consultores", contact="", mid="ret-ack",
    frm=("Retiro Sostenibilidad Consultores", "retiro-sostenibilidad@workablemail.com"),
    subject="Gracias por tu candidatura", date="2026-06-16 15:37 +0000", cte="8bit",
    text="""Hola Elodie,

Gracias por presentar tu candidatura al puesto de Consultora Junior de Reporting de Sostenibilidad. La hemos recibido correctamente.

Revisaremos tu perfil en los próximos días.

Un saludo,
Retiro Sostenibilidad Consultores

Enviado con Workable""",
))

MESSAGES.append(dict(
    kind=ACK, name="talento_atocha_alta", lang="es", company="Talento Atocha",
    contact="begona.arriaga@talentoatocha.example.es", mid="atocha-reg",
    frm=("Begoña Arriaga", "begona.arriaga@talentoatocha.example.es"),
    frm_enc=("iso-8859-1", "q"),
    subject="Hemos recibido tu CV", date="2026-09-01 11:27 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Hola Elodie:

Muchas gracias por enviarnos tu CV. Ya estás dada de alta en nuestra base de candidatos de Talento Atocha para posiciones de sostenibilidad y finanzas en Madrid.

Cuando tengamos un proceso que encaje contigo, te llamaré antes de presentar tu candidatura a cualquier cliente.

Un saludo,

Begoña Arriaga
Consultora de Selección
Talento Atocha · Ronda de Atocha 22, 28012 Madrid""",
))

# =========================================================================== offers

MESSAGES.append(dict(
    kind=OFF, name="calvin_formal_offer_pdf", lang="fr", company="Calvin Durabilité Conseil",
    contact="anouk.keller@calvin-conseil.example.ch", mid="calvin-offer", parent="calvin-move",
    frm=("Anouk Keller", "anouk.keller@calvin-conseil.example.ch"),
    cc=[("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch")],
    subject="Proposition d'engagement – Analyste reporting durabilité",
    subj_enc=("utf-8", "b"), date="2026-02-19 17:02 +0100", cte="quoted-printable",
    text="""Chère Elodie,

Suite à nos entretiens, j'ai le plaisir de vous proposer de rejoindre Calvin Durabilité Conseil en qualité d'analyste reporting durabilité, à 100 %, à compter du 1er mai 2026.

Vous trouverez en pièce jointe notre lettre d'offre, qui détaille la rémunération, les avantages et les conditions d'engagement. Nous serions heureux de recevoir votre réponse d'ici au vendredi 27 février.

Je reste volontiers à disposition pour en parler de vive voix.

Avec mes cordiales salutations,

Anouk Keller
Associée
Calvin Durabilité Conseil
Rue de la Corraterie 14, 1204 Genève
+41 22 555 90 40""",
    attach=[pdf("Lettre_offre_Wasserfall-Mbatha.pdf", "Calvin Durabilité Conseil – Lettre d'offre", [
        "Genève, le 19 février 2026",
        "",
        "Madame Elodie Wasserfall-Mbatha, Av. de Cour 41, 1007 Lausanne",
        "",
        "Poste : Analyste reporting durabilité (100 %)",
        "Entrée en fonction : 1er mai 2026",
        "Salaire annuel brut : CHF 92'000.-, versé en 13 mensualités",
        "Vacances : 25 jours par an",
        "Période d'essai : 3 mois",
        "",
        "Cette offre est valable jusqu'au 27 février 2026.",
        "Anouk Keller, Associée",
    ])],
))

MESSAGES.append(dict(
    kind=OFF, name="terre_vive_verbal_offer_follow_up", lang="fr",
    company="Fondation Terre Vive", contact="ines.corboz@terrevive.example.org",
    mid="tv-offer", parent="tv-move",
    frm=("Inès Corboz", "ines.corboz@terrevive.example.org"), frm_enc=("utf-8", "b"),
    subject="Suite à notre appel de ce matin", date="2026-06-24 11:58 +0200",
    cte="quoted-printable",
    text="""Chère Elodie,

Comme je vous l'ai annoncé au téléphone ce matin, toute l'équipe a été enthousiasmée par votre journée d'essai, et nous serions très heureux de vous accueillir au poste de chargée de reporting d'impact.

Pour récapituler ce que nous avons discuté :
- taux d'activité de 80 %, contrat à durée indéterminée
- salaire de CHF 7'400.- brut par mois à 80 %, versé treize fois
- entrée en fonction le 1er septembre 2026 (ou le 1er octobre si votre préavis l'exige)

Le contrat vous parviendra par courrier la semaine prochaine. D'ici là, n'hésitez pas à m'appeler pour toute question.

Avec toute notre joie,
Inès

Inès Corboz
Responsable programmes & impact
Fondation Terre Vive | +41 22 731 08 55""",
))

MESSAGES.append(dict(
    kind=OFF, name="canut_impact_contract_to_sign", lang="fr", company="Canut Impact",
    contact="hugo.ferrand@canut-impact.example.fr", mid="canut-offer", parent="canut-move",
    frm=("Hugo Ferrand", "hugo.ferrand@canut-impact.example.fr"),
    subject="Ton contrat Canut Impact à signer", date="2026-05-06 18:30 +0200",
    cte="quoted-printable",
    text="""Salut Elodie,

Comme promis, voici ton contrat de travail (CDI, consultante finance durable, Lyon, démarrage le 1er juillet). Tu le trouveras en PDF en pièce jointe, et tu vas aussi recevoir une demande de signature électronique dans la foulée.

Relis tranquillement, et si tout te va, signe-le d'ici au 15 mai. Pour le permis frontalier et la mutuelle, Claire de l'administratif t'appellera.

On est vraiment contents que tu nous rejoignes !

Hugo

Hugo Ferrand
Manager Finance durable
Canut Impact · 8 place Sathonay, 69001 Lyon · 06 71 22 48 90""",
    attach=[pdf("Contrat_CDI_Canut_Impact.pdf", "Contrat de travail à durée indéterminée", [
        "Entre Canut Impact, 8 place Sathonay, 69001 Lyon, et",
        "Madame Elodie Wasserfall-Mbatha.",
        "",
        "Article 1 - Fonctions : consultante finance durable, statut cadre.",
        "Article 2 - Date d'effet : 1er juillet 2026.",
        "Article 3 - Rémunération : 44 000 euros bruts annuels.",
        "Article 4 - Période d'essai : trois mois, renouvelable une fois.",
        "",
        "Fait à Lyon en deux exemplaires.",
    ])],
))

MESSAGES.append(dict(
    kind=OFF, name="rhone_emploi_client_lavaux_offer", lang="fr",
    company="Caisse de Pensions Lavaux", contact="maelle.chappuis@rhone-emploi.example.ch",
    mid="rhone-lavaux-offer",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("utf-8", "q"),
    subject="Lavaux veut vous faire une offre !", date="2026-09-09 15:15 +0200",
    cte="quoted-printable",
    text="""Bonjour Elodie,

Je sors du téléphone avec la Caisse de Pensions Lavaux : ils souhaitent vous faire une offre pour le poste de spécialiste reporting ESG à Pully !

Les grandes lignes : 90 %, CHF 98'000.- brut annuel (base 100 %), début au 1er décembre ou selon votre préavis. La lettre d'offre officielle vous sera envoyée directement par leur RH d'ici vendredi.

Appelez-moi quand vous avez deux minutes, j'aimerais savoir ce que vous en pensez avant qu'ils n'envoient les documents.

Bravo, c'est mérité !
Maëlle

Maëlle Chappuis
Consultante senior – Finance & Assurance
Rhône Emploi | +41 21 310 44 72""",
))

MESSAGES.append(dict(
    kind=OFF, name="orbe_finance_engagement_letter", lang="fr", company="Orbe Finance Durable",
    contact="p.jaccard@orbe-finance.example.ch", mid="orbe-offer",
    frm=("Pascale Jaccard", "p.jaccard@orbe-finance.example.ch"),
    subject="Lettre d’engagement – Analyste reporting durabilité", subj_enc=("utf-8", "b"),
    date="2026-10-08 09:20 +0200", charset="windows-1252", cte="quoted-printable",
    text="""Madame,

Nous avons le plaisir de vous confirmer notre offre d’engagement en qualité d’analyste reporting durabilité au sein d’Orbe Finance Durable, à Lausanne.

Vous trouverez ci-joint la lettre d’engagement en deux exemplaires. Nous vous remercions de nous en retourner un exemplaire signé d’ici au 20 octobre 2026.

Nous nous réjouissons de votre arrivée.

Pascale Jaccard
Directrice
Orbe Finance Durable
Avenue de Rumine 20, 1005 Lausanne
+41 21 711 30 52""",
    attach=[pdf("Lettre d’engagement.pdf", "Orbe Finance Durable – Lettre d’engagement", [
        "Lausanne, le 8 octobre 2026",
        "",
        "Fonction : analyste reporting durabilité, 100 %",
        "Début : 1er janvier 2027",
        "Salaire : CHF 95'000.- brut par an, 13e salaire inclus",
        "Lieu de travail : Lausanne, télétravail deux jours par semaine",
        "",
        "Bon pour accord : ______________________",
    ], utf8_name=True)],
))

MESSAGES.append(dict(
    kind=OFF, name="ledgerleaf_offer_letter", lang="en", company="Ledgerleaf",
    contact="jasper@ledgerleaf.example.nl", mid="ll-offer", parent="ll-inv",
    frm=("Jasper de Wit", "jasper@ledgerleaf.example.nl"),
    subject="Offer: Sustainability Reporting Lead at Ledgerleaf", date="2026-10-05 12:45 +0200",
    text="""Hi Elodie,

After last week's conversations with Noor and the rest of the team, we'd love you to join Ledgerleaf as our Sustainability Reporting Lead.

The offer letter is attached. Headlines: EUR 68,000 base, 0.4% equity with a four-year vest, 28 days off, relocation support to Amsterdam, and a start date in January that suits you.

Take the time you need, and ping me with any questions at all. I really hope it's a yes!

Jasper
co-founder, Ledgerleaf
Haarlemmerweg 10, 1014 BE Amsterdam""",
    attach=[pdf("Ledgerleaf_offer_letter.pdf", "Ledgerleaf - Offer of employment", [
        "Amsterdam, 5 October 2026",
        "Dear Elodie Wasserfall-Mbatha,",
        "We are pleased to offer you the position of Sustainability Reporting Lead.",
        "Base salary: EUR 68,000 gross per year, plus 8% holiday allowance.",
        "Equity: 0.4% (options), four-year vesting with a one-year cliff.",
        "Start date: to be agreed, January 2027.",
        "Please sign and return by 19 October 2026.",
    ])],
))

MESSAGES.append(dict(
    kind=OFF, name="zuidas_verbal_offer_recap", lang="en",
    company="Zuidas Sustainability Advisors", contact="emma.roelofs@zuidas-advisors.example.nl",
    mid="zuidas-offer", parent="zuidas-app",
    frm=("Emma Roelofs", "emma.roelofs@zuidas-advisors.example.nl"),
    subject="Re: Application – Reporting Analyst (English-speaking)", subj_enc=("utf-8", "q"),
    date="2026-08-19 17:50 +0200", cte="quoted-printable",
    text=f"""Dear Elodie,

It was lovely to speak just now. As I said on the phone, we would like to offer you the Reporting Analyst position in our Amsterdam team.

To confirm what we discussed: a one-year contract with the intention to make it permanent, EUR 4,300 gross per month plus holiday allowance, and a start on 1 November. Our HR colleague will send the formal contract by Friday.

Congratulations, and welcome (almost) aboard!

Emma Roelofs
Partner, Zuidas Sustainability Advisors
Parnassusweg 5, 1077 DC Amsterdam

{on_wrote("Thu, 30 Jul 2026 at 08:02", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
> Dear Ms Roelofs,
>
> Please find attached my application for the Reporting Analyst position
> advertised on your website.""",
))

MESSAGES.append(dict(
    kind=OFF, name="alpstein_client_wants_offer", lang="de",
    company="Aarwerk Versicherungen", contact="jonas.rueegg@alpstein-search.example.ch",
    mid="alp-offer", parent="alp-move",
    frm=("Jonas Rüegg", "jonas.rueegg@alpstein-search.example.ch"),
    subject="Aarwerk möchte Ihnen ein Angebot machen", subj_enc=("iso-8859-1", "b"),
    date="2026-07-28 17:05 +0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Frau Wasserfall-Mbatha

Gute Nachrichten aus Bern: Die Aarwerk Versicherungen möchten Ihnen ein Angebot für die Stelle Spezialistin Nachhaltigkeitsreporting machen.

Die Eckdaten, die mir Frau Gerber heute genannt hat: Pensum 100 %, Jahreslohn CHF 104'000 brutto, Eintritt nach Vereinbarung, zwei Tage Homeoffice pro Woche. Der Vertrag folgt direkt von Aarwerk, sobald Sie mündlich zugesagt haben.

Rufen Sie mich doch morgen an, dann besprechen wir alles Weitere.

Freundliche Grüsse
Jonas Rüegg
Partner | Alpstein Executive Search
+41 44 520 18 60""",
))

MESSAGES.append(dict(
    kind=OFF, name="marzili_vorsorge_contract", lang="de", company="Marzili Vorsorge",
    contact="daniela.stucki@marzili-vorsorge.example.ch", mid="marzili-offer",
    frm=("Daniela Stucki", "daniela.stucki@marzili-vorsorge.example.ch"),
    subject="Ihr Arbeitsvertrag zur Unterzeichnung", date="2026-09-24 10:40 +0200",
    cte="quoted-printable",
    text="""Sehr geehrte Frau Wasserfall-Mbatha

Es freut uns sehr, dass Sie sich für die Marzili Vorsorge entschieden haben. Im Anhang erhalten Sie Ihren Arbeitsvertrag als Fachspezialistin ESG-Reporting.

Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 2. Oktober zurück, per Post oder eingescannt an diese Adresse.

Freundliche Grüsse

Daniela Stucki
Leiterin Personal
Marzili Vorsorge
Aarstrasse 98, 3005 Bern
+41 31 560 77 10""",
    attach=[pdf("Arbeitsvertrag_Wasserfall-Mbatha.pdf", "Arbeitsvertrag", [
        "zwischen Marzili Vorsorge, Aarstrasse 98, 3005 Bern",
        "und Frau Elodie Wasserfall-Mbatha, Lausanne",
        "",
        "Funktion: Fachspezialistin ESG-Reporting, Pensum 80 %",
        "Stellenantritt: 1. Januar 2027",
        "Jahreslohn: CHF 84'000 brutto (bei 80 %), 13 Monatslöhne",
        "Probezeit: 3 Monate",
    ])],
))

MESSAGES.append(dict(
    kind=OFF, name="castellana_impacto_oferta_pdf", lang="es", company="Castellana Impacto",
    contact="marta.oliveros@castellanaimpacto.example.es", mid="castellana-offer",
    frm=("Marta Oliveros", "marta.oliveros@castellanaimpacto.example.es"),
    subject="Oferta de incorporación – Analista de Sostenibilidad", subj_enc=("utf-8", "q"),
    date="2026-10-14 13:05 +0200", cte="quoted-printable",
    text="""Hola, Elodie:

¡Enhorabuena! Nos alegra comunicarte que queremos ofrecerte el puesto de Analista de Sostenibilidad en Castellana Impacto, en nuestra oficina de Madrid.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, 42.000 € brutos anuales, jornada flexible y dos días de teletrabajo. Te agradeceríamos una respuesta antes del 23 de octubre.

Quedo a tu disposición para cualquier duda.

Un abrazo,
Marta Oliveros
Directora de Personas
Castellana Impacto · Calle de Serrano 51, 28006 Madrid""",
    attach=[pdf("Carta_oferta_Castellana_Impacto.pdf", "Castellana Impacto - Carta de oferta", [
        "Madrid, 14 de octubre de 2026",
        "Puesto: Analista de Sostenibilidad",
        "Contrato: indefinido, jornada completa",
        "Retribución: 42.000 euros brutos anuales en 14 pagas",
        "Incorporación: a convenir",
        "Respuesta antes del 23 de octubre de 2026.",
    ])],
))

assert len(MESSAGES) == 31, len(MESSAGES)
for _m in MESSAGES:
    _m.setdefault("to", [ME])
