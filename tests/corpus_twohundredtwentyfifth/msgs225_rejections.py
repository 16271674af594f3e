"""Corpus 225: the 31 rejections, each written by hand."""

from __future__ import annotations

from msgs225_common import (
    CAND,
    DISCLAIMER,
    WELSH_FOOTER,
    alt_card,
    alt_outlook,
    ats_card,
    forwarded,
    plain,
    quote,
    reply,
    simple_html,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


# ---------------------------------------------------------------- English

add(kind="rejection", slug="bathmendip_taleo_formal", lang="en",
    company="Bath & Mendip Council", contact="",
    frm=("Bath & Mendip Council Careers", "bathmendip@taleo.net"), ats=True,
    subject="Your application: GIS Technician (ref BMC-0417)",
    date="2026-03-27 16:05", key="bm_reject", parent="bm_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    **alt_card("Bath & Mendip Council", "#5b2c6f", "GIS Technician (BMC-0417)", [
        "Dear Ewan Castillo-Faure,",
        "Thank you for applying for the post of GIS Technician within our Place and "
        "Environment directorate.",
        "The shortlisting panel has now assessed all applications against the essential "
        "criteria in the person specification. I regret to inform you that your application "
        "has not been shortlisted on this occasion.",
        "Given the number of applications received we are unable to provide individual "
        "feedback at this stage. Vacancies are published every Friday on our careers site.",
        "Yours sincerely,\nRecruitment Team\nBath & Mendip Council",
    ], ["This message was sent from an unmonitored mailbox.",
        "Bath & Mendip Council, Guildhall Lane, Bath BA1 5AW"]))

add(kind="rejection", slug="tawe_lever_closer_match", lang="en",
    company="Tawe Environmental", contact="",
    frm=("Tawe Environmental", "no-reply@hire.lever.co"), ats=True,
    subject="Update on your application to Tawe Environmental",
    date="2026-02-10 11:42", key="tawe_reject", parent="tawe_ack",
    html=ats_card("Tawe Environmental", "#1d4ed8", "Junior GIS & Data Technician", [
        "Hi Ewan,",
        "Many thanks for the time you put into your application for the Junior GIS & Data "
        "Technician role in our Swansea office.",
        "After a careful review we have decided to move forward with candidates whose "
        "experience more closely matches what the project team needs right now, particularly "
        "hands-on work with ecological survey datasets.",
        "We genuinely appreciated hearing about your route from delivery rounds into mapping, "
        "and we would be glad to see your name again when we next advertise.",
        "Best wishes,\nThe Tawe Environmental hiring team",
    ], ["Tawe Environmental · Kings Road · Swansea SA1 8PH",
        "Powered by Lever"]))

add(kind="rejection", slug="kingsweston_role_on_hold", lang="en",
    company="Kingsweston Energy Networks", contact="megan.lloyd@kingsweston.example.co.uk",
    frm=("Megan Lloyd", "megan.lloyd@kingsweston.example.co.uk"),
    subject="Re: GIS Asset Data Technician – phone screen",
    date="2026-07-02 09:18", key="kw_reject", parent="kw_cancel",
    cte="quoted-printable",
    text=plain([
        "Hi Ewan,",
        "I promised I’d come back to you once we knew more about the asset data post, and I’m "
        "afraid it isn’t good news. The network planning restructure has been signed off and "
        "the role has been put on hold indefinitely – we will not proceed with the "
        "recruitment, for you or for anyone else on the shortlist.",
        "I know that’s frustrating after the screening call was cancelled last month. If the "
        "post is re-advertised I will personally drop you a line, because your fieldwork "
        "background stood out.",
        "Kind regards,\nMegan Lloyd\nTalent Acquisition Partner\nKingsweston Energy Networks\n"
        "Avonmouth Way, Bristol BS11 9YA\nT: 0117 496 0732",
        DISCLAIMER["en"],
    ]))

add(kind="rejection", slug="seren_terse_after_interview", lang="en",
    company="Seren Geospatial", contact="rhys.jenkins@serengeo.example.co.uk",
    frm=("Rhys Jenkins", "rhys.jenkins@serengeo.example.co.uk"),
    subject="Seren - GIS Technician",
    date="2026-05-06 17:51", key="seren_reject", parent="seren_ill",
    text="Ewan,\n\nThanks for coming in on Thursday. We're not taking it further - the other "
         "shortlisted person had more FME than we can train up in the time we've got.\n\n"
         "Pob lwc,\nRhys\n\nSent from my phone\n")

