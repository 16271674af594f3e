"""Corpus 235, hand-written interview invitations (26), reschedules/cancellations (15) and
missed-interview notices (10)."""

from msgs235_common import (
    ME, am_schrieb, ats_card, forward_block, ics, le_a_ecrit, mso, on_wrote,
    outlook_block, outlook_html, paras, plain_html, quote,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

MESSAGES = []

# =========================================================================== invitations
# --------------------------------------------------------------------------- French

MESSAGES.append(dict(
    kind=INV, name="calvin_phone_screen_ask", lang="fr", company="Calvin Durabilité Conseil",
    contact="joelle.perrenoud@calvin-conseil.example.ch", mid="calvin-inv", parent="calvin-ack",
    frm=("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Votre candidature – un premier appel ?", subj_enc=("utf-8", "q"),
    date="2026-01-22 09:12 +0100", cte="quoted-printable",
    text="""Bonjour Elodie,

Merci pour votre candidature au poste d'analyste reporting durabilité (CSRD). Votre passage du guichet bancaire vers le reporting nous intéresse beaucoup.

Auriez-vous une demi-heure cette semaine ou la suivante pour un premier échange téléphonique ? Je suis assez libre jeudi après-midi et lundi matin. Dites-moi ce qui vous arrange et à quel numéro vous joindre.

Bien à vous,

Joëlle Perrenoud
Talent & Culture
Calvin Durabilité Conseil
Rue de la Corraterie 14, 1204 Genève
+41 22 555 90 41""",
))

_calvin_slots = """Bonjour Madame Perrenoud,

Merci beaucoup pour votre message. Lundi 26 janvier à 10h me conviendrait très bien ; vous pouvez me joindre sur mon natel au +41 79 512 38 06.

Meilleures salutations,
Elodie Wasserfall-Mbatha"""

MESSAGES.append(dict(
    kind=INV, name="calvin_team_interview_ics_attachment", lang="fr",
    company="Calvin Durabilité Conseil", contact="joelle.perrenoud@calvin-conseil.example.ch",
    mid="calvin-panel", parent="calvin-slots",
    frm=("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Entretien avec l'équipe Reporting – mardi 10 février", subj_enc=("utf-8", "b"),
    date="2026-02-02 14:25 +0100", cte="quoted-printable",
    text=f"""Bonjour Elodie,

Suite à notre échange téléphonique de lundi dernier, nous serions ravis de vous inviter à un entretien avec l'équipe Reporting : Mme Anouk Keller (associée) et M. Loïc Baud (manager).

Date : mardi 10 février 2026, de 14h00 à 15h30
Lieu : Rue de la Corraterie 14, 1204 Genève, 2e étage (sonnez chez Calvin)

Prévoyez environ 20 minutes pour un petit cas pratique sur un extrait de rapport de durabilité. L'invitation est jointe au format calendrier.

Au plaisir de vous rencontrer,
Joëlle

{le_a_ecrit("jeu. 22 janv. 2026 à 11:47", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_calvin_slots)}""",
    attach=[ics("REQUEST", "calvin-panel-2026-0210@calvin-conseil.example.ch",
                "2026-02-10 14:00", "2026-02-10 15:30",
                "Entretien Elodie Wasserfall-Mbatha – équipe Reporting",
                ("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch"),
                location="Rue de la Corraterie 14, 1204 Genève", name="invitation.ics")],
))

MESSAGES.append(dict(
    kind=INV, name="rhone_emploi_client_interview_jorat", lang="fr", company="Jorat Assurances",
    contact="maelle.chappuis@rhone-emploi.example.ch", mid="rhone-jorat-inv", parent="rhone-reg",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Entretien chez Jorat Assurances – mercredi 11 février", subj_enc=("utf-8", "q"),
    date="2026-02-04 17:20 +0100", cte="quoted-printable",
    text=f"""Bonjour Elodie,

Bonne nouvelle : Jorat Assurances souhaite vous rencontrer pour le poste de spécialiste reporting extra-financier. Je vous transfère ci-dessous le message de M. Rochat avec les détails pratiques.

Pensez à prendre une pièce d'identité pour la réception. Je vous appelle lundi pour vous préparer.

Maëlle

{forward_block("fr", "Rochat Pascal <pascal.rochat@jorat-assurances.example.ch>", "mer. 4 févr. 2026 à 15:58", "Maëlle Chappuis <maelle.chappuis@rhone-emploi.example.ch>", "Candidate E. Wasserfall-Mbatha")}

Bonjour Madame Chappuis,

Nous aimerions rencontrer Mme Wasserfall-Mbatha le mercredi 11 février à 10h00 dans nos bureaux de Pully (av. Général-Guisan 52). L'entretien durera environ une heure, avec moi-même et notre responsable Risques.

Meilleures salutations,
Pascal Rochat
Responsable Finance & Durabilité""",
))

_rhod_inv = """Madame,

Votre candidature au poste de chargé(e) de reporting RSE a retenu notre attention. Nous avons le plaisir de vous inviter à notre journée d'évaluation :

Jeudi 26 mars 2026, de 8h45 à 16h30
Crédit Rhodanien – Tour Part-Dieu, 12 cours Lafayette, 69003 Lyon

Au programme : tests de raisonnement le matin, étude de cas en groupe, puis entretien individuel avec le jury l'après-midi. Le déjeuner est offert.

Merci de confirmer votre présence avant le 20 mars en répondant à ce message. Vos frais de déplacement depuis Lausanne seront remboursés sur justificatifs.

Bien cordialement,

Bérénice Vallat
Chargée de recrutement
Crédit Rhodanien
Tél. 04 72 60 18 35

--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""

MESSAGES.append(dict(
    kind=INV, name="credit_rhodanien_assessment_day", lang="fr", company="Crédit Rhodanien",
    contact="berenice.vallat@credit-rhodanien.example.fr", mid="rhod-inv", parent="rhod-ack",
    frm=("Bérénice Vallat", "berenice.vallat@credit-rhodanien.example.fr"),
    frm_enc=("utf-8", "b"),
    subject="Invitation à notre journée d'évaluation du 26 mars", subj_enc=("utf-8", "q"),
    date="2026-03-17 10:02 +0100",
    text=_rhod_inv, cte="quoted-printable",
    html=plain_html(paras(_rhod_inv), "Journée d'évaluation", "fr"), html_cte="quoted-printable",
))

_tv_inv = """Bonjour Elodie,

Merci pour votre candidature au poste de chargée de reporting d'impact. Nous aimerions vous proposer une journée d'essai dans notre équipe, rémunérée, le mercredi 10 juin de 9h00 à 16h00, dans nos bureaux de la rue de Lausanne 64 à Genève.

Au programme : découverte de nos indicateurs de projets, un petit exercice de consolidation des données 2025 et un déjeuner avec l'équipe.

Merci de confirmer votre venue en répondant directement à Inès Corboz.

À bientôt,
Fondation Terre Vive"""

MESSAGES.append(dict(
    kind=INV, name="terre_vive_trial_day_teamtailor", lang="fr", company="Fondation Terre Vive",
    contact="ines.corboz@terrevive.example.org", mid="tv-inv", parent="tv-ack",
    frm=("Fondation Terre Vive", "noreply@teamtailor-mail.com"),
    reply_to=("Inès Corboz", "ines.corboz@terrevive.example.org"), rt_enc=("utf-8", "q"),
    subject="Journée d'essai chez Fondation Terre Vive", date="2026-06-03 08:30 +0000",
    text=_tv_inv, cte="quoted-printable",
    html=ats_card("Fondation Terre Vive", "#3f7d3a", paras(_tv_inv), lang="fr",
                  footer="Envoyé avec Teamtailor"),
    html_cte="quoted-printable",
))

_canut_inv = """Bonjour Elodie,

Merci pour votre candidature chez Canut Impact ! Nous aimerions organiser un entretien de 45 minutes en visio avec Hugo Ferrand, manager de l'équipe Finance durable.

Choisissez le créneau qui vous convient ici :
https://hire.lever.co/interviews/schedule/canut-impact/8f3e2a71

Si aucun créneau ne vous va, répondez simplement à cet e-mail.

À très vite,
Hugo"""

MESSAGES.append(dict(
    kind=INV, name="canut_impact_lever_link", lang="fr", company="Canut Impact",
    contact="hugo.ferrand@canut-impact.example.fr", mid="canut-inv", parent="canut-ack",
    frm=("Hugo Ferrand", "no-reply@hire.lever.co"),
    reply_to=("Hugo Ferrand", "hugo.ferrand@canut-impact.example.fr"),
    subject="Canut Impact – planifions votre entretien", subj_enc=("utf-8", "q"),
    date="2026-04-13 09:41 +0000", text=_canut_inv, cte="quoted-printable",
    html=plain_html(paras(_canut_inv).replace(
        "https://hire.lever.co/interviews/schedule/canut-impact/8f3e2a71",
        '<a href="https://hire.lever.co/interviews/schedule/canut-impact/8f3e2a71">'
        "Choisir un créneau</a>"), "Entretien", "fr"),
))

_rivaz_inv = """Chère Madame Wasserfall-Mbatha,

Nous vous remercions pour votre candidature au poste d’analyste durabilité et avons le plaisir de vous convier à un entretien avec notre panel :

• Mme Hélène Dufaux, Responsable Investissements responsables
• M. Aurélien Pasche, Chief Risk Officer
• moi-même

Mardi 19 mai 2026, de 14h00 à 15h15, Quai de l’Île 7, 1204 Genève (salle Mont-Blanc).

Je vous remercie d’accepter l’invitation ci-jointe. Merci de vous présenter à l’accueil dix minutes avant l’heure.

Meilleures salutations,

Delphine Maillard
Responsable Acquisition de talents
Banque Privée Rivaz
T +41 22 818 42 60

Ce message est confidentiel et peut être couvert par le secret bancaire."""

MESSAGES.append(dict(
    kind=INV, name="banque_rivaz_panel_outlook_request", lang="fr",
    company="Banque Privée Rivaz", contact="delphine.maillard@rivaz.example.ch",
    mid="rivaz-inv", parent="rivaz-ack",
    frm=("Maillard Delphine", "delphine.maillard@rivaz.example.ch"),
    subject="Entretien – Analyste durabilité – mardi 19 mai 14h00", subj_enc=("windows-1252", "q"),
    date="2026-05-11 11:17 +0200", charset="windows-1252", cte="quoted-printable",
    text=_rivaz_inv, html=outlook_html(mso(_rivaz_inv), charset="windows-1252"),
    cal=ics("REQUEST", "040000008200E00074C5B7101A82E0080000000061B2C3D4E5F6@rivaz",
            "2026-05-19 14:00", "2026-05-19 15:15",
            "Entretien – Analyste durabilité – E. Wasserfall-Mbatha",
            ("Maillard Delphine", "delphine.maillard@rivaz.example.ch"),
            location="Quai de l’Île 7 – salle Mont-Blanc"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    kind=INV, name="savoie_mutualite_on_site", lang="fr", company="Savoie Mutualité",
    contact="t.ducret@savoie-mutualite.example.fr", mid="sav-inv",
    frm=("Thierry Ducret", "t.ducret@savoie-mutualite.example.fr"),
    subject="Candidature analyste durabilité : proposition de rendez-vous",
    subj_enc=("iso-8859-1", "q"),
    date="2026-06-01 15:05 +0200", charset="iso-8859-1", cte="8bit",
    text="""Madame,

Votre candidature au poste d'analyste durabilité a retenu notre attention. Nous vous proposons de nous rencontrer le mardi 9 juin à 14h00 à notre siège, 18 avenue de Genève à Annecy, en présence de notre directrice financière.

Merci de me confirmer votre disponibilité par retour de mail.

Cordialement,

Thierry Ducret
Responsable du développement RH
Savoie Mutualité
18 avenue de Genève, 74000 Annecy
04 50 33 72 19""",
))

_cadran_app = """Bonjour Monsieur Bezençon,

Je me permets de vous adresser ma candidature spontanée pour un poste d'analyste en reporting de durabilité au sein de Cadran Conseil."""

MESSAGES.append(dict(
    kind=INV, name="cadran_conseil_coffee", lang="fr", company="Cadran Conseil",
    contact="nicolas.bezencon@cadran-conseil.example.ch", mid="cadran-inv", parent="cadran-app",
    frm=("Nicolas Bezençon", "nicolas.bezencon@cadran-conseil.example.ch"),
    frm_enc=("utf-8", "b"),
    subject="Re: Candidature spontanée – analyste reporting de durabilité",
    subj_enc=("utf-8", "q"), date="2026-08-25 08:03 +0200", cte="quoted-printable",
    text=f"""Bonjour Elodie,

Merci pour votre message et votre CV, que j'ai lus avec intérêt. Nous n'avons pas d'annonce ouverte, mais nous renforçons l'équipe pour nos mandats bancaires cet automne.

Seriez-vous libre lundi 31 août vers 16h pour un café à nos bureaux (Place de la Riponne 3) ? Ma collègue Aline, qui dirige les missions CSRD, se joindrait à nous. Une petite heure suffira.

Bonne journée,
Nicolas

{le_a_ecrit("mar. 18 août 2026 à 07:55", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_cadran_app)}
> [...]""",
))

MESSAGES.append(dict(
    kind=INV, name="rhone_emploi_unnamed_private_bank", lang="fr", company="Rhône Emploi",
    contact="maelle.chappuis@rhone-emploi.example.ch", mid="rhone-client-inv",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("utf-8", "q"),
    subject="Mandat banque privée – rencontre le 20 mai", date="2026-05-13 12:30 +0200",
    cte="quoted-printable",
    text="""Bonjour Elodie,

Comme évoqué au téléphone : mon client, une banque privée genevoise que je ne peux pas encore nommer, souhaite vous rencontrer pour son poste d'analyste ESG.

Rendez-vous le mercredi 20 mai à 9h30, à Genève. L'adresse exacte et le nom de votre interlocutrice vous seront envoyés par leur service RH directement dans les prochains jours.

Durée prévue : 1h, en français avec une partie en anglais.

Je croise les doigts pour vous !
Maëlle

Maëlle Chappuis
Consultante senior – Finance & Assurance
Rhône Emploi | Rue du Petit-Chêne 18, 1003 Lausanne | +41 21 310 44 72""",
))

_valdor_inv = """Bonjour Elodie,

Merci pour votre intérêt pour le poste Sustainability Reporting Analyst au sein du Groupe Valdor.

Nous vous invitons à un premier entretien vidéo de 30 minutes avec notre équipe RH. Merci de sélectionner l'horaire qui vous convient parmi les disponibilités proposées :

https://www.smartrecruiters.com/interview-scheduler/valdor/4c1d9e

Les créneaux disponibles se situent entre le 27 et le 31 juillet.

Cordialement,
Groupe Valdor – Ressources humaines"""

MESSAGES.append(dict(
    kind=INV, name="groupe_valdor_smartrecruiters_slots", lang="fr", company="Groupe Valdor",
    contact="", mid="valdor-inv",
    frm=("Groupe Valdor", "noreply@smartrecruiters.com"),
    subject="Planifiez votre entretien vidéo – Groupe Valdor", date="2026-07-20 06:10 +0000",
    text=_valdor_inv,
    html=ats_card("Groupe Valdor", "#8a6d3b", paras(_valdor_inv.replace(
        "\n\nhttps://www.smartrecruiters.com/interview-scheduler/valdor/4c1d9e", "")),
        button=("Choisir un créneau",
                "https://www.smartrecruiters.com/interview-scheduler/valdor/4c1d9e"),
        footer="SmartRecruiters – merci de ne pas répondre à cet e-mail.", lang="fr"),
    cte="quoted-printable", html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    kind=INV, name="manufacture_aravis_half_day", lang="fr", company="Manufacture Aravis",
    contact="claire.mugnier@aravis-manufacture.example.fr", mid="aravis-inv",
    frm=("Claire Mugnier", "claire.mugnier@aravis-manufacture.example.fr"),
    subject="Invitation : demi-journée de mise en situation", date="2026-09-02 09:30 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Bonjour Madame Wasserfall-Mbatha,

Suite à notre échange téléphonique, je vous confirme notre invitation à une demi-journée de mise en situation avec l'équipe Finance :

mercredi 9 septembre, de 8h30 à 12h30
Manufacture Aravis, ZI des Grands Prés, 74300 Cluses

Vous travaillerez sur un jeu de données réel (consommations énergétiques des ateliers) et présenterez vos conclusions à notre contrôleuse de gestion. Un ordinateur vous sera fourni.

Merci de m'indiquer si vous venez en voiture, afin que je réserve une place de parking.

Cordialement,
Claire Mugnier
Responsable RH, Manufacture Aravis
04 50 98 21 63""",
))

MESSAGES.append(dict(
    kind=INV, name="bellecour_climat_quick_call", lang="fr", company="Bellecour Climat",
    contact="lou@bellecour-climat.example.org", mid="bell-inv",
    frm=("Lou Garnier", "lou@bellecour-climat.example.org"),
    subject="Ta candidature pour le mi-temps reporting", date="2026-04-20 18:11 +0200",
    text="""Hello Elodie,

Merci pour ta candidature, elle a beaucoup plu au bureau ! Est-ce que tu aurais 20 minutes demain, mardi 21, vers 10h pour qu'on en discute au téléphone ? Je t'appelle sur le numéro de ton CV si ça te va.

Sinon propose-moi un autre moment cette semaine.

Lou""",
    cte="8bit",
))

# --------------------------------------------------------------------------- English

_circle_inv = """Hi Elodie,

Thanks for applying for the ESG Data & Reporting Analyst role at Circle Metrics. I'd love to set up a 45-minute video interview with me and our Head of Data, Joost.

Please pick a time that works for you using the link below:
https://app.greenhouse.io/scheduling/selfschedule/cm-71c2e0

You'll receive a Zoom link automatically once you've chosen a slot.

Best,
Sanne Bakker
Talent Partner, Circle Metrics"""

MESSAGES.append(dict(
    kind=INV, name="circle_metrics_via_greenhouse", lang="en", company="Circle Metrics",
    contact="sanne.bakker@circlemetrics.example.nl", mid="circle-inv", parent="circle-ack",
    frm=("Sanne Bakker via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Sanne Bakker", "sanne.bakker@circlemetrics.example.nl"),
    subject="Interview with Circle Metrics – please pick a time", subj_enc=("utf-8", "q"),
    date="2026-03-18 13:22 +0100", text=_circle_inv,
    html=plain_html(paras(_circle_inv), "Interview", "en"),
))

_kg_inv = """Hi Elodie,

Pieter Hoekstra from Keizersgracht Capital would like to schedule a 60-minute interview with you for the Sustainable Finance Analyst position.

Select a time: https://app.ashbyhq.com/interviews/self-schedule/kgc-5b8f

Format: on site, Herengracht 420, Amsterdam (video available on request).

Keizersgracht Capital Recruiting"""

MESSAGES.append(dict(
    kind=INV, name="keizersgracht_ashby_self_schedule", lang="en",
    company="Keizersgracht Capital", contact="", mid="kg-inv", parent="kg-ack",
    frm=("Keizersgracht Capital", "no-reply@ashbyhq.com"),
    subject="Schedule your interview with Keizersgracht Capital",
    date="2026-05-05 12:00 +0000", text=_kg_inv,
    html=ats_card("Keizersgracht Capital", "#1f2a44", paras(_kg_inv.replace(
        "Select a time: https://app.ashbyhq.com/interviews/self-schedule/kgc-5b8f\n\n", "")),
        button=("Select a time", "https://app.ashbyhq.com/interviews/self-schedule/kgc-5b8f"),
        footer="Powered by Ashby", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_nl_inv = """Dear Elodie,

Thank you for your application for the Sustainability Reporting Specialist role (2026-0713). We'd like to invite you to a panel interview:

Tuesday 18 August 2026, 10:00–11:15 CEST
Noordlicht Assurance, Stadhouderskade 60, Amsterdam (ask for me at reception)

Panel: Ingrid Smit (Head of Reporting), Bas Verhoeven (Actuarial) and myself. Expect a short case on CSRD data points for an insurer's underwriting portfolio.

I've sent a calendar invitation with this email; please accept it to confirm.

Kind regards,
Daan Kuipers
Recruiter | Noordlicht Assurance
+31 20 555 0192"""

MESSAGES.append(dict(
    kind=INV, name="noordlicht_panel_calendar", lang="en", company="Noordlicht Assurance",
    contact="daan.kuipers@noordlicht.example.nl", mid="nl-inv", parent="nl-ack",
    frm=("Daan Kuipers", "daan.kuipers@noordlicht.example.nl"),
    subject="Invitation: Panel interview – Sustainability Reporting Specialist",
    date="2026-08-10 15:40 +0200", text=_nl_inv, cte="quoted-printable",
    cal=ics("REQUEST", "nl-panel-2026-0713-wm@noordlicht.example.nl", "2026-08-18 10:00",
            "2026-08-18 11:15", "Panel interview – Elodie Wasserfall-Mbatha",
            ("Daan Kuipers", "daan.kuipers@noordlicht.example.nl"),
            location="Stadhouderskade 60, Amsterdam", tz="Europe/Amsterdam"),
))

MESSAGES.append(dict(
    kind=INV, name="amstel_staffing_client_polder_re", lang="en", company="Polder Re",
    contact="yara.mensah@amstelstaffing.example.nl", mid="amstel-inv", parent="amstel-reg",
    frm=("Yara Mensah", "yara.mensah@amstelstaffing.example.nl"),
    subject="Interview confirmed: Polder Re, Tue 16 June", date="2026-06-09 11:05 +0200",
    text="""Hi Elodie,

Great news: Polder Re would like to meet you for the Climate Disclosure Analyst role.

When: Tuesday 16 June, 14:00–15:00
Where: Polder Re, Gustav Mahlerlaan 300, Amsterdam Zuidas (reception on the ground floor)
Who: Marit Jansen, Head of Climate Risk, and a senior analyst from her team

They'll want to hear how you'd approach the first ISSB-aligned climate report. I'll call you on Friday to go through it together.

Best,
Yara

Yara Mensah | Senior Consultant, Finance & Risk
Amstel Staffing | Weesperstraat 61, 1018 VN Amsterdam | +31 20 261 8844""",
))

MESSAGES.append(dict(
    kind=INV, name="zeitwerk_panel_ics_attachment", lang="en", company="Zeitwerk Gruppe",
    contact="lukas.imhof@zeitwerk.example.ch", mid="zw-inv",
    frm=("Imhof Lukas", "lukas.imhof@zeitwerk.example.ch"),
    subject="Panel interview – Sustainability Reporting Analyst – 15 Sept",
    subj_enc=("utf-8", "b"), date="2026-09-08 10:20 +0200", cte="quoted-printable",
    text="""Dear Elodie,

Thank you for your application. The hiring team would like to invite you to a panel interview in Zurich on Tuesday, 15 September, from 10:00 to 11:30.

You will meet Andrea Frei (CFO Office), Marcel Odermatt (Group Sustainability) and me. Please prepare a ten-minute presentation on how you would set up the data collection for the group's first report under the Swiss climate ordinance.

Address: Seefeldstrasse 123, 8008 Zürich. The calendar invitation is attached.

Kind regards,

Lukas Imhof
Talent Acquisition Partner
Zeitwerk Gruppe | Seefeldstrasse 123 | 8008 Zürich
+41 44 388 72 14""",
    attach=[ics("REQUEST", "zw-panel-sra-20260915@zeitwerk.example.ch", "2026-09-15 10:00",
                "2026-09-15 11:30", "Panel interview – Sustainability Reporting Analyst",
                ("Imhof Lukas", "lukas.imhof@zeitwerk.example.ch"),
                location="Seefeldstrasse 123, 8008 Zürich", name="Panel_interview.ics")],
))

MESSAGES.append(dict(
    kind=INV, name="ledgerleaf_free_thursday", lang="en", company="Ledgerleaf",
    contact="jasper@ledgerleaf.example.nl", mid="ll-inv",
    frm=("Jasper de Wit", "jasper@ledgerleaf.example.nl"),
    subject="coffee / chat?", date="2026-09-17 22:14 +0200",
    text="""Hey Elodie,

Loved your note on our carbon-accounting post, and your CV is exactly the bank-meets-reporting mix we've been looking for.

Are you free next Thursday (24th) to chat? 30 minutes on video is fine, or if you happen to be in Amsterdam, the coffee place next to Westerpark is on me. Any time after 14:00 works on my side.

Jasper
co-founder, Ledgerleaf""",
))

# --------------------------------------------------------------------------- German

_limmat_inv = """Sehr geehrte Frau Wasserfall-Mbatha

Vielen Dank für Ihre Bewerbung als Analystin Nachhaltigkeitsreporting. Gerne laden wir Sie zu einem persönlichen Gespräch ein:

Donnerstag, 5. März 2026, 10.00-11.00 Uhr
Limmatbank, Bahnhofstrasse 71, 8001 Zürich, Empfang 1. OG

Gesprächspartner sind Herr Daniel Brunner (Head Sustainability Office) und ich. Bitte bestätigen Sie den Termin über die beiliegende Einladung.

Freundliche Grüsse

Regula Hächler
Senior Recruiterin | HR Schweiz
Limmatbank
Telefon +41 44 215 63 20

Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten."""

MESSAGES.append(dict(
    kind=INV, name="limmatbank_outlook_request", lang="de", company="Limmatbank",
    contact="regula.haechler@limmatbank.example.ch", mid="limmat-inv", parent="limmat-ack",
    frm=("Regula Hächler", "regula.haechler@limmatbank.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Einladung zum Vorstellungsgespräch: Analystin Nachhaltigkeitsreporting",
    subj_enc=("iso-8859-1", "q"), date="2026-02-23 08:48 +0100",
    text=_limmat_inv, charset="iso-8859-1", cte="quoted-printable",
    html=outlook_html(mso(_limmat_inv), "DE-CH", "utf-8"),
    html_charset="utf-8", html_cte="quoted-printable",
    cal=ics("REQUEST", "limmat-int-20260305-ewm@limmatbank.example.ch", "2026-03-05 10:00",
            "2026-03-05 11:00", "Vorstellungsgespräch E. Wasserfall-Mbatha",
            ("Regula Hächler", "regula.haechler@limmatbank.example.ch"),
            location="Bahnhofstrasse 71, 8001 Zürich"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

_alp_cv = """Guten Tag Herr Rüegg

Vielen Dank für Ihre Nachricht. Das Mandat interessiert mich sehr. Anbei mein Lebenslauf; gerne erfahre ich mehr über die Stelle.

Freundliche Grüsse
Elodie Wasserfall-Mbatha"""

MESSAGES.append(dict(
    kind=INV, name="alpstein_client_aarwerk_named", lang="de",
    company="Aarwerk Versicherungen", contact="jonas.rueegg@alpstein-search.example.ch",
    mid="alp-inv", parent="alp-cv",
    frm=("Jonas Rüegg", "jonas.rueegg@alpstein-search.example.ch"),
    subject="AW: Mandat Versicherung Bern – Gespräch beim Kunden", subj_enc=("utf-8", "q"),
    date="2026-07-09 16:33 +0200", cte="quoted-printable",
    text=f"""Guten Tag Frau Wasserfall-Mbatha

Danke für Ihren Lebenslauf. Ich darf Ihnen nun auch den Namen meines Kunden nennen: Es handelt sich um die Aarwerk Versicherungen in Bern.

Die Leiterin Corporate Reporting, Frau Sabine Gerber, möchte Sie gerne kennenlernen:
Mittwoch, 15. Juli 2026, 09.30 Uhr
Aarwerk Versicherungen, Schwanengasse 14, 3011 Bern

Das Gespräch dauert rund 75 Minuten und findet teilweise auf Englisch statt. Ich rufe Sie am Montag an, um Sie vorzubereiten.

Freundliche Grüsse
Jonas Rüegg
Partner | Alpstein Executive Search
Löwenstrasse 29, 8001 Zürich
+41 44 520 18 60

{am_schrieb("02.07.2026 um 08:15", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_alp_cv)}""",
))

MESSAGES.append(dict(
    kind=INV, name="sihlpunkt_phone_interview", lang="de", company="Sihlpunkt Consulting",
    contact="tobias.keller@sihlpunkt.example.ch", mid="sihl-inv", parent="sihl-ack",
    frm=("Tobias Keller", "tobias.keller@sihlpunkt.example.ch"),
    subject="Telefoninterview Consultant Sustainability Reporting",
    date="2026-04-07 13:58 +0200",
    text="""Grüezi Frau Wasserfall-Mbatha

Besten Dank für Ihre Bewerbung. Gerne würde ich Sie in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Passt Ihnen Dienstag, 14. April, um 10.00 Uhr? Ich würde Sie auf Ihrer Mobilnummer +41 79 512 38 06 anrufen. Falls nicht, schlagen Sie mir gerne eine Alternative vor.

Beste Grüsse
Tobias Keller
Recruiting Lead
Sihlpunkt Consulting | Sihlquai 55 | 8005 Zürich""",
    cte="8bit",
))

MESSAGES.append(dict(
    kind=INV, name="stiftung_aarelauf_video_call", lang="de", company="Stiftung Aarelauf",
    contact="annina.wyss@aarelauf.example.ch", mid="aare-inv",
    frm=("Annina Wyss", "annina.wyss@aarelauf.example.ch"),
    subject="Ihre Bewerbung – Einladung zum Videogespräch", subj_enc=("utf-8", "b"),
    date="2026-05-18 09:14 +0200", cte="base64",
    text="""Liebe Frau Wasserfall-Mbatha

Herzlichen Dank für Ihre Bewerbung für die Stelle Wirkungsberichterstattung (50 %). Ihr Hintergrund im Bankwesen und Ihre Weiterbildung in Nachhaltigkeit passen gut zu unseren Plänen.

Gerne laden wir Sie zu einem Videogespräch am Dienstag, 26. Mai, um 14 Uhr ein. Den Link erhalten Sie am Vortag. Mit dabei sind unser Stiftungsratspräsident und ich.

Herzliche Grüsse
Annina Wyss
Geschäftsleiterin
Stiftung Aarelauf, Marzilistrasse 8a, 3005 Bern""",
))

# --------------------------------------------------------------------------- Spanish

_meseta_inv = """Hola, Elodie:

Gracias por tu candidatura al puesto de Analista de Reporting ESG. Nos gustaría conocerte en una entrevista por Microsoft Teams:

Miércoles 22 de abril, de 10:00 a 11:00 (hora de Madrid)
Con: Lucía Ferrándiz (Talent Acquisition) y Jorge Alcaide (Responsable de Sostenibilidad)

Te adjunto la convocatoria; el enlace de Teams aparece en ella. La entrevista será en español y en parte en inglés.

Un saludo,

Lucía Ferrándiz
Talent Acquisition | Banco Meseta
Paseo de la Castellana 118, 28046 Madrid

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario."""

MESSAGES.append(dict(
    kind=INV, name="banco_meseta_teams_request", lang="es", company="Banco Meseta",
    contact="lucia.ferrandiz@bancomeseta.example.es", mid="meseta-inv", parent="meseta-ack",
    frm=("Lucía Ferrándiz", "lucia.ferrandiz@bancomeseta.example.es"),
    frm_enc=("iso-8859-1", "b"),
    subject="Entrevista Analista de Reporting ESG, miércoles 22 de abril",
    subj_enc=("iso-8859-1", "q"), date="2026-04-15 12:26 +0200",
    text=_meseta_inv, cte="quoted-printable",
    html=outlook_html(mso(_meseta_inv), "ES"),
    cal=ics("REQUEST", "meseta-esg-20260422-ewm@bancomeseta.example.es", "2026-04-22 10:00",
            "2026-04-22 11:00", "Entrevista – Analista de Reporting ESG",
            ("Lucía Ferrándiz", "lucia.ferrandiz@bancomeseta.example.es"),
            location="Reunión de Microsoft Teams", tz="Europe/Madrid",
            description="Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmM4"),
))

MESSAGES.append(dict(
    kind=INV, name="seguros_manzanares_phone_screen", lang="es", company="Seguros Manzanares",
    contact="alvaro.sanz@seguros-manzanares.example.es", mid="manz-inv",
    frm=("Álvaro Sanz", "alvaro.sanz@seguros-manzanares.example.es"),
    subject="Primera conversación – Analista de Sostenibilidad", subj_enc=("utf-8", "q"),
    date="2026-06-08 10:12 +0200", cte="8bit",
    text="""Hola Elodie:

He revisado tu candidatura para el puesto de Analista de Sostenibilidad y me gustaría tener una primera conversación telefónica contigo, de unos 20 minutos.

¿Te viene bien el jueves 11 a las 10:00 (hora de Madrid)? Te llamaría al móvil que indicas en el CV.

Saludos,
Álvaro Sanz
Selección y Desarrollo · Seguros Manzanares
Tel. +34 913 66 02 71""",
))

_ret_inv = """Hola Elodie,

¡Buenas noticias! Irene Calvo, socia de Retiro Sostenibilidad Consultores, quiere entrevistarte para el puesto de Consultora Junior de Reporting de Sostenibilidad.

Elige el horario que mejor te venga aquí:
https://apply.workable.com/retiro-sostenibilidad/interview/7H2K9

La entrevista será por videollamada y durará unos 45 minutos. Si tienes cualquier duda, responde a este correo y le llegará directamente a Irene."""

MESSAGES.append(dict(
    kind=INV, name="retiro_workable_pick_slot", lang="es",
    company="Retiro Sostenibilidad Consultores",
    contact="irene.calvo@retiro-sostenibilidad.example.es", mid="ret-inv", parent="ret-ack",
    frm=("Retiro Sostenibilidad Consultores", "retiro-sostenibilidad@workablemail.com"),
    reply_to=("Irene Calvo", "irene.calvo@retiro-sostenibilidad.example.es"),
    subject="Entrevista con Retiro Sostenibilidad Consultores", date="2026-06-22 07:30 +0000",
    text=_ret_inv, cte="quoted-printable",
    html=ats_card("Retiro Sostenibilidad Consultores", "#2e7d32", paras(_ret_inv), lang="es",
                  footer="Enviado con Workable"),
    html_cte="quoted-printable",
))

# =========================================================================== reschedules

_tv_ask = """Bonjour Madame Corboz,

Merci beaucoup pour l'invitation, je m'en réjouis ! Le 10 juin tombe malheureusement sur notre journée de clôture trimestrielle à la banque, que je ne peux pas déplacer. Serait-il possible de venir un autre jour, par exemple la semaine suivante ?

Avec mes excuses et mes meilleures salutations,
Elodie Wasserfall-Mbatha"""

MESSAGES.append(dict(
    kind=RES, name="terre_vive_new_trial_date", lang="fr", company="Fondation Terre Vive",
    contact="ines.corboz@terrevive.example.org", mid="tv-move", parent="tv-ask",
    frm=("Inès Corboz", "ines.corboz@terrevive.example.org"), frm_enc=("utf-8", "b"),
    subject="Re: Journée d'essai chez Fondation Terre Vive", date="2026-06-05 10:48 +0200",
    cte="quoted-printable",
    text=f"""Bonjour Elodie,

Aucun souci, c'est bien normal. Nous déplaçons votre journée d'essai au mercredi 17 juin, mêmes horaires (9h00–16h00), même adresse.

Je préviens l'équipe. À très bientôt !

Inès

Inès Corboz
Responsable programmes & impact
Fondation Terre Vive | Rue de Lausanne 64 | 1202 Genève | +41 22 731 08 55

{le_a_ecrit("jeu. 4 juin 2026 à 07:32", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_tv_ask)}""",
))

_calvin_move = """Bonjour Elodie,

Notre associée Mme Keller doit finalement être à Berne mardi. Pourriez-vous venir le jeudi 12 février à 9h00 au lieu du mardi 10 à 14h00 ? Le lieu et le déroulement restent identiques.

Je vous envoie l'invitation mise à jour ; merci de l'accepter si la nouvelle heure vous convient.

Bien à vous,
Joëlle"""

MESSAGES.append(dict(
    kind=RES, name="calvin_panel_updated_sequence", lang="fr",
    company="Calvin Durabilité Conseil", contact="joelle.perrenoud@calvin-conseil.example.ch",
    mid="calvin-move", parent="calvin-panel",
    frm=("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Mis à jour : Entretien Elodie Wasserfall-Mbatha – équipe Reporting",
    subj_enc=("utf-8", "q"), date="2026-02-06 16:40 +0100", text=_calvin_move,
    cte="quoted-printable",
    html=outlook_html(mso(_calvin_move)), html_cte="quoted-printable",
    cal=ics("REQUEST", "calvin-panel-2026-0210@calvin-conseil.example.ch",
            "2026-02-12 09:00", "2026-02-12 10:30",
            "Entretien Elodie Wasserfall-Mbatha – équipe Reporting",
            ("Joëlle Perrenoud", "joelle.perrenoud@calvin-conseil.example.ch"),
            location="Rue de la Corraterie 14, 1204 Genève", seq=1),
))

_rivaz_cancel = """Chère Madame Wasserfall-Mbatha,

Je suis contrainte d’annuler notre entretien de mardi 19 mai à 14h00 : une décision interne concernant l’organisation du département doit d’abord être prise.

Votre candidature reste ouverte. Je reviendrai vers vous d’ici la fin du mois pour vous tenir informée.

Avec mes excuses pour ce contretemps,

Delphine Maillard
Responsable Acquisition de talents
Banque Privée Rivaz"""

MESSAGES.append(dict(
    kind=RES, name="banque_rivaz_method_cancel", lang="fr", company="Banque Privée Rivaz",
    contact="delphine.maillard@rivaz.example.ch", mid="rivaz-cancel", parent="rivaz-inv",
    frm=("Maillard Delphine", "delphine.maillard@rivaz.example.ch"),
    subject="Annulé : Entretien – Analyste durabilité – mardi 19 mai 14h00",
    subj_enc=("windows-1252", "b"), date="2026-05-15 18:02 +0200",
    charset="windows-1252", cte="quoted-printable", text=_rivaz_cancel,
    html=outlook_html(mso(_rivaz_cancel), charset="windows-1252"),
    cal=ics("CANCEL", "040000008200E00074C5B7101A82E0080000000061B2C3D4E5F6@rivaz",
            "2026-05-19 14:00", "2026-05-19 15:15",
            "Annulé : Entretien – Analyste durabilité – E. Wasserfall-Mbatha",
            ("Maillard Delphine", "delphine.maillard@rivaz.example.ch"),
            location="Quai de l’Île 7 – salle Mont-Blanc", seq=1),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    kind=RES, name="savoie_mutualite_director_ill", lang="fr", company="Savoie Mutualité",
    contact="t.ducret@savoie-mutualite.example.fr", mid="sav-move", parent="sav-inv",
    frm=("Thierry Ducret", "t.ducret@savoie-mutualite.example.fr"),
    subject="Report de votre entretien", date="2026-06-08 08:31 +0200",
    charset="iso-8859-1", cte="8bit",
    text="""Madame,

Notre directrice financière étant souffrante, nous devons reporter l'entretien prévu demain. Je vous propose le mardi 16 juin à 10h30, même lieu (avenue de Genève, Annecy). Pouvez-vous me confirmer ?

Cordialement,
T. Ducret""",
))

_canut_move = """Bonjour Elodie,

Hugo Ferrand a modifié votre entretien avec Canut Impact.

Ancien horaire : lundi 20 avril 2026, 14:00 – 14:45
Nouvel horaire : mardi 21 avril 2026, 11:00 – 11:45 (heure de Paris)

Le lien de visio reste le même. Si ce nouvel horaire ne vous convient pas, répondez à cet e-mail.

Message de Hugo : « Désolé, un comité de direction s'est invité sur mon créneau de lundi ! »"""

MESSAGES.append(dict(
    kind=RES, name="canut_impact_lever_new_time", lang="fr", company="Canut Impact",
    contact="hugo.ferrand@canut-impact.example.fr", mid="canut-move", parent="canut-inv",
    frm=("Hugo Ferrand", "no-reply@hire.lever.co"),
    reply_to=("Hugo Ferrand", "hugo.ferrand@canut-impact.example.fr"),
    subject="Entretien modifié : Canut Impact", subj_enc=("utf-8", "b"),
    date="2026-04-16 15:12 +0000", text=_canut_move, cte="base64",
    html=ats_card("Canut Impact", "#d35400", paras(_canut_move), lang="fr",
                  footer="Envoyé via Lever"), html_cte="base64",
))

MESSAGES.append(dict(
    kind=RES, name="rhone_emploi_jorat_moved", lang="fr", company="Jorat Assurances",
    contact="maelle.chappuis@rhone-emploi.example.ch", mid="rhone-jorat-move",
    parent="rhone-jorat-inv",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Jorat Assurances – nouvel horaire", subj_enc=("utf-8", "q"),
    date="2026-02-09 16:02 +0100", cte="quoted-printable",
    text="""Bonjour Elodie,

Jorat Assurances me demande de décaler votre entretien au jeudi 12 février à 14h00 (au lieu du mercredi 11). Même adresse : av. Général-Guisan 52, Pully, 3e étage, demandez M. Rochat à la réception.

Merci de me confirmer que cela vous convient.

Maëlle

Maëlle Chappuis
Consultante senior – Finance & Assurance
Rhône Emploi | +41 21 310 44 72""",
))

MESSAGES.append(dict(
    kind=RES, name="cadran_conseil_shift_to_thursday", lang="fr", company="Cadran Conseil",
    contact="nicolas.bezencon@cadran-conseil.example.ch", mid="cadran-move",
    parent="cadran-inv",
    frm=("Nicolas Bezençon", "nicolas.bezencon@cadran-conseil.example.ch"),
    frm_enc=("utf-8", "b"),
    subject="Petit changement pour lundi", date="2026-08-28 13:37 +0200",
    text="""Bonjour Elodie,

Aline vient de m'apprendre qu'elle sera chez un client à Fribourg lundi toute la journée. Est-ce qu'on peut décaler notre café au jeudi 3 septembre à 14h ? Même endroit.

Désolé pour le changement, et merci de votre souplesse.

Nicolas""",
    cte="8bit",
))

_aravis_move = """Bonjour Madame,

Nous devons décaler votre demi-journée du mercredi 9 au jeudi 10 septembre, même horaire (8h30). Le reste du programme est inchangé.

Bien cordialement,
Claire Mugnier"""

MESSAGES.append(dict(
    kind=RES, name="manufacture_aravis_next_day", lang="fr", company="Manufacture Aravis",
    contact="claire.mugnier@aravis-manufacture.example.fr", mid="aravis-move",
    parent="aravis-inv",
    frm=("Claire Mugnier", "claire.mugnier@aravis-manufacture.example.fr"),
    subject="Mise en situation : changement de date", date="2026-09-07 11:02 +0200",
    charset="iso-8859-1", cte="quoted-printable", text=_aravis_move,
    html=outlook_html(mso(_aravis_move), "FR", "iso-8859-1"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

_circle_sorry = """Hi Sanne,

I'm so sorry about this morning. The Zoom link never reached me: the confirmation went to my old address and I only found it in spam after 11:00. That's entirely on my side and I apologise for wasting your and Joost's time.

If there is any chance to find another slot, I'd be very grateful.

Best regards,
Elodie"""

MESSAGES.append(dict(
    kind=RES, name="circle_metrics_new_slot_after_missed", lang="en", company="Circle Metrics",
    contact="sanne.bakker@circlemetrics.example.nl", mid="circle-move", parent="circle-sorry",
    frm=("Sanne Bakker", "sanne.bakker@circlemetrics.example.nl"),
    subject="Re: Sorry about this morning", date="2026-03-27 09:18 +0100",
    cte="quoted-printable",
    text=f"""Hi Elodie,

No worries at all, these things happen. Joost and I can do Tuesday 31 March at 16:00 (Amsterdam time, so CEST by then). I've moved the meeting; you'll get the updated Zoom invite from Greenhouse in a minute, at the right address this time.

See you Tuesday,
Sanne

{on_wrote("Thu, 26 Mar 2026 at 13:05", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>")}
{quote(_circle_sorry)}

> On Thu, 26 Mar 2026 at 11:40, Sanne Bakker <sanne.bakker@circlemetrics.example.nl> wrote:
>> Hi Elodie, we waited for you on Zoom from 11:00 to 11:15 today but you didn't join.
>> Is everything OK?""",
))

_nl_move = """Dear Elodie,

Unfortunately Ingrid Smit is ill this week, so we need to move Tuesday's panel interview. The new time is Thursday 20 August, 14:00–15:15, same place and same panel.

An updated calendar invitation is attached to this email; it replaces the previous one.

Apologies for the change and thank you for your understanding.

Daan Kuipers
Recruiter | Noordlicht Assurance"""

MESSAGES.append(dict(
    kind=RES, name="noordlicht_interviewer_ill_sequence", lang="en",
    company="Noordlicht Assurance", contact="daan.kuipers@noordlicht.example.nl",
    mid="nl-move", parent="nl-inv",
    frm=("Daan Kuipers", "daan.kuipers@noordlicht.example.nl"),
    subject="Updated invitation: Panel interview – Sustainability Reporting Specialist",
    subj_enc=("utf-8", "q"), date="2026-08-17 08:05 +0200", text=_nl_move,
    cal=ics("REQUEST", "nl-panel-2026-0713-wm@noordlicht.example.nl", "2026-08-20 14:00",
            "2026-08-20 15:15", "Panel interview – Elodie Wasserfall-Mbatha",
            ("Daan Kuipers", "daan.kuipers@noordlicht.example.nl"),
            location="Stadhouderskade 60, Amsterdam", tz="Europe/Amsterdam", seq=1),
))

MESSAGES.append(dict(
    kind=RES, name="zeitwerk_method_cancel", lang="en", company="Zeitwerk Gruppe",
    contact="lukas.imhof@zeitwerk.example.ch", mid="zw-cancel", parent="zw-inv",
    frm=("Imhof Lukas", "lukas.imhof@zeitwerk.example.ch"),
    subject="Canceled: Panel interview – Sustainability Reporting Analyst",
    subj_enc=("utf-8", "b"), date="2026-09-14 16:51 +0200",
    text="""Hi Elodie, we need to cancel tomorrow's panel. Apologies for the short notice; I will come back to you with next steps.
Lukas""",
    cal=ics("CANCEL", "zw-panel-sra-20260915@zeitwerk.example.ch", "2026-09-15 10:00",
            "2026-09-15 11:30", "Canceled: Panel interview – Sustainability Reporting Analyst",
            ("Imhof Lukas", "lukas.imhof@zeitwerk.example.ch"),
            location="Seefeldstrasse 123, 8008 Zürich", seq=1),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

_limmat_move = """Sehr geehrte Frau Wasserfall-Mbatha

Herr Brunner ist am 5. März leider verhindert. Wir verschieben Ihr Gespräch deshalb auf Freitag, 6. März 2026, 14.00-15.00 Uhr, am gleichen Ort.

Die aktualisierte Einladung ersetzt die bisherige. Bitte bestätigen Sie den neuen Termin.

Freundliche Grüsse
Regula Hächler"""

MESSAGES.append(dict(
    kind=RES, name="limmatbank_updated_sequence", lang="de", company="Limmatbank",
    contact="regula.haechler@limmatbank.example.ch", mid="limmat-move", parent="limmat-inv",
    frm=("Regula Hächler", "regula.haechler@limmatbank.example.ch"),
    frm_enc=("iso-8859-1", "q"),
    subject="Aktualisiert: Vorstellungsgespräch E. Wasserfall-Mbatha",
    subj_enc=("iso-8859-1", "q"), date="2026-03-02 11:26 +0100",
    text=_limmat_move, charset="iso-8859-1", cte="quoted-printable",
    cal=ics("REQUEST", "limmat-int-20260305-ewm@limmatbank.example.ch", "2026-03-06 14:00",
            "2026-03-06 15:00", "Vorstellungsgespräch E. Wasserfall-Mbatha",
            ("Regula Hächler", "regula.haechler@limmatbank.example.ch"),
            location="Bahnhofstrasse 71, 8001 Zürich", seq=1),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

MESSAGES.append(dict(
    kind=RES, name="alpstein_client_moves_aarwerk", lang="de",
    company="Aarwerk Versicherungen", contact="jonas.rueegg@alpstein-search.example.ch",
    mid="alp-move", parent="alp-inv",
    frm=("Jonas Rüegg", "jonas.rueegg@alpstein-search.example.ch"),
    subject="Aarwerk: Termin verschoben auf Donnerstag", date="2026-07-13 12:10 +0200",
    cte="quoted-printable",
    text=f"""Guten Tag Frau Wasserfall-Mbatha

Kurze Änderung: Frau Gerber von Aarwerk muss am Mittwochmorgen an eine Verwaltungsratssitzung. Das Gespräch findet neu am Donnerstag, 16. Juli, um 15.00 Uhr statt, Ort unverändert (Schwanengasse 14, Bern).

Können Sie mir kurz bestätigen, dass das für Sie geht?

Freundliche Grüsse
Jonas Rüegg
Alpstein Executive Search | +41 44 520 18 60

{outlook_block("de", "Jonas Rüegg <jonas.rueegg@alpstein-search.example.ch>", "Donnerstag, 9. Juli 2026 16:33", "Elodie Wasserfall-Mbatha <elodie.wm@example.ch>", "AW: Mandat Versicherung Bern – Gespräch beim Kunden")}

Die Leiterin Corporate Reporting, Frau Sabine Gerber, möchte Sie gerne kennenlernen:
Mittwoch, 15. Juli 2026, 09.30 Uhr
Aarwerk Versicherungen, Schwanengasse 14, 3011 Bern""",
))

MESSAGES.append(dict(
    kind=RES, name="banco_meseta_method_cancel", lang="es", company="Banco Meseta",
    contact="lucia.ferrandiz@bancomeseta.example.es", mid="meseta-cancel", parent="meseta-inv",
    frm=("Lucía Ferrándiz", "lucia.ferrandiz@bancomeseta.example.es"),
    frm_enc=("iso-8859-1", "b"),
    subject="Cancelada: Entrevista - Analista de Reporting ESG", subj_enc=("iso-8859-1", "b"),
    date="2026-04-20 17:32 +0200", cte="quoted-printable",
    text="""Hola, Elodie:

Siento tener que escribirte esto: tenemos que anular la entrevista del miércoles 22. El área de Sostenibilidad está en plena reorganización y el comité no puede reunirse. Volveremos a escribirte en cuanto tengamos fecha.

Un saludo,
Lucía""",
    cal=ics("CANCEL", "meseta-esg-20260422-ewm@bancomeseta.example.es", "2026-04-22 10:00",
            "2026-04-22 11:00", "Entrevista – Analista de Reporting ESG",
            ("Lucía Ferrándiz", "lucia.ferrandiz@bancomeseta.example.es"),
            location="Reunión de Microsoft Teams", tz="Europe/Madrid", seq=1),
))

MESSAGES.append(dict(
    kind=RES, name="retiro_moved_to_tuesday", lang="es",
    company="Retiro Sostenibilidad Consultores",
    contact="irene.calvo@retiro-sostenibilidad.example.es", mid="ret-move", parent="ret-inv",
    frm=("Irene Calvo", "irene.calvo@retiro-sostenibilidad.example.es"),
    subject="Cambio de hora de nuestra entrevista", date="2026-06-25 19:40 +0200",
    cte="quoted-printable",
    text="""Hola Elodie:

Me ha surgido un viaje a Bilbao el lunes. ¿Podemos pasar nuestra entrevista del lunes 29 al martes 30 a las 12:00? El enlace de la videollamada sería el mismo.

Si no te va bien, dime dos o tres huecos esa semana y lo cuadramos.

Un saludo,
Irene Calvo
Socia · Retiro Sostenibilidad Consultores
Calle de Alfonso XII 30, 28014 Madrid""",
))

# =========================================================================== missed

MESSAGES.append(dict(
    kind=MIS, name="bellecour_climat_called_twice", lang="fr", company="Bellecour Climat",
    contact="lou@bellecour-climat.example.org", mid="bell-missed", parent="bell-inv",
    frm=("Lou Garnier", "lou@bellecour-climat.example.org"),
    subject="On s'est ratées mardi", date="2026-04-21 10:26 +0200",
    text="""Coucou Elodie,

Je t'ai appelée deux fois à 10h comme prévu, mais ça a sonné dans le vide et je suis tombée sur ta messagerie. Je t'ai aussi laissé un SMS.

Pas grave, dis-moi quand tu peux cette semaine !

Lou""",
    cte="8bit",
))

MESSAGES.append(dict(
    kind=MIS, name="rhone_emploi_client_waited", lang="fr", company="Rhône Emploi",
    contact="maelle.chappuis@rhone-emploi.example.ch", mid="rhone-client-missed",
    parent="rhone-client-inv",
    frm=("Maëlle Chappuis", "maelle.chappuis@rhone-emploi.example.ch"),
    frm_enc=("utf-8", "q"),
    subject="Rendez-vous de ce matin", date="2026-05-20 10:41 +0200", cte="quoted-printable",
    text="""Elodie, notre client vous attendait ce matin à 9h30 à Genève et personne ne s'est présenté. Tout va bien ? Rappelez-moi dès que possible, svp.

Maëlle
+41 21 310 44 72""",
))

MESSAGES.append(dict(
    kind=MIS, name="vireo_talent_voicemail", lang="fr", company="Vireo Talent",
    contact="karim@vireo-talent.example.ch", mid="vireo-missed", parent="vireo-cv",
    frm=("Karim Benslimane | Vireo Talent", "karim@vireo-talent.example.ch"),
    subject="Notre point de 14h", date="2026-07-14 14:22 +0200", cte="quoted-printable",
    text="""Chère Elodie,

J'ai essayé de vous joindre à 14h comme convenu pour notre entretien de qualification, à deux reprises, et je suis tombé sur votre messagerie.

Je suis au bureau jusqu'à 18h30 si vous voulez me rappeler au +41 22 700 31 90. Sinon, proposez-moi un autre moment demain.

Bien à vous,
Karim""",
))

_valdor_missed = """Bonjour Madame Wasserfall-Mbatha,

Nous vous avons attendue ce matin sur Teams pour l'entretien de 10h00 que vous aviez réservé. Au bout d'un quart d'heure, nous avons dû clore la réunion sans avoir pu vous parler.

Pourriez-vous me dire ce qui s'est passé ? Je reviendrai ensuite vers vous au sujet de la suite.

Bien à vous,
Sophie Rey-Mermet
HR Business Partner – Groupe Valdor"""

MESSAGES.append(dict(
    kind=MIS, name="groupe_valdor_waited_on_teams", lang="fr", company="Groupe Valdor",
    contact="sophie.reymermet@valdor.example.ch", mid="valdor-missed", parent="valdor-inv",
    frm=("Sophie Rey-Mermet", "sophie.reymermet@valdor.example.ch"),
    subject="Entretien de ce matin – Groupe Valdor", subj_enc=("utf-8", "q"),
    date="2026-07-28 10:31 +0200", text=_valdor_missed, cte="quoted-printable",
    html=plain_html(paras(_valdor_missed), "Entretien", "fr"), html_cte="quoted-printable",
))

MESSAGES.append(dict(
    kind=MIS, name="prevoyance_saone_not_at_reception", lang="fr", company="Prévoyance Saône",
    contact="nicole.berthet@prevoyance-saone.example.fr", mid="ps-missed", parent="ps-ack",
    frm=("Nicole Berthet", "nicole.berthet@prevoyance-saone.example.fr"),
    subject="Votre entretien de ce matin", date="2026-04-24 11:05 +0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Madame,

Vous étiez attendue ce matin à 9h30 au 40 quai Rambaud pour votre entretien avec Mme Perret et moi-même. L'accueil ne vous a pas vue arriver et nous n'avons reçu aucun message de votre part.

Nous espérons qu'il ne vous est rien arrivé. Merci de nous contacter pour nous expliquer la situation.

Nicole Berthet
Chargée de recrutement
Prévoyance Saône
40 quai Rambaud, 69002 Lyon
04 72 41 66 08""",
))

MESSAGES.append(dict(
    kind=MIS, name="circle_metrics_waited_on_zoom", lang="en", company="Circle Metrics",
    contact="sanne.bakker@circlemetrics.example.nl", mid="circle-missed", parent="circle-inv",
    frm=("Sanne Bakker", "sanne.bakker@circlemetrics.example.nl"),
    subject="Today's interview", date="2026-03-26 11:40 +0100",
    text="""Hi Elodie, we waited for you on Zoom from 11:00 to 11:15 today but you didn't join.
Is everything OK?

Sanne Bakker
Talent Partner, Circle Metrics""",
))

MESSAGES.append(dict(
    kind=MIS, name="open_canal_not_reachable", lang="en", company="Open Canal Foundation",
    contact="sophie@opencanal.example.org", mid="oc-missed", parent="oc-ack",
    frm=("Sophie de Graaf", "sophie@opencanal.example.org"),
    subject="Our phone interview at 15:00", date="2026-06-30 15:24 +0200",
    text="""Dear Elodie,

I tried to reach you on +41 79 512 38 06 at 15:00 for our phone interview, as agreed last week. I called twice and couldn't get through, and there was no voicemail.

Could you let me know what happened? I'm unfortunately travelling for the rest of the week.

Best wishes,
Sophie de Graaf
Programme Director, Open Canal Foundation
Oudeschans 21, 1011 KS Amsterdam""",
))

MESSAGES.append(dict(
    kind=MIS, name="sihlpunkt_nicht_erreicht", lang="de", company="Sihlpunkt Consulting",
    contact="tobias.keller@sihlpunkt.example.ch", mid="sihl-missed", parent="sihl-inv",
    frm=("Tobias Keller", "tobias.keller@sihlpunkt.example.ch"),
    subject="AW: Telefoninterview Consultant Sustainability Reporting",
    date="2026-04-14 10:21 +0200", cte="8bit",
    text=f"""Grüezi Frau Wasserfall-Mbatha

Ich habe heute um 10.00 Uhr wie vereinbart zweimal versucht, Sie auf Ihrer Mobilnummer zu erreichen, leider ohne Erfolg.

Bitte melden Sie sich bei mir, falls Sie weiterhin Interesse haben.

Beste Grüsse
Tobias Keller

{am_schrieb("07.04.2026 um 13:58", "Tobias Keller <tobias.keller@sihlpunkt.example.ch>")}
> Passt Ihnen Dienstag, 14. April, um 10.00 Uhr? Ich würde Sie auf Ihrer
> Mobilnummer +41 79 512 38 06 anrufen.""",
))

MESSAGES.append(dict(
    kind=MIS, name="gurten_teams_no_show", lang="de", company="Gurten Versicherung",
    contact="marco.zbinden@gurten-versicherung.example.ch", mid="gurten-missed",
    parent="gurten-ack",
    frm=("Marco Zbinden", "marco.zbinden@gurten-versicherung.example.ch"),
    subject="Unser Teams-Termin von heute", date="2026-07-30 14:35 +0200",
    cte="quoted-printable",
    text="""Sehr geehrte Frau Wasserfall-Mbatha

Wir haben heute um 14.00 Uhr im Teams-Meeting auf Sie gewartet, Sie sind jedoch nicht eingetreten. Auch telefonisch konnten wir Sie nicht erreichen.

Falls technische Probleme der Grund waren, teilen Sie uns dies bitte bis Montag mit.

Freundliche Grüsse
Marco Zbinden
HR-Fachmann, Gurten Versicherung
+41 31 384 21 77""",
))

MESSAGES.append(dict(
    kind=MIS, name="seguros_manzanares_two_calls", lang="es", company="Seguros Manzanares",
    contact="alvaro.sanz@seguros-manzanares.example.es", mid="manz-missed", parent="manz-inv",
    frm=("Álvaro Sanz", "alvaro.sanz@seguros-manzanares.example.es"),
    subject="No he podido localizarte", date="2026-06-11 10:19 +0200", cte="8bit",
    text="""Hola Elodie:

Te he llamado dos veces a las 10:00, como habíamos quedado, pero no he podido localizarte.

Dime si ha pasado algo.

Saludos,
Álvaro""",
))

assert len(MESSAGES) == 51, len(MESSAGES)
for _m in MESSAGES:
    _m.setdefault("to", [ME])