_afon_thanks = (
    "Dear Bethan,\n\n"
    "Thank you for organising Thursday's assessment centre. I enjoyed the digitising "
    "exercise and the group task on the burst-main scenario, and it was good to meet the "
    "network records team. I'm still very keen on the GIS Data Technician post and look "
    "forward to hearing from you.\n\n"
    "Best wishes,\nEwan")

add(kind="rejection", slug="afonwater_after_ac_quotes_thanks", lang="en",
    company="Afon Water", contact="bethan.rowlands@afonwater.example.co.uk",
    frm=("Bethan Rowlands", "bethan.rowlands@afonwater.example.co.uk"),
    subject="RE: Thank you - assessment centre 5 March",
    date="2026-03-19 13:27", key="afon_reject", parent="afon_thanks",
    text=reply(
        "Dear Ewan,\n\n"
        "Thank you for your kind note, and for the energy you brought to the day.\n\n"
        "The panel met on Tuesday to compare scores across both assessment days. Your "
        "digitising accuracy was among the best we saw, but the role needs someone who can "
        "work independently on our ArcGIS Utility Network model from the start, and another "
        "candidate scored higher on that part. We will therefore not be offering you the "
        "position.\n\n"
        "If you would like a short call with the hiring manager about your scores, reply here "
        "and I will arrange it.\n\n"
        "With best wishes,\nBethan Rowlands\nResourcing Adviser | Afon Water\n"
        "Heol Glan yr Afon, Cardiff CF10 4RN | 029 2046 1180\n\n" + WELSH_FOOTER,
        "en", "2026-03-05 18:40", CAND[0], CAND[1], _afon_thanks))

add(kind="rejection", slug="forestdean_filled_internally", lang="en",
    company="Forest of Dean Environmental", contact="sian.powell@fodenv.example.co.uk",
    frm=("Forest of Dean Environmental", "no-reply@teamtailor-mail.com"), ats=True,
    reply_to=("Siân Powell", "sian.powell@fodenv.example.co.uk"),
    subject="Mapping Assistant - Gloucester",
    date="2026-05-14 08:30", key="fod_reject", parent="fod_ack",
    **alt_card("Forest of Dean Environmental", "#166534", "About the Mapping Assistant post", [
        "Hello Ewan,",
        "A quick and honest update: the Mapping Assistant post has been filled internally. "
        "One of our field ecologists asked to move across to the GIS team and the directors "
        "agreed before we reached the interview stage.",
        "That means we are closing all external applications, including yours. It is no "
        "reflection on what you sent us.",
        "If you have questions, simply reply – this goes to Siân in our people team.",
        "Warm regards,\nSiân Powell\nPeople & Culture",
    ], ["Forest of Dean Environmental, The Old Tannery, Gloucester GL1 2EH",
        "Sent with Teamtailor"]))

add(kind="rejection", slug="bluefield_relays_barrydock_no", lang="en",
    company="Barry Dock Utilities", contact="owain.pritchard@bluefield-rec.example.co.uk",
    frm=("Owain Pritchard", "owain.pritchard@bluefield-rec.example.co.uk"),
    subject="Barry Dock Utilities - feedback",
    date="2026-06-30 15:12", charset="windows-1252", cte="8bit",
    text=plain([
        "Hiya Ewan,",
        "Just off the phone with the hiring manager at Barry Dock Utilities. They’ve been "
        "really complimentary about you, but they’ve told me they won’t be progressing your "
        "application – they’ve gone for someone who already holds a CSCS card and has "
        "worked with their water network records before.",
        "I know that’s a disappointing one, especially with the £27,500 salary being spot on "
        "for you. Chin up – I’ve got two more GIS roles landing next week and I’ll ring you "
        "about both.",
        "Cheers,\nOwain Pritchard\nSenior Consultant – Engineering & Geospatial\n"
        "Bluefield Recruitment\nChurchill Way, Cardiff CF10 2HE\nM: 07700 900871",
    ]))

add(kind="rejection", slug="geotalent_client_unnamed", lang="en",
    company="Geo Talent Partners", contact="priya.natarajan@geotalent.example.co.uk",
    frm=("Priya Natarajan", "priya.natarajan@geotalent.example.co.uk"),
    subject="RE: GIS Technician opportunity (Bristol) - client decision",
    date="2026-04-09 10:02", key="gt_reject", parent="gt_missed",
    **alt_outlook([
        "Hi Ewan,",
        "Thanks for bearing with me while my client reviewed the shortlist.",
        "Unfortunately they’ve come back and said they won’t be inviting you to the next "
        "stage. Their reasoning is that they now want someone with at least a year of QGIS "
        "in a commercial setting, which wasn’t in the original brief I was given.",
        "I’ll keep your details on file with us and will be in touch as soon as something "
        "more suitable comes through.",
    ], ["Priya Natarajan", "Principal Consultant", "Geo Talent Partners",
        "Temple Quay, Bristol BS1 6DZ", "0117 496 0219"],
        disclaimer=DISCLAIMER["en"]))

add(kind="rejection", slug="severnvale_closed_after_noshow", lang="en",
    company="Severn Vale Water", contact="tomos.edwards@severnvale.example.co.uk",
    frm=("Tomos Edwards", "tomos.edwards@severnvale.example.co.uk"),
    subject="Your application - Network GIS Technician (SVW-2291)",
    date="2026-07-24 12:44", cte="base64", key="svw_reject", parent="svw_missed",
    text=plain([
        "Dear Ewan,",
        "Thank you for explaining what happened on the morning of the 16th; train "
        "cancellations out of Cardiff have caught a few people out this summer.",
        "Having reviewed the position with the panel chair, we are unable to offer another "
        "interview date because the remaining candidates have now been seen and a decision "
        "has been made. Your application for the Network GIS Technician role is therefore "
        "closed.",
        "We appreciate your interest in Severn Vale Water.",
        "Tomos Edwards\nRecruitment Officer\nSevern Vale Water, Bristol Road, Gloucester GL2 5FA",
    ]))

add(kind="rejection", slug="severnside_casual_colleague", lang="en",
    company="Severnside Mapping", contact="jo.marsh@severnside.example.co.uk",
    frm=("Jo Marsh", "jo.marsh@severnside.example.co.uk"),
    subject="us & you",
    date="2026-05-29 18:20", key="ssm_reject", parent="ssm_own_sorry",
    text="hey Ewan\n\nbad news i'm afraid, we went with someone else for the tech role. "
         "honestly it was close and the team liked your portfolio map of the round - but "
         "Gemma's already done a year on OS MasterMap so she edged it.\n\nsorry to be the "
         "one telling you on a friday night. grab a pint, you've earned it\n\njo\n")

add(kind="rejection", slug="uskvalley_vacancy_withdrawn", lang="en",
    company="Usk Valley Surveys", contact="",
    frm=("Usk Valley Surveys", "noreply@jobs.recruitee.com"), ats=True,
    subject="Survey CAD/GIS Technician: vacancy withdrawn",
    date="2026-03-16 09:00", key="usk_reject", parent="usk_ack",
    **alt_card("Usk Valley Surveys", "#0f766e", "Vacancy withdrawn", [
        "Dear Ewan,",
        "We are writing to everyone who applied for the Survey CAD/GIS Technician position. "
        "Following a budget review at the end of the quarter the partners have withdrawn the "
        "vacancy, and it will not be filled this year.",
        "Your application has therefore been closed. Your data will be deleted after six "
        "months in line with our privacy notice.",
        "Thank you for thinking of Usk Valley Surveys.",
    ], ["Usk Valley Surveys, Bridge Street, Newport NP20 4AL",
        "Recruitment software by Recruitee"]))

add(kind="rejection", slug="elyvalley_speculative_no", lang="en",
    company="Ely Valley Archaeology Trust", contact="gwyn.harries@elyvalley.example.org.uk",
    frm=("Gwyn Harries", "gwyn.harries@elyvalley.example.org.uk"),
    subject="Eich cais / Your enquiry – Ely Valley Archaeology Trust",
    subj_enc="utf-8/B", date="2026-01-19 14:36",
    charset="iso-8859-1", cte="quoted-printable",
    text=plain([
        "Annwyl Ewan,",
        "Thank you for sending your CV on spec and for the kind words about our Caerau hillfort "
        "maps.",
        "I'm sorry to say we won't be able to take you on. We are a small trust, our HER "
        "mapping is done by two part-time staff, and there is no funding for a technician "
        "post this year or next. I don't want to keep your hopes up by holding on to your "
        "details, so I have not added you to any list.",
        "Good luck with the move into GIS - the National Monuments Record volunteers "
        "sometimes need digitisers, which might be worth a look.",
        "Cofion cynnes,\nGwyn Harries\nHistoric Environment Officer\nEly Valley Archaeology "
        "Trust, Heol Trelái, Caerau, Cardiff CF5 5LQ\nFfôn: 029 2057 3301",
    ]))

_penrose_client = (
    "Hi Daniel,\n\n"
    "Thanks for putting Ewan forward and for sorting the interview on the 12th. The panel "
    "liked his attitude and the way he talked about route planning, but for this role we "
    "need someone who can pick up AutoCAD Map 3D straight away, so we won't be making him an "
    "offer.\n\n"
    "Happy for you to pass that on.\n\n"
    "Regards,\nFiona Clarke\nAsset Information Manager, Avonmouth Port Utilities")

add(kind="rejection", slug="penrose_forwards_client_feedback", lang="en",
    company="Avonmouth Port Utilities", contact="daniel.okafor@penrose-tech.example.co.uk",
    frm=("Daniel Okafor", "daniel.okafor@penrose-tech.example.co.uk"),
    subject="Fwd: Candidate feedback - E. Castillo-Faure",
    date="2026-05-21 16:48", key="pen_reject", parent="pen_invite",
    text="Ewan,\n\nForwarding the client's feedback below word for word, as promised. "
         "Sorry it's a no this time - I'd take the AutoCAD point on board, a short course "
         "would fix it.\n\nDaniel Okafor\nPenrose Technical Recruitment | 0117 496 0555\n\n"
         + forwarded("en", "Fiona Clarke <fiona.clarke@avonmouthport.example.co.uk>",
                     "Thu, 21 May 2026 at 15:10", "Candidate feedback - E. Castillo-Faure",
                     "Daniel Okafor <daniel.okafor@penrose-tech.example.co.uk>",
                     _penrose_client))

add(kind="rejection", slug="glevum_workday_html", lang="en",
    company="Glevum District Council", contact="",
    frm=("Glevum District Council", "glevum@myworkday.com"), ats=True,
    subject="Application outcome - Technical Officer (Land Charges & GIS)",
    date="2026-04-28 07:15", html_cte="base64",
    html=ats_card("Glevum District Council", "#7c2d12",
                  "Technical Officer (Land Charges & GIS) - R-11842", [
                      "Dear Ewan,",
                      "Your application for Technical Officer (Land Charges & GIS) has been "
                      "reviewed.",
                      "We are sorry to let you know that you have not been selected to progress "
                      "further in the recruitment process for this requisition.",
                      "You can review the status of your applications at any time in the "
                      "Candidate Home section of our careers site.",
                      "Glevum District Council People Services",
                  ], ["Please do not reply to this automated message.",
                      "Glevum District Council, Eastgate House, Gloucester GL1 1PX"],
                  button=("Candidate Home",
                          "https://glevum.wd3.myworkday.com/glevum/d/home.htmld")))

add(kind="rejection", slug="brunelgrid_smartrecruiters", lang="en",
    company="Brunel Grid Services", contact="",
    frm=("Brunel Grid Services", "no-reply@smartrecruiters.com"), ats=True,
    subject="Brunel Grid Services: GIS Data Technician",
    date="2026-09-29 10:31", key="bg_reject", parent="bg_missed",
    **alt_card("Brunel Grid Services", "#b91c1c", "GIS Data Technician – Bristol", [
        "Dear Ewan,",
        "We have now completed the screening calls for the GIS Data Technician role.",
        "As you were not available for your scheduled call and we were unable to find "
        "another time before the shortlist closed, we will not be moving your application "
        "forward.",
        "We wish you every success in your search.",
        "Talent Team, Brunel Grid Services",
    ], ["This email was sent via SmartRecruiters on behalf of Brunel Grid Services.",
        "Manage your data: https://jobs.smartrecruiters.com/privacy"]))

add(kind="rejection", slug="westglam_after_assessment_feedback", lang="en",
    company="West Glamorgan Joint Planning Service",
    contact="carys.beynon@westglamplanning.example.gov.uk",
    frm=("Carys Beynon", "carys.beynon@westglamplanning.example.gov.uk"),
    subject="Assessment outcome and feedback – Planning GIS Assistant",
    date="2026-05-11 15:58", key="wg_reject", parent="wg_postponed",
    **alt_outlook([
        "Dear Ewan,",
        "Thank you for attending the assessment day on 29 April.",
        "The scores were close at the top. Your written exercise (interpreting a planning "
        "constraints map) scored 17/20 and the panel noted your clear explanations. Your "
        "practical test scored lower, mainly because the buffer and overlay steps were not "
        "completed in the time allowed.",
        "On this occasion the appointment has gone to another candidate. We would encourage "
        "you to apply again; posts at this grade come up two or three times a year.",
        "With kind regards,",
    ], ["Carys Beynon", "HR Business Partner",
        "West Glamorgan Joint Planning Service / Gwasanaeth Cynllunio ar y Cyd Gorllewin "
        "Morgannwg", "The Guildhall, Swansea SA1 4PE", "01792 636 218"],
        disclaimer=WELSH_FOOTER + " " + DISCLAIMER["en"]))

add(kind="rejection", slug="lansdown_ashby_talent_pool", lang="en",
    company="Lansdown Cartographic", contact="",
    frm=("Lansdown Cartographic", "no-reply@ashbyhq.com"), ats=True,
    subject="Thanks for applying to Lansdown Cartographic",
    date="2026-10-06 14:00",
    **alt_card("Lansdown Cartographic", "#334155", "Cartographic Technician", [
        "Hi Ewan,",
        "Thanks again for applying for our Cartographic Technician opening.",
        "We've now reviewed every application and won't be taking yours further for this "
        "role. We've kept your profile in our talent pool, so if something closer to your "
        "experience comes up you may hear from us.",
        "All the best,\nLansdown Cartographic Recruiting",
    ], ["Lansdown Cartographic · Lansdown Road · Bath BA1 5EE"]))

_gower_1 = (
    "Hi Nia,\n\n"
    "Sorry to chase - I was wondering whether there was any news after the interview on "
    "4 March? I really enjoyed talking through the habitat survey maps.\n\n"
    "Diolch,\nEwan")
_gower_0 = (
    "Dear Ewan,\n\n"
    "Thanks for your application. We'd like to invite you to an interview for the Ecology "
    "GIS Assistant post on Wednesday 4 March at 14:00 at our Mumbles office.\n\n"
    "Best,\nNia")

add(kind="rejection", slug="gowerecology_long_chain", lang="en",
    company="Gower Ecology", contact="nia.vaughan@gowerecology.example.co.uk",
    frm=("Nia Vaughan", "nia.vaughan@gowerecology.example.co.uk"),
    subject="Re: Re: Interview - Ecology GIS Assistant",
    date="2026-03-24 12:09", key="gower_reject", parent="gower_invite",
    cte="quoted-printable",
    text="Hi Ewan,\n\n"
         "Apologies for the silence – we had a sick week in the office.\n\n"
         "We've offered the post to another applicant, who accepted yesterday. It was a "
         "hard choice; if we get the Kenfig dune contract in the summer we may have a "
         "seasonal mapping post, and I'd happily point you at it.\n\n"
         "All the best,\nNia\n\n"
         + wrote("en", "2026-03-20 08:55", CAND[0], CAND[1]) + "\n"
         + quote(_gower_1 + "\n\n" + wrote("en", "2026-02-25 10:31", "Nia Vaughan",
                                           "nia.vaughan@gowerecology.example.co.uk")
                 + "\n" + quote(_gower_0)) + "\n")

# ---------------------------------------------------------------- French

_ouest_merci = (
    "Bonjour Madame Guillou,\n\n"
    "Merci encore pour l'entretien de ce matin et pour la présentation de vos chantiers de "
    "numérisation du cadastre. Je reste très motivé par le poste de technicien SIG.\n\n"
    "Bien cordialement,\nEwan Castillo-Faure")

add(kind="rejection", slug="ouestgeodonnees_apres_entretien", lang="fr",
    company="Ouest Géodonnées", contact="morgane.guillou@ouestgeo.example.fr",
    frm=("Morgane Guillou", "morgane.guillou@ouestgeo.example.fr"),
    subject="Re: Merci pour l'entretien",
    date="2026-10-02 17:22",
    text=reply(
        "Bonjour Monsieur Castillo-Faure,\n\n"
        "Merci pour votre message et pour votre disponibilité lors de notre échange.\n\n"
        "Après réflexion, nous avons choisi un candidat déjà installé à Rennes et "
        "immédiatement disponible, notre calendrier de livraison ne nous permettant pas "
        "d'attendre votre arrivée en France. Nous ne donnerons donc pas suite à votre "
        "candidature.\n\n"
        "Je vous souhaite de trouver rapidement le poste qui vous convient.\n\n"
        "Morgane Guillou\nResponsable de production\nOuest Géodonnées – 12 rue de Brest, "
        "35000 Rennes",
        "fr", "2026-09-24 12:05", CAND[0], CAND[1], _ouest_merci))

add(kind="rejection", slug="eauxvilaine_formel_latin1", lang="fr",
    company="Compagnie des Eaux de Vilaine", contact="claire.tanguy@eauxdevilaine.example.fr",
    frm=("Claire Tanguy", "claire.tanguy@eauxdevilaine.example.fr"),
    subject="Votre candidature au poste de technicien(ne) SIG réseaux",
    subj_enc="iso-8859-1/Q", date="2026-05-05 10:10", key="cev_reject", parent="cev_test",
    charset="iso-8859-1", cte="quoted-printable",
    text=plain([
        "Monsieur,",
        "Nous avons bien pris connaissance de vos résultats aux tests techniques du 21 avril "
        "et nous vous remercions de votre participation.",
        "Nous sommes au regret de vous informer que votre candidature n'a pas été retenue "
        "pour la suite du processus de recrutement.",
        "Nous conservons votre dossier pendant deux ans, sauf opposition de votre part, afin "
        "de pouvoir vous recontacter si un poste correspondant à votre profil se libérait.",
        "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.",
        "Claire Tanguy\nChargée de recrutement\nCompagnie des Eaux de Vilaine\n"
        "4 boulevard de la Liberté, 35000 Rennes\nTél. 02 99 00 41 17",
    ]))

add(kind="rejection", slug="breizhenv_profil_html_cp1252", lang="fr",
    company="Breizh Environnement Conseil", contact="yann.kerleau@breizhenv.example.fr",
    frm=("Yann Kerleau", "yann.kerleau@breizhenv.example.fr"),
    subject="Candidature - Assistant(e) cartographe",
    date="2026-07-21 09:47", key="be_reject", parent="be_ack",
    html_charset="windows-1252", html_cte="quoted-printable",
    html=simple_html([
        "Bonjour Ewan,",
        "Je reviens vers vous au sujet de votre candidature au poste d’assistant cartographe.",
        "Nous avons reçu beaucoup de dossiers de grande qualité. Nous avons finalement privilégié "
        "des profils issus d’une formation en écologie, l’essentiel du poste consistant à "
        "produire des cartes d’habitats pour nos études d’impact.",
        "Je suis sincèrement désolé de ne pas pouvoir vous proposer d’aller plus loin – votre "
        "lettre sur vos tournées de facteur et la lecture du terrain m’a beaucoup plu.",
        "Bonne continuation,\nYann Kerleau\nGérant – Breizh Environnement Conseil\n"
        "5 quai Saint-Cast, 35000 Rennes – 02 99 00 87 12",
    ], lang="fr"))

add(kind="rejection", slug="avenirrh_relaie_refus_client", lang="fr",
    company="Armorique Topographie", contact="lea.morvan@avenir-tech-rh.example.fr",
    frm=("Léa Morvan", "lea.morvan@avenir-tech-rh.example.fr"), name_enc="iso-8859-1/Q",
    subject="Retour d'Armorique Topographie",
    date="2026-02-20 14:33",
    **alt_outlook([
        "Bonjour Ewan,",
        "J’ai eu ce matin le retour d’Armorique Topographie concernant le poste de "
        "technicien SIG/DAO.",
        "Ils ont apprécié votre dossier mais ne souhaitent pas poursuivre : ils recherchent "
        "finalement quelqu’un qui maîtrise déjà Covadis pour les plans topographiques, ce qui "
        "ne figurait pas dans la fiche de poste initiale.",
        "Je reste à l’affût d’autres offres sur Rennes et je vous tiens informé.",
        "Belle journée,",
    ], ["Léa Morvan", "Consultante recrutement – Ingénierie & Environnement",
        "Avenir Tech RH", "3 place de Bretagne, 35000 Rennes", "02 99 00 63 40"],
        lang="fr", disclaimer=DISCLAIMER["fr"]))

add(kind="rejection", slug="vilainemetropole_poste_gele", lang="fr",
    company="Vilaine Métropole", contact="gwenaelle.rault@vilainemetropole.example.fr",
    frm=("Vilaine Métropole – Direction des ressources humaines",
         "drh-recrutement@vilainemetropole.example.fr"), name_enc="utf-8/B",
    reply_to=("Gwenaëlle Rault", "gwenaelle.rault@vilainemetropole.example.fr"),
    subject="Recrutement technicien SIG – suite de la procédure",
    date="2026-09-30 11:05", cte="base64", key="vm_reject", parent="vm_cancel",
    text=plain([
        "Monsieur,",
        "Suite à l'annulation du jury du 15 septembre, nous revenons vers vous.",
        "Dans le cadre des arbitrages budgétaires 2027, le poste de technicien SIG (cadre "
        "d'emplois des techniciens territoriaux) a été gelé par la collectivité. La procédure "
        "de recrutement est donc close et aucun jury ne sera reprogrammé.",
        "Nous vous remercions de l'intérêt porté à Vilaine Métropole et vous prions "
        "d'agréer nos salutations distinguées.",
        "Gwenaëlle Rault\nChargée de recrutement – DRH\nVilaine Métropole, "
        "1 esplanade de la Vilaine, 35000 Rennes",
    ]))

# ---------------------------------------------------------------- German

add(kind="rejection", slug="leinetal_softgarden", lang="de",
    company="Stadtwerke Leinetal", contact="",
    frm=("Stadtwerke Leinetal", "no-reply@softgarden.io"), ats=True,
    subject="Ihre Bewerbung als GIS-Techniker (m/w/d) – Stadtwerke Leinetal",
    subj_enc="utf-8/Q", date="2026-03-25 13:20", key="slt_reject", parent="slt_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    **alt_card("Stadtwerke Leinetal", "#0369a1", "Ihre Bewerbung", [
        "Sehr geehrter Herr Castillo-Faure,",
        "vielen Dank für Ihr Interesse an der Position GIS-Techniker (m/w/d) "
        "Netzdokumentation.",
        "Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass "
        "wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend "
        "war, dass für die Stelle eine abgeschlossene Ausbildung als Vermessungstechniker "
        "oder Geomatiker vorausgesetzt wird.",
        "Ihre Unterlagen werden nach Ablauf von sechs Monaten gemäß DSGVO gelöscht.",
        "Mit freundlichen Grüßen\nIhr Personalteam der Stadtwerke Leinetal",
    ], ["Stadtwerke Leinetal GmbH · Ihmeplatz 3 · 30449 Hannover",
        "Diese Nachricht wurde automatisch über softgarden versendet."], lang="de"))

add(kind="rejection", slug="herrenhausen_kurz_nach_probetag", lang="de",
    company="Vermessungsbüro Herrenhausen", contact="joerg.brandes@vb-herrenhausen.example.de",
    frm=("Jörg Brandes", "joerg.brandes@vb-herrenhausen.example.de"),
    name_enc="iso-8859-1/Q",
    subject="Probetag",
    date="2026-06-26 07:48", key="vbh_reject", parent="vbh_invite",
    charset="iso-8859-1", cte="8bit",
    text="Hallo Herr Castillo-Faure,\n\ndanke für Ihren Einsatz beim Probetag. Wir haben "
         "uns für einen Bewerber aus der Region entschieden, der sofort anfangen kann. "
         "Eine Zusage kann ich Ihnen deshalb nicht geben.\n\nAlles Gute\nJ. Brandes\n\n"
         "Vermessungsbüro Herrenhausen · Herrenhäuser Str. 12 · 30419 Hannover\n")

_eil_frage = (
    "Sehr geehrte Frau Schulte,\n\n"
    "es tut mir leid, dass ich Ihren Anruf am Freitag verpasst habe. Wäre ein neues "
    "Telefoninterview in der kommenden Woche möglich?\n\n"
    "Mit freundlichen Grüßen\nEwan Castillo-Faure")

add(kind="rejection", slug="eilenriede_intern_besetzt", lang="de",
    company="Umweltplanung Eilenriede", contact="anja.schulte@eilenriede-umwelt.example.de",
    frm=("Anja Schulte", "anja.schulte@eilenriede-umwelt.example.de"),
    subject="AW: Telefoninterview GIS-Assistenz",
    date="2026-08-28 16:40", key="eil_reject", parent="eil_missed",
    cte="quoted-printable",
    text=reply(
        "Sehr geehrter Herr Castillo-Faure,\n\n"
        "danke für Ihre Nachricht und entschuldigen Sie die späte Antwort.\n\n"
        "Die Stelle in der GIS-Assistenz ist inzwischen intern besetzt worden: Eine "
        "Kollegin aus der Landschaftsplanung wechselt zum 1. Oktober in das Team. Einen "
        "neuen Gesprächstermin wird es daher nicht geben, und Ihre Bewerbung ist damit "
        "abgeschlossen.\n\n"
        "Wir wünschen Ihnen für Ihren Weg in die Geoinformatik viel Erfolg.\n\n"
        "Freundliche Grüße\nAnja Schulte\nPersonal & Organisation\nUmweltplanung Eilenriede "
        "GbR, Lister Meile 40, 30161 Hannover\n\n" + DISCLAIMER["de"],
        "de", "2026-08-07 19:02", CAND[0], CAND[1], _eil_frage))

add(kind="rejection", slug="personalwerk_kunde_sagt_ab", lang="de",
    company="Geoinformatik Linden", contact="timo.becker@personalwerk-nord.example.de",
    frm=("Timo Becker", "timo.becker@personalwerk-nord.example.de"),
    subject="Rückmeldung Geoinformatik Linden",
    date="2026-10-01 11:26", key="pwn_reject", parent="pwn_missed",
    **alt_outlook([
        "Hallo Herr Castillo-Faure,",
        "wie versprochen melde ich mich mit der Rückmeldung meines Kunden, der Geoinformatik "
        "Linden.",
        "Leider hat man sich dort gegen eine Einladung entschieden. Begründet wurde das mit "
        "den fehlenden Deutschkenntnissen auf B2-Niveau, die für die Abstimmung mit den "
        "Kommunen unverzichtbar seien.",
        "Sobald ich eine englischsprachige Position im Raum Hannover habe, rufe ich Sie an.",
        "Viele Grüße",
    ], ["Timo Becker", "Personalberater Technik", "Personalwerk Nord",
        "Georgstraße 22, 30159 Hannover", "Tel. 0511 700 4318"],
        lang="de", disclaimer=DISCLAIMER["de"]))

# ---------------------------------------------------------------- Spanish

add(kind="rejection", slug="aguasabra_formal", lang="es",
    company="Aguas del Abra", contact="",
    frm=("Aguas del Abra - Selección", "seleccion-noreply@aguasdelabra.example.es"),
    subject="Proceso de selección: Técnico/a SIG de redes",
    date="2026-07-28 12:00", key="aa_reject", parent="aa_invite",
    **alt_card("Aguas del Abra", "#075985", "Técnico/a SIG de redes (ref. AA-26-031)", [
        "Estimado Ewan:",
        "Le agradecemos su participación en las entrevistas del pasado 14 de julio.",
        "Una vez finalizado el proceso, lamentamos comunicarle que no ha sido "
        "seleccionado para el puesto. La decisión se ha basado en la experiencia previa con "
        "redes de abastecimiento que exigía la convocatoria.",
        "Le deseamos mucha suerte en su carrera profesional.",
        "Departamento de Personas\nAguas del Abra",
    ], ["Aguas del Abra, S.A. · Alameda de Urquijo 18 · 48008 Bilbao",
        "Este buzón no admite respuestas."], lang="es"))

add(kind="rejection", slug="deusto_tras_entrevista", lang="es",
    company="Topografía Deusto", contact="iker.etxeberria@topodeusto.example.es",
    frm=("Iker Etxeberria", "iker.etxeberria@topodeusto.example.es"),
    subject="Sobre la entrevista del lunes",
    date="2026-09-01 19:14", key="td_reject", parent="td_missed", cte="8bit",
    text="Hola Ewan:\n\nGracias por conectarte por fin el lunes, fue una charla agradable.\n\n"
         "Te escribo para decirte que no vamos a seguir contigo. Buscamos a alguien que "
         "hable euskera con los ayuntamientos de la margen derecha y que tenga carné para "
         "salir a campo con la estación total desde el primer día.\n\nUn abrazo y suerte,\n"
         "Iker\n\nTopografía Deusto · Calle Lehendakari Aguirre 29 · 48014 Bilbao\n")

add(kind="rejection", slug="talentonorte_cliente_anonimo", lang="es",
    company="Talento Norte", contact="amaia.goikoetxea@talentonorte.example.es",
    frm=("Amaia Goikoetxea", "amaia.goikoetxea@talentonorte.example.es"),
    subject="Actualización de tu candidatura (técnico SIG, Bilbao)",
    subj_enc="iso-8859-1/B", date="2026-06-23 13:05",
    charset="windows-1252", cte="quoted-printable",
    text=plain([
        "Hola Ewan:",
        "Te escribo con la respuesta de nuestro cliente, una ingeniería de Bilbao cuyo "
        "nombre no puedo compartir todavía por confidencialidad.",
        "Me han confirmado que no continuarán con tu candidatura: después de revisar los "
        "perfiles han preferido a alguien con experiencia en proyectos de catastro en "
        "Bizkaia. Sé que te hacía ilusión “dar el salto” a España con este puesto.",
        "Seguimos en contacto; tengo tu perfil muy presente.",
        "Un saludo,\nAmaia Goikoetxea\nConsultora de selección\nTalento Norte\n"
        "Gran Vía 45, 48011 Bilbao · 944 00 21 77",
        DISCLAIMER["es"],
    ]))

add(kind="rejection", slug="riageodatos_recruitee", lang="es",
    company="Ría Geodatos", contact="",
    frm=("Ría Geodatos", "ria-geodatos@jobs.recruitee.com"), ats=True,
    name_enc="utf-8/B",
    subject="Tu candidatura en Ría Geodatos",
    date="2026-05-26 08:45", key="rg_reject", parent="rg_ack",
    html=ats_card("Ría Geodatos", "#9333ea", "Técnico/a GIS junior", [
        "Hola Ewan:",
        "Muchas gracias por tu interés en el puesto de Técnico/a GIS junior.",
        "Hemos decidido seguir adelante con otras candidaturas cuyo perfil se ajusta más a "
        "las necesidades actuales del equipo de producción cartográfica.",
        "Esperamos coincidir en futuros procesos.",
        "El equipo de Ría Geodatos",
    ], ["Ría Geodatos · Muelle de Uribitarte 6 · 48001 Bilbao",
        "Enviado con Recruitee"], lang="es"))
