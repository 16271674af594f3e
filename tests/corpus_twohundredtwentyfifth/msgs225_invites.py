"""Corpus 225: interview invitations (26), reschedules or cancellations (15) and missed
interviews (10), each written by hand."""

from __future__ import annotations

from msgs225_common import (
    CAND,
    DISCLAIMER,
    WELSH_FOOTER,
    alt_card,
    alt_outlook,
    ics,
    outlook_block,
    plain,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


TV = ("Catrin Morgan", "catrin.morgan@taffvale.example.gov.uk")
SVW = ("Tomos Edwards", "tomos.edwards@severnvale.example.co.uk")
KW = ("Megan Lloyd", "megan.lloyd@kingsweston.example.co.uk")
GSP = ("Huw Bevan", "huw.bevan@glamsurvey.example.co.uk")
SEREN = ("Rhys Jenkins", "rhys.jenkins@serengeo.example.co.uk")
SSM = ("Jo Marsh", "jo.marsh@severnside.example.co.uk")
SULIS = ("Tamsin Hale", "tamsin.hale@sulisheritage.example.co.uk")
CG = ("Harriet Webb", "harriet.webb@cotswoldgeodata.example.co.uk")
BF = ("Owain Pritchard", "owain.pritchard@bluefield-rec.example.co.uk")
WG = ("Carys Beynon", "carys.beynon@westglamplanning.example.gov.uk")
BG = ("Kofi Mensah", "kofi.mensah@brunelgrid.example.co.uk")
PYL = ("Alys Morgan-Hughes", "alys@penylanmaps.example.co.uk")
GA = ("Anne Le Bihan", "anne.lebihan@geomatique-armor.example.fr")
VM = ("Gwenaëlle Rault", "gwenaelle.rault@vilainemetropole.example.fr")
LG = ("Erwan Le Goff", "erwan.legoff@legoff-geometres.example.fr")
CEV = ("Claire Tanguy", "claire.tanguy@eauxdevilaine.example.fr")
LK = ("Katrin Vogt", "katrin.vogt@leinekarten.example.de")
VBH = ("Jörg Brandes", "joerg.brandes@vb-herrenhausen.example.de")
RC = ("Heike Wöhler", "heike.woehler@region-calenberg.example.de")
EIL = ("Anja Schulte", "anja.schulte@eilenriede-umwelt.example.de")
PWN = ("Timo Becker", "timo.becker@personalwerk-nord.example.de")
CN = ("Nerea Arrieta", "nerea.arrieta@cartonervion.example.es")
AA = ("Jon Uriarte", "jon.uriarte@aguasdelabra.example.es")
TN = ("Amaia Goikoetxea", "amaia.goikoetxea@talentonorte.example.es")
TD = ("Iker Etxeberria", "iker.etxeberria@topodeusto.example.es")
GT = ("Priya Natarajan", "priya.natarajan@geotalent.example.co.uk")


# ================================================================ invitations, English

add(kind="interview_invitation", slug="taffvale_panel_ics", lang="en",
    company="Taff Vale County Council", contact=TV[1],
    frm=TV, subject="Invitation: Interview - GIS Technician (Grade 5) @ Wed 11 Feb 2026 10:00",
    date="2026-02-02 11:14", key="tv_invite", parent="tv_ack",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Interview - GIS Technician")],
    attach=[ics("REQUEST", "tv-gis-2026-0211@taffvale.example.gov.uk", "2026-02-11 10:00",
                "2026-02-11 11:00", "Interview - GIS Technician (Grade 5)", TV,
                location="Committee Room 2, County Hall, Atlantic Wharf, Cardiff CF10 4UW",
                description="Panel: Catrin Morgan (HR), Dafydd Owen (GIS Team Leader), "
                            "Ffion Price (Planning). 10 minute presentation then questions.")
            | {"inline": True}],
    **alt_outlook([
        "Dear Ewan,",
        "Following shortlisting, I am pleased to invite you to interview for the post of GIS "
        "Technician (Grade 5), ref TVC-GIS-014.",
        "Date: Wednesday 11 February 2026\nTime: 10:00 – 11:00\nVenue: Committee Room 2, "
        "County Hall, Atlantic Wharf, Cardiff",
        "The panel will be Dafydd Owen (GIS Team Leader), Ffion Price (Planning Policy) and "
        "myself. Please prepare a ten-minute presentation on 'How I would keep the council's "
        "street gazetteer accurate', and bring photo ID and proof of your right to work.",
        "Please accept the calendar invitation to confirm, or let me know if you need any "
        "adjustments. You are welcome to be interviewed in Welsh.",
        "Kind regards,",
    ], ["Catrin Morgan", "HR Officer – Recruitment", "Taff Vale County Council",
        "County Hall, Atlantic Wharf, Cardiff CF10 4UW", "029 2087 2204"],
        disclaimer=WELSH_FOOTER))

add(kind="interview_invitation", slug="afonwater_assessment_centre", lang="en",
    company="Afon Water", contact="bethan.rowlands@afonwater.example.co.uk",
    frm=("Afon Water Resourcing", "resourcing@afonwater.example.co.uk"),
    reply_to=("Bethan Rowlands", "bethan.rowlands@afonwater.example.co.uk"),
    subject="Assessment centre invitation - GIS Data Technician",
    date="2026-02-18 09:05", key="afon_invite", parent="afon_ack",
    text=plain([
        "Dear Ewan,",
        "Congratulations – you have been selected to attend our assessment centre for the GIS "
        "Data Technician role (req. AW-3307).",
        "When: Thursday 5 March 2026, 09:30 to 15:30\nWhere: Afon Water Operations Centre, "
        "Heol Glan yr Afon, Cardiff CF10 4RN",
        "The day will include:\n  09:30  Welcome and site tour\n  10:15  Digitising exercise "
        "(QGIS, 45 minutes)\n  11:30  Group task - planning a response to a burst main\n"
        "  13:30  Competency interview with the network records manager",
        "Lunch is provided. Please wear sturdy footwear for the site tour.",
        "Reply to this email to confirm your attendance by 25 February; your reply will reach "
        "Bethan Rowlands directly.",
        "Afon Water Resourcing Team",
    ]))

add(kind="interview_invitation", slug="glamsurvey_free_thursday", lang="en",
    company="Glamorgan Survey Partners", contact=GSP[1],
    frm=GSP, subject="Your CV",
    date="2026-03-10 17:32", key="gsp_invite",
    text="Hi Ewan,\n\nGot your CV via the Cardiff GIS meetup lot - a postie who knows every "
         "back lane in Whitchurch is exactly who I want checking our utility plans.\n\n"
         "Are you free Thursday to chat? I'll give you a ring at 10:00 on the mobile number "
         "on your CV if that works, should take 20 minutes or so.\n\nCheers,\nHuw\n\n"
         "Huw Bevan\nDirector, Glamorgan Survey Partners\nUnit 4, Ty Glas Avenue, Llanishen, "
         "Cardiff CF14 5DX\n029 2076 4410\n")

add(kind="interview_invitation", slug="seren_via_greenhouse_link", lang="en",
    company="Seren Geospatial", contact=SEREN[1],
    frm=("Rhys Jenkins via Greenhouse", "no-reply@greenhouse-mail.io"), ats=True,
    reply_to=SEREN,
    subject="Seren Geospatial: let's find a time to talk",
    date="2026-04-14 08:02", key="seren_invite", parent="seren_ack",
    **alt_card("Seren Geospatial", "#4338ca", "Interview - GIS Technician", [
        "Hi Ewan,",
        "Thanks for applying to Seren Geospatial. We'd like to invite you to an in-person "
        "interview with me and our production lead, Gethin, at our office on Swansea "
        "Marina.",
        "Please choose a 60-minute slot that suits you using the link below. Slots are "
        "available from 21 to 24 April.",
        "If none of them work, just reply to this email.",
        "Diolch,\nRhys Jenkins\nHead of Data Production",
    ], ["Seren Geospatial · Ocean Way · Swansea SA1 1RT",
        "Sent via Greenhouse on behalf of Seren Geospatial"],
        button=("Pick a time", "https://app.greenhouse.io/schedule/9f2a1c7e-seren-gis")))

add(kind="interview_invitation", slug="severnside_ashby_schedule", lang="en",
    company="Severnside Mapping", contact="",
    frm=("Severnside Mapping", "no-reply@ashbyhq.com"), ats=True,
    subject="Schedule your interview with Severnside Mapping",
    date="2026-05-12 13:40", key="ssm_invite",
    **alt_card("Severnside Mapping", "#0e7490", "Next step: a video interview", [
        "Hi Ewan,",
        "The Severnside Mapping team would like to meet you for the GIS Technician role. "
        "The interview is a 45-minute Microsoft Teams call with Jo Marsh (Operations) and a "
        "member of the survey team.",
        "Use the button below to book a time. Once booked you'll receive a calendar invite "
        "with the Teams link.",
    ], ["Severnside Mapping · Harbourside · Bristol BS1 5TY",
        "Powered by Ashby"],
        button=("Book interview", "https://jobs.ashbyhq.com/severnside/interview/7b1c")))

add(kind="interview_invitation", slug="kingsweston_phone_screen", lang="en",
    company="Kingsweston Energy Networks", contact=KW[1],
    frm=KW, subject="GIS Asset Data Technician – phone screen",
    date="2026-06-09 10:12", key="kw_invite", parent="kw_ack",
    text=plain([
        "Hi Ewan,",
        "I'm the recruiter looking after our GIS Asset Data Technician vacancy. I've read "
        "your application and I'd like to set up a 20-minute phone screen – mostly about your "
        "availability, salary expectations and your experience with mapping software.",
        "Could you do Monday 15 June at 11:00 or Tuesday 16 June at 14:30? Let me know which "
        "suits and the best number to call.",
        "Thanks,\nMegan Lloyd\nTalent Acquisition Partner\nKingsweston Energy Networks\n"
        "T: 0117 496 0732",
    ]))

add(kind="interview_invitation", slug="sulis_trial_day", lang="en",
    company="Sulis Heritage Surveys", contact=SULIS[1],
    frm=SULIS, subject="Trial day at Sulis?",
    date="2026-06-17 12:21", key="sulis_invite", parent="sulis_ack",
    text=plain([
        "Dear Ewan,",
        "Thank you for your application and the sample map of the Kennet & Avon towpath – "
        "lovely work.",
        "Rather than a formal interview we like candidates to spend a paid trial day with us. "
        "Would Thursday 25 June suit? You'd spend the morning on a measured-building survey "
        "near Pulteney Bridge with our senior surveyor and the afternoon processing the data "
        "in the office, with a chat with me at 16:00.",
        "We'll pay £120 for the day plus travel from Cardiff.",
        "Best wishes,\nTamsin Hale\nManaging Director\nSulis Heritage Surveys\n"
        "7 Queen Square, Bath BA1 2HE | 01225 960 314",
    ]),
    html=simple_html([
        "Dear Ewan,",
        "Thank you for your application and the sample map of the Kennet & Avon towpath – "
        "lovely work.",
        "Rather than a formal interview we like candidates to spend a paid trial day with us. "
        "Would Thursday 25 June suit? You'd spend the morning on a measured-building survey "
        "near Pulteney Bridge with our senior surveyor and the afternoon processing the data "
        "in the office, with a chat with me at 16:00.",
        "We'll pay £120 for the day plus travel from Cardiff.",
        "Best wishes,\nTamsin Hale\nManaging Director\nSulis Heritage Surveys\n"
        "7 Queen Square, Bath BA1 2HE | 01225 960 314",
    ]))

add(kind="interview_invitation", slug="severnvale_workday_panel_ics", lang="en",
    company="Severn Vale Water", contact=SVW[1],
    frm=("Severn Vale Water", "severnvale@myworkday.com"), ats=True, reply_to=SVW,
    subject="Interview invitation: Network GIS Technician (SVW-2291)",
    date="2026-07-06 08:00", key="svw_invite",
    attach=[ics("REQUEST", "svw-2291-panel-ecf@severnvale.example.co.uk", "2026-07-15 08:30",
                "2026-07-15 09:30", "Panel interview - Network GIS Technician", SVW,
                location="Severn Vale Water, Bristol Road, Gloucester GL2 5FA - Meeting Room Wye")],
    **alt_card("Severn Vale Water", "#1e3a8a", "You're invited to interview", [
        "Dear Ewan,",
        "We are pleased to invite you to a panel interview for Network GIS Technician "
        "(SVW-2291) on Wednesday 15 July 2026 at 09:30 at our Gloucester head office.",
        "The attached calendar file holds the details. The panel will ask you to talk "
        "through a short data-cleaning exercise, which will be given to you on arrival.",
        "Questions? Reply to this message and Tomos Edwards in our recruitment team will "
        "help.",
    ], ["Severn Vale Water, Bristol Road, Gloucester GL2 5FA",
        "Sent by Workday on behalf of Severn Vale Water"]))

add(kind="interview_invitation", slug="cotswold_workable_video", lang="en",
    company="Cotswold Geodata", contact=CG[1],
    frm=("Cotswold Geodata", "noreply@workablemail.com"), ats=True, reply_to=CG,
    subject="Interview for GIS Technician at Cotswold Geodata",
    date="2026-08-12 14:15", key="cg_invite", parent="cg_ack",
    **alt_card("Cotswold Geodata", "#65a30d", "Let's meet", [
        "Hi Ewan,",
        "Harriet here, hiring manager for the GIS Technician role. I enjoyed your application "
        "and would like to invite you to a video interview on Wednesday 19 August at 15:00 "
        "(UK time), about 50 minutes on Google Meet.",
        "We'll talk about your address-data work at the sorting office and give you a short "
        "QGIS task to talk through on screen share.",
        "Reply here if the time doesn't work.",
        "Harriet Webb\nData Services Manager, Cotswold Geodata",
    ], ["Cotswold Geodata · Kings Square · Gloucester GL1 1RX",
        "Sent with Workable"],
        button=("Add to calendar", "https://apply.workable.com/cotswold-geodata/i/8c21")))

add(kind="interview_invitation", slug="bluefield_client_interview", lang="en",
    company="Penarth Marine Surveys", contact=BF[1],
    frm=BF, subject="Interview confirmed - Penarth Marine Surveys, Thu 27 Aug",
    date="2026-08-20 16:55", key="bf_invite", cte="quoted-printable",
    text=plain([
        "Hi Ewan,",
        "Great news – Penarth Marine Surveys would like to meet you for the Hydrographic GIS "
        "Technician role.",
        "I've booked you in for Thursday 27 August at 14:00 at their office on Penarth "
        "Marina (Portway, CF64 1TT). You'll meet Alun James, their data manager, and one of "
        "the survey skippers. Allow an hour and a quarter.",
        "They'll ask about your comfort working with bathymetric survey data, so have a look "
        "at their harbour charts online before you go. Ring me afterwards and tell me how it "
        "went!",
        "Owain Pritchard\nSenior Consultant – Engineering & Geospatial\nBluefield Recruitment\n"
        "M: 07700 900871",
    ]))

add(kind="interview_invitation", slug="westglam_assessment_day", lang="en",
    company="West Glamorgan Joint Planning Service", contact=WG[1],
    frm=WG, subject="Invitation to assessment – Planning GIS Assistant / Gwahoddiad i asesiad",
    date="2026-03-23 10:30", key="wg_invite", cte="base64",
    text=plain([
        "Dear Ewan,",
        "Thank you for applying for the post of Planning GIS Assistant. I am pleased to "
        "invite you to our assessment day on Wednesday 15 April 2026 at the Guildhall, "
        "Swansea, starting at 09:15.",
        "The day consists of a written exercise (45 minutes), a practical GIS test on our "
        "systems (60 minutes) and a panel interview (40 minutes).",
        "Please confirm by reply whether you will attend and tell us about any reasonable "
        "adjustments.",
        "Yn gywir / Yours sincerely,\nCarys Beynon\nHR Business Partner\nWest Glamorgan Joint "
        "Planning Service\nThe Guildhall, Swansea SA1 4PE\n01792 636 218",
        WELSH_FOOTER,
    ]))

add(kind="interview_invitation", slug="gowerecology_invite", lang="en",
    company="Gower Ecology", contact="nia.vaughan@gowerecology.example.co.uk",
    frm=("Nia Vaughan", "nia.vaughan@gowerecology.example.co.uk"),
    subject="Interview - Ecology GIS Assistant",
    date="2026-02-25 10:31", key="gower_invite", parent="gower_ack",
    text="Dear Ewan,\n\nThanks for your application. We'd like to invite you to an "
         "interview for the Ecology GIS Assistant post on Wednesday 4 March at 14:00 at our "
         "Mumbles office (first floor, above the bakery on Newton Road).\n\nIt'll be me and "
         "our senior ecologist, about 45 minutes. Could you bring one map you've made and be "
         "ready to explain how you built it?\n\nBest,\nNia\n\nNia Vaughan | Director | "
         "Gower Ecology | 01792 960 551\n")

add(kind="interview_invitation", slug="brunelgrid_teams_phone_ics", lang="en",
    company="Brunel Grid Services", contact=BG[1],
    frm=BG, subject="Screening call - GIS Data Technician",
    date="2026-09-14 09:48", key="bg_invite",
    attach=[ics("REQUEST", "bgs-screen-4471@brunelgrid.example.co.uk", "2026-09-17 09:00",
                "2026-09-17 09:30", "Screening call: Ewan Castillo-Faure / Brunel Grid", BG,
                location="Phone - Kofi will call you",
                description="Quick screening conversation for the GIS Data Technician role.")],
    text=plain([
        "Hello Ewan,",
        "Thanks for applying for our GIS Data Technician vacancy. I'd like to have a "
        "30-minute screening call with you on Thursday 17 September at 10:00.",
        "I'll phone you on the number in your application. I've attached a calendar invite; "
        "accept it and you're all set.",
        "Kind regards,\nKofi Mensah\nTalent Partner, Brunel Grid Services\n"
        "Temple Gate, Bristol BS1 6PL",
    ]))

add(kind="interview_invitation", slug="penrose_sets_up_client", lang="en",
    company="Avonmouth Port Utilities", contact="daniel.okafor@penrose-tech.example.co.uk",
    frm=("Daniel Okafor", "daniel.okafor@penrose-tech.example.co.uk"),
    subject="Interview with Avonmouth Port Utilities - Tue 12 May",
    date="2026-05-05 11:37", key="pen_invite",
    **alt_outlook([
        "Morning Ewan,",
        "Avonmouth Port Utilities have reviewed your CV and would like to interview you for "
        "the Asset Records Technician role.",
        "Tuesday 12 May, 10:30, Port Office, St Andrew's Road, Avonmouth BS11 9HT. Ask for "
        "Fiona Clarke at reception; bring two forms of ID for the port pass.",
        "Format: 45-minute competency interview plus a look at their CAD/GIS drawings. "
        "Give me a shout tomorrow and we'll go through it together.",
    ], ["Daniel Okafor", "Recruitment Consultant", "Penrose Technical Recruitment",
        "Queen Square, Bristol BS1 4LH", "0117 496 0555"], disclaimer=DISCLAIMER["en"]))

_pyl_app = (
    "Dear Alys,\n\n"
    "Please find attached my CV for the Junior GIS Technician role advertised on your "
    "website. I've spent eleven years on Royal Mail delivery rounds in Cardiff and have "
    "recently completed a QGIS certificate.\n\n"
    "Kind regards,\nEwan Castillo-Faure")

add(kind="interview_invitation", slug="penylan_reply_invite", lang="en",
    company="Penylan Digital Mapping", contact=PYL[1],
    frm=PYL, subject="Re: Application - Junior GIS Technician",
    date="2026-09-21 08:50", key="pyl_invite",
    text=reply(
        "Hi Ewan,\n\nThanks for this - really interesting background. Could we do a video "
        "call on Monday 28 September at 11:00? I'll send a Google Meet link the day "
        "before. It'll be informal, about half an hour, with me and Iolo from our "
        "street-data team.\n\nAlys\n\nAlys Morgan-Hughes\nFounder, Penylan Digital Mapping\n"
        "Albany Road, Cardiff CF24 3RW",
        "en", "2026-09-18 21:04", CAND[0], CAND[1], _pyl_app))

# ================================================================ invitations, French

add(kind="interview_invitation", slug="armor_visio_via_teamtailor", lang="fr",
    company="Géomatique Armor", contact=GA[1],
    frm=("Anne Le Bihan via Teamtailor", "no-reply@teamtailor-mail.com"), ats=True,
    reply_to=GA, subject="Entretien visio – Technicien SIG (H/F) chez Géomatique Armor",
    subj_enc="utf-8/Q", date="2026-02-26 10:20", key="ga_invite", parent="ga_ack",
    **alt_card("Géomatique Armor", "#b45309", "Invitation à un entretien", [
        "Bonjour Ewan,",
        "Votre candidature au poste de technicien SIG a retenu notre attention et nous "
        "aimerions échanger avec vous en visioconférence.",
        "Je vous propose le jeudi 5 mars à 10h00 (heure de Paris), pour environ 45 minutes, "
        "avec moi-même et Loïc, responsable de l'équipe production.",
        "Merci de me confirmer votre disponibilité en répondant à ce message.",
        "Bien à vous,\nAnne Le Bihan\nChargée RH, Géomatique Armor",
    ], ["Géomatique Armor – 22 rue de Saint-Malo, 35000 Rennes",
        "Envoyé avec Teamtailor"], lang="fr"))

add(kind="interview_invitation", slug="vilainemetropole_jury_ics", lang="fr",
    company="Vilaine Métropole", contact=VM[1],
    frm=VM, subject="Convocation au jury de recrutement – technicien SIG",
    date="2026-09-03 14:12", key="vm_invite",
    attach=[ics("REQUEST", "jury-tech-sig-20260915@vilainemetropole.example.fr",
                "2026-09-15 12:00", "2026-09-15 12:45",
                "Jury de recrutement – technicien SIG (M. Castillo-Faure)", VM,
                location="Hôtel de métropole, salle 3.14, 1 esplanade de la Vilaine, Rennes")
            | {"inline": True}],
    text=plain([
        "Monsieur,",
        "J'ai le plaisir de vous informer que votre candidature au poste de technicien SIG "
        "(direction de l'information géographique) a été retenue. Vous êtes convoqué devant "
        "le jury de recrutement le mardi 15 septembre 2026 à 14h00.",
        "Le jury sera composé du directeur de l'information géographique, d'une élue et de "
        "moi-même. L'entretien durera 45 minutes, dont 10 minutes de présentation de votre "
        "parcours.",
        "Une participation en visioconférence est possible sur demande. Merci d'accepter "
        "l'invitation jointe pour confirmer votre présence.",
        "Gwenaëlle Rault\nChargée de recrutement – DRH\nVilaine Métropole\n02 99 00 15 40",
    ]))

add(kind="interview_invitation", slug="legoff_echange_telephonique", lang="fr",
    company="Cabinet Le Goff Géomètres-Experts", contact=LG[1],
    frm=LG, subject="Re: Candidature spontanée – technicien SIG",
    date="2026-06-10 18:03", key="lg_invite", parent="lg_own_app", cte="8bit",
    text="Bonjour Ewan,\n\nVotre parcours de facteur m'a fait sourire : on passe nos journées "
         "à chercher des bornes que personne ne trouve, un bon sens de l'orientation ne "
         "serait pas de trop !\n\nSeriez-vous disponible vendredi à 14h pour un échange "
         "téléphonique d'une vingtaine de minutes ? Je vous appellerai sur votre portable "
         "britannique.\n\nCordialement,\nErwan Le Goff\nGéomètre-expert associé\nCabinet Le "
         "Goff – 8 avenue Janvier, 35000 Rennes\n")

add(kind="interview_invitation", slug="eauxvilaine_tests_techniques", lang="fr",
    company="Compagnie des Eaux de Vilaine", contact=CEV[1],
    frm=CEV, subject="Tests techniques – poste de technicien(ne) SIG réseaux",
    date="2026-04-07 09:30", key="cev_test", cte="quoted-printable",
    text=plain([
        "Monsieur Castillo-Faure,",
        "À la suite de l'examen de votre dossier, nous avons le plaisir de vous convier à "
        "une demi-journée de tests techniques et d'entretien pour le poste de technicien(ne) "
        "SIG réseaux.",
        "Date : mardi 21 avril 2026, de 9h00 à 12h30\nLieu : siège de la Compagnie, "
        "4 boulevard de la Liberté, Rennes (accueil, 2e étage)",
        "Au programme : un exercice de mise à jour du plan des réseaux d'eau potable sur "
        "QGIS, un questionnaire sur la réglementation DT-DICT, puis un entretien avec le "
        "responsable cartographie.",
        "Merci de confirmer votre présence par retour de mail.",
        "Claire Tanguy\nChargée de recrutement\nCompagnie des Eaux de Vilaine",
    ]))

# ================================================================ invitations, German

add(kind="interview_invitation", slug="leinekarten_personio_ics", lang="de",
    company="Leinekarten", contact=LK[1],
    frm=("Leinekarten GmbH", "noreply@personio.de"), ats=True, reply_to=LK,
    subject="Einladung zum Vorstellungsgespräch – GIS-Techniker (m/w/d)",
    date="2026-04-24 09:10", key="lk_invite", parent="lk_ack",
    attach=[ics("REQUEST", "personio-lk-interview-58812@leinekarten.example.de",
                "2026-05-05 08:00", "2026-05-05 09:00",
                "Vorstellungsgespräch Ewan Castillo-Faure (GIS-Techniker)", LK,
                location="Microsoft Teams")],
    **alt_card("Leinekarten", "#a21caf", "Einladung zum Vorstellungsgespräch", [
        "Hallo Ewan,",
        "vielen Dank für deine Bewerbung bei Leinekarten! Wir würden dich gern kennenlernen "
        "und laden dich zu einem Video-Interview ein.",
        "Termin: Dienstag, 5. Mai 2026, 10:00–11:00 Uhr (MESZ)\nOrt: Microsoft Teams – der "
        "Link steht in der angehängten Kalenderdatei.",
        "Das Gespräch führen wir auf Englisch; unser Team arbeitet zweisprachig.",
        "Bei Rückfragen antworte einfach auf diese Mail, sie geht direkt an Katrin Vogt.",
        "Viele Grüße\nKatrin Vogt\nPeople & Culture, Leinekarten",
    ], ["Leinekarten GmbH · Limmerstraße 61 · 30451 Hannover",
        "Versendet über Personio"], lang="de"))

add(kind="interview_invitation", slug="herrenhausen_probearbeitstag", lang="de",
    company="Vermessungsbüro Herrenhausen", contact=VBH[1],
    frm=VBH, name_enc="iso-8859-1/B", subject="Probearbeitstag am 19. Juni",
    subj_enc="iso-8859-1/Q",
    date="2026-06-08 15:35", key="vbh_invite", charset="iso-8859-1", cte="quoted-printable",
    text=plain([
        "Sehr geehrter Herr Castillo-Faure,",
        "vielen Dank für Ihre Bewerbung. Bevor wir uns entscheiden, möchten wir Sie gern "
        "einen Tag lang im Büro und im Außendienst erleben.",
        "Können Sie am Freitag, 19. Juni, um 7:30 Uhr bei uns sein? Vormittags begleiten Sie "
        "einen Messtrupp bei einer Grenzvermessung in Ahlem, nachmittags übertragen Sie die "
        "Messdaten ins GIS. Festes Schuhwerk und wetterfeste Kleidung bitte mitbringen.",
        "Fahrtkosten erstatten wir.",
        "Mit freundlichen Grüßen\nJörg Brandes\nÖffentlich bestellter Vermessungsingenieur\n"
        "Vermessungsbüro Herrenhausen\nHerrenhäuser Str. 12, 30419 Hannover\n"
        "Tel. 0511 700 2290",
    ]))

add(kind="interview_invitation", slug="calenberg_auswahlgespraech_ics", lang="de",
    company="Region Calenberg", contact=RC[1],
    frm=("Region Calenberg – Team Personalgewinnung", "bewerbung@region-calenberg.example.de"),
    reply_to=RC, subject="Einladung zum Auswahlgespräch – Kennziffer 2026/GIS/07",
    date="2026-08-18 11:00", key="rc_invite", parent="rc_ack",
    attach=[ics("REQUEST", "rc-2026-gis-07-ecf@region-calenberg.example.de",
                "2026-09-01 07:00", "2026-09-01 08:00",
                "Auswahlgespräch GIS-Sachbearbeitung (2026/GIS/07)", RC,
                location="Regionshaus, Raum 214, Hildesheimer Str. 18, Hannover")
            | {"inline": True}],
    **alt_outlook([
        "Sehr geehrter Herr Castillo-Faure,",
        "wir freuen uns, Sie zu einem Auswahlgespräch für die Stelle Sachbearbeitung "
        "Geodatenmanagement (Kennziffer 2026/GIS/07) einzuladen.",
        "Termin: Dienstag, 1. September 2026, 9:00 Uhr\nOrt: Regionshaus, Raum 214, "
        "Hildesheimer Str. 18, 30169 Hannover",
        "An dem Gespräch nehmen die Fachbereichsleitung, die Gleichstellungsbeauftragte und "
        "ein Mitglied des Personalrats teil. Bitte bringen Sie Ihren Personalausweis mit. "
        "Reisekosten können leider nicht erstattet werden.",
        "Bitte bestätigen Sie den Termin über die Kalendereinladung.",
        "Mit freundlichen Grüßen",
    ], ["Dr. Heike Wöhler", "Team Personalgewinnung", "Region Calenberg",
        "Hildesheimer Str. 18, 30169 Hannover", "Tel. 0511 700 9140"], lang="de"))

add(kind="interview_invitation", slug="eilenriede_telefoninterview", lang="de",
    company="Umweltplanung Eilenriede", contact=EIL[1],
    frm=EIL, subject="Telefoninterview GIS-Assistenz",
    date="2026-08-04 13:25", key="eil_invite", cte="8bit",
    text="Sehr geehrter Herr Castillo-Faure,\n\nIhre Bewerbung für die GIS-Assistenz hat uns "
         "gefallen. Wir würden gern ein erstes Telefoninterview mit Ihnen führen.\n\nPasst "
         "Ihnen Freitag, der 7. August, um 10 Uhr deutscher Zeit? Ich rufe Sie dann auf der "
         "angegebenen Mobilnummer an. Das Gespräch dauert etwa 30 Minuten und kann auf "
         "Englisch stattfinden.\n\nFreundliche Grüße\nAnja Schulte\nPersonal & Organisation\n"
         "Umweltplanung Eilenriede\n")

# ================================================================ invitations, Spanish

add(kind="interview_invitation", slug="nervion_smartrecruiters_link", lang="es",
    company="Cartografía Nervión", contact=CN[1],
    frm=("Cartografía Nervión", "no-reply@smartrecruiters.com"), ats=True, reply_to=CN,
    name_enc="utf-8/Q",
    subject="Entrevista: Técnico/a SIG – Cartografía Nervión",
    date="2026-05-13 09:22", key="cn_invite", parent="cn_ack",
    **alt_card("Cartografía Nervión", "#c2410c", "Te invitamos a una entrevista", [
        "Hola Ewan:",
        "Gracias por presentar tu candidatura al puesto de Técnico/a SIG. Nos gustaría "
        "conocerte en una entrevista por videollamada de 45 minutos con Nerea Arrieta "
        "(Recursos Humanos) y Xabier, jefe de producción.",
        "Reserva el horario que mejor te venga mediante el botón. Hay huecos el miércoles "
        "20 de mayo.",
        "Si tienes cualquier duda, responde a este correo y le llegará a Nerea.",
    ], ["Cartografía Nervión · Ribera de Deusto 70 · 48014 Bilbao",
        "Enviado a través de SmartRecruiters"],
        button=("Elegir horario",
                "https://jobs.smartrecruiters.com/CartografiaNervion/interview/5521"), lang="es"))

add(kind="interview_invitation", slug="aguasabra_panel_ics", lang="es",
    company="Aguas del Abra", contact=AA[1],
    frm=AA, subject="Convocatoria de entrevista – Técnico/a SIG de redes (AA-26-031)",
    date="2026-07-07 12:40", key="aa_invite",
    attach=[ics("REQUEST", "aa-26-031-ecf@aguasdelabra.example.es", "2026-07-14 08:00",
                "2026-07-14 09:00", "Entrevista Técnico/a SIG de redes – E. Castillo-Faure",
                AA, location="Alameda de Urquijo 18, 48008 Bilbao – Sala Arriaga")
            | {"inline": True}],
    text=plain([
        "Estimado Ewan:",
        "Nos complace convocarle a la entrevista para el puesto de Técnico/a SIG de redes "
        "(ref. AA-26-031), que tendrá lugar el martes 14 de julio a las 10:00 en nuestras "
        "oficinas de Alameda de Urquijo 18.",
        "El tribunal estará formado por el responsable de cartografía de redes, una técnica "
        "de Personas y yo mismo. La entrevista será en castellano y en inglés.",
        "Le rogamos que confirme su asistencia aceptando la convocatoria adjunta.",
        "Atentamente,\nJon Uriarte\nDepartamento de Personas\nAguas del Abra\n944 00 58 20",
    ]))

add(kind="interview_invitation", slug="talentonorte_entrevista_ekolur", lang="es",
    company="Ekolur Consultoría Ambiental", contact=TN[1],
    frm=TN, subject="Entrevista con Ekolur el martes 22",
    date="2026-09-15 17:05", key="tn_invite", cte="quoted-printable",
    text=plain([
        "¡Hola Ewan!",
        "Buenas noticias: Ekolur Consultoría Ambiental quiere entrevistarte para el puesto "
        "de técnico SIG en su equipo de estudios de impacto.",
        "Te he cerrado la entrevista para el martes 22 de septiembre a las 12:00 (hora de "
        "Bilbao) por Teams, con su directora técnica, Maite Ibarra. Te mando el enlace en "
        "cuanto me lo pasen.",
        "Prepárate un par de ejemplos de mapas que hayas hecho con QGIS; les encanta ver "
        "trabajo real.",
        "Un abrazo,\nAmaia Goikoetxea\nConsultora de selección · Talento Norte\n944 00 21 77",
    ]))

# ================================================================ reschedules / cancellations

add(kind="interview_reschedule_or_cancel", slug="taffvale_updated_sequence1", lang="en",
    company="Taff Vale County Council", contact=TV[1],
    frm=TV, subject="Updated invitation: Interview - GIS Technician (Grade 5) @ Fri 13 Feb 2026 14:00",
    date="2026-02-06 15:47", key="tv_moved", parent="tv_invite",
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    attach=[ics("REQUEST", "tv-gis-2026-0211@taffvale.example.gov.uk", "2026-02-13 14:00",
                "2026-02-13 15:00", "Interview - GIS Technician (Grade 5)", TV,
                location="Committee Room 2, County Hall, Atlantic Wharf, Cardiff CF10 4UW",
                sequence=1) | {"inline": True}],
    **alt_outlook([
        "Dear Ewan,",
        "Apologies for the change: one of our panel members is now required at a planning "
        "inquiry on Wednesday, so we have had to move your interview.",
        "New date and time: Friday 13 February 2026, 14:00 – 15:00, same venue (Committee "
        "Room 2, County Hall). Everything else, including the presentation topic, stays the "
        "same.",
        "The calendar entry has been updated; please accept the new time or let me know if "
        "it causes you a problem.",
        "Kind regards,",
    ], ["Catrin Morgan", "HR Officer – Recruitment", "Taff Vale County Council",
        "029 2087 2204"], disclaimer=WELSH_FOOTER))

add(kind="interview_reschedule_or_cancel", slug="seren_interviewer_ill", lang="en",
    company="Seren Geospatial", contact=SEREN[1],
    frm=SEREN, subject="Re: Interview Wednesday - need to move it",
    date="2026-04-20 07:41", key="seren_ill", parent="seren_invite",
    text="Morning Ewan,\n\nGethin's come down with flu and won't be in this week, so I'm "
         "going to have to postpone Wednesday's interview - sorry for the short notice.\n\n"
         "I don't want to do it without him. I'll send you some new slots for the week of "
         "27 April as soon as I know when he's back. Nothing else has changed on our side.\n\n"
         "Rhys\n\nRhys Jenkins | Head of Data Production | Seren Geospatial\n")

add(kind="interview_reschedule_or_cancel", slug="kingsweston_method_cancel", lang="en",
    company="Kingsweston Energy Networks", contact=KW[1],
    frm=KW, subject="Cancelled: Phone screen - GIS Asset Data Technician",
    date="2026-06-15 08:05", key="kw_cancel", parent="kw_invite",
    attach=[ics("CANCEL", "kw-screen-ecf-0615@kingsweston.example.co.uk", "2026-06-15 10:00",
                "2026-06-15 10:20", "Phone screen - GIS Asset Data Technician", KW,
                sequence=1) | {"inline": True}],
    text=plain([
        "Hi Ewan,",
        "I'm cancelling this morning's phone screen. The hiring manager has asked us to pause "
        "all calls for this vacancy while the budget for the team is confirmed.",
        "This isn't a decision about your application – you're still on our list and I will "
        "come back to you as soon as I have an answer, hopefully within two or three weeks.",
        "Megan",
    ]))

add(kind="interview_reschedule_or_cancel", slug="glamsurvey_try_monday", lang="en",
    company="Glamorgan Survey Partners", contact=GSP[1],
    frm=GSP, subject="Re: Sorry about this morning",
    date="2026-03-13 08:12", key="gsp_moved", parent="gsp_own_sorry",
    text=reply(
        "No harm done Ewan, these things happen.\n\nLet's try again Monday 16th at 11:00 "
        "instead - I'll ring the same number. If that's no good text me on 07700 900 318 "
        "and we'll find another time.\n\nHuw",
        "en", "2026-03-12 19:40", CAND[0], CAND[1],
        "Hi Huw,\n\nI'm really sorry I missed your call this morning - my round overran "
        "and my phone was in the van. Could we find another time?\n\nEwan"))

add(kind="interview_reschedule_or_cancel", slug="severnvale_moved_sequence", lang="en",
    company="Severn Vale Water", contact=SVW[1],
    frm=SVW, subject="Change of time: Panel interview - Network GIS Technician",
    date="2026-07-10 16:20", key="svw_moved", parent="svw_invite",
    attach=[ics("REQUEST", "svw-2291-panel-ecf@severnvale.example.co.uk", "2026-07-16 08:30",
                "2026-07-16 09:30", "Panel interview - Network GIS Technician", SVW,
                location="Severn Vale Water, Bristol Road, Gloucester GL2 5FA - Meeting Room Wye",
                sequence=1)],
    text=plain([
        "Dear Ewan,",
        "Our network records manager has been called to an incident review on Wednesday, so "
        "we need to move your panel interview by one day, to Thursday 16 July at 09:30. The "
        "location is unchanged.",
        "An updated calendar file is attached and replaces the original one.",
        "Best regards,\nTomos Edwards\nRecruitment Officer\nSevern Vale Water\n01452 960 771",
    ]))

add(kind="interview_reschedule_or_cancel", slug="sulis_trial_day_moved", lang="en",
    company="Sulis Heritage Surveys", contact=SULIS[1],
    frm=SULIS, subject="Re: Trial day at Sulis? - new date",
    date="2026-06-22 18:02", key="sulis_moved", parent="sulis_invite",
    cte="quoted-printable",
    text=plain([
        "Hi Ewan,",
        "Bad timing, I'm afraid: the scaffold at our Pulteney Bridge job is coming down early "
        "on Thursday, so there'd be nothing to survey. Could we shift your trial day to "
        "Thursday 2 July instead? Same plan, same start time (08:30 at the office).",
        "Sorry to mess you about – tell me if the 2nd is tricky and we'll find another day.",
        "Tamsin",
    ]))

add(kind="interview_reschedule_or_cancel", slug="bluefield_client_moves", lang="en",
    company="Penarth Marine Surveys", contact=BF[1],
    frm=BF, subject="Change of plan - Penarth Marine Surveys interview",
    date="2026-08-25 12:19", key="bf_moved", parent="bf_invite",
    text="Hi Ewan,\n\nQuick one: Alun at Penarth Marine Surveys has a survey vessel back in "
         "dock on Thursday and needs to be on board, so they've asked to move your interview "
         "to Tuesday 1 September, 10:00, same place. I've said yes provisionally - can you "
         "confirm that's OK?\n\nCheers,\nOwain\nBluefield Recruitment | 07700 900871\n")

_cg_orig = (
    "Hi Ewan,\n\n"
    "Harriet here, hiring manager for the GIS Technician role. I enjoyed your application "
    "and would like to invite you to a video interview on Wednesday 19 August at 15:00 "
    "(UK time), about 50 minutes on Google Meet.")

add(kind="interview_reschedule_or_cancel", slug="cotswold_moved_outlook_chain", lang="en",
    company="Cotswold Geodata", contact=CG[1],
    frm=CG, subject="RE: Interview for GIS Technician at Cotswold Geodata",
    date="2026-08-17 09:26", key="cg_moved", parent="cg_invite",
    text="Hi Ewan,\n\nI need to push our chat back a day - could we do Thursday 20 August, "
         "still at 15:00? A client deadline has landed on Wednesday afternoon. I'll send a "
         "fresh Meet link.\n\nThanks for your flexibility,\nHarriet\n\nHarriet Webb\nData "
         "Services Manager | Cotswold Geodata | 01452 960 208\n"
         + outlook_block("en", "Cotswold Geodata <noreply@workablemail.com>",
                         "12 August 2026 14:15", "Ewan Castillo-Faure",
                         "Interview for GIS Technician at Cotswold Geodata", _cg_orig))

add(kind="interview_reschedule_or_cancel", slug="westglam_assessment_postponed", lang="en",
    company="West Glamorgan Joint Planning Service", contact=WG[1],
    frm=WG, subject="POSTPONED: Assessment day 15 April / GOHIRIO: Diwrnod asesu 15 Ebrill",
    date="2026-04-08 13:02", key="wg_postponed", parent="wg_invite",
    **alt_outlook([
        "Dear Ewan,",
        "Because of water damage in the Guildhall training suite, we have had to postpone "
        "next Wednesday's assessment day for the Planning GIS Assistant post.",
        "The assessment will now take place on Wednesday 29 April, same times. If you cannot "
        "make the new date please tell me by Friday and we will try to accommodate you.",
        "I apologise for the inconvenience.",
    ], ["Carys Beynon", "HR Business Partner", "West Glamorgan Joint Planning Service",
        "01792 636 218"], disclaimer=WELSH_FOOTER))

add(kind="interview_reschedule_or_cancel", slug="armor_deplacement_visio", lang="fr",
    company="Géomatique Armor", contact=GA[1],
    frm=GA, subject="Re: Entretien visio – Technicien SIG (H/F) chez Géomatique Armor",
    subj_enc="utf-8/B", date="2026-03-04 11:48", key="ga_moved", parent="ga_invite",
    text=reply(
        "Bonjour Ewan,\n\nLoïc doit se rendre demain sur un chantier de relevés à Vitré, nous "
        "devons donc décaler notre entretien. Seriez-vous disponible lundi 9 mars à 10h00 "
        "(heure de Paris) ? Le lien de visio reste le même.\n\nToutes mes excuses pour ce "
        "changement tardif.\n\nAnne Le Bihan\nChargée RH – Géomatique Armor",
        "fr", "2026-02-26 21:15", CAND[0], CAND[1],
        "Bonjour Madame Le Bihan,\n\nMerci pour votre message. Je vous confirme ma "
        "disponibilité pour le jeudi 5 mars à 10h.\n\nBien cordialement,\nEwan"))

add(kind="interview_reschedule_or_cancel", slug="vilainemetropole_annulation_ics", lang="fr",
    company="Vilaine Métropole", contact=VM[1],
    frm=VM, subject="Annulé : Jury de recrutement – technicien SIG",
    date="2026-09-09 10:30", key="vm_cancel", parent="vm_invite",
    attach=[ics("CANCEL", "jury-tech-sig-20260915@vilainemetropole.example.fr",
                "2026-09-15 12:00", "2026-09-15 12:45",
                "Jury de recrutement – technicien SIG (M. Castillo-Faure)", VM, sequence=1)
            | {"inline": True}],
    text=plain([
        "Monsieur,",
        "Je suis contrainte d'annuler le jury prévu le mardi 15 septembre à 14h00 : le "
        "directeur de l'information géographique ne pourra pas siéger à cette date.",
        "Cette annulation ne préjuge en rien de la suite donnée à votre candidature. Je "
        "reviendrai vers vous dès qu'une nouvelle date aura été arrêtée.",
        "Avec mes excuses,\nGwenaëlle Rault\nChargée de recrutement – DRH\nVilaine Métropole",
    ]))

add(kind="interview_reschedule_or_cancel", slug="leinekarten_verschoben_seq1", lang="de",
    company="Leinekarten", contact=LK[1],
    frm=LK, subject="Aktualisiert: Vorstellungsgespräch Ewan Castillo-Faure (GIS-Techniker)",
    date="2026-04-28 14:50", key="lk_moved", parent="lk_invite",
    attach=[ics("REQUEST", "personio-lk-interview-58812@leinekarten.example.de",
                "2026-05-07 12:00", "2026-05-07 13:00",
                "Vorstellungsgespräch Ewan Castillo-Faure (GIS-Techniker)", LK,
                location="Microsoft Teams", sequence=1) | {"inline": True}],
    text=plain([
        "Hallo Ewan,",
        "leider müssen wir unser Gespräch verschieben: Unser Teamleiter Kartografie ist am "
        "5. Mai auf einer Messe in Stuttgart.",
        "Neuer Termin: Donnerstag, 7. Mai 2026, 14:00–15:00 Uhr (MESZ), weiterhin über "
        "Teams. Die Kalendereinladung ist aktualisiert.",
        "Sorry für die Umstände!\nKatrin",
    ]))

add(kind="interview_reschedule_or_cancel", slug="calenberg_termin_entfaellt", lang="de",
    company="Region Calenberg", contact=RC[1],
    frm=RC, name_enc="iso-8859-1/Q", subject="Ihr Auswahlgespräch am 1. September entfällt",
    subj_enc="iso-8859-1/B", date="2026-08-24 08:35", key="rc_cancel", parent="rc_invite",
    charset="iso-8859-1", cte="8bit",
    text=plain([
        "Sehr geehrter Herr Castillo-Faure,",
        "aufgrund eines Krankheitsfalls in der Auswahlkommission muss das für den "
        "1. September um 9:00 Uhr angesetzte Auswahlgespräch leider entfallen.",
        "Das Verfahren läuft weiter. Wir werden Ihnen so bald wie möglich einen neuen Termin "
        "vorschlagen; voraussichtlich in der zweiten Septemberhälfte.",
        "Wir bitten um Ihr Verständnis.",
        "Mit freundlichen Grüßen\nDr. Heike Wöhler\nTeam Personalgewinnung, Region Calenberg",
    ]))

add(kind="interview_reschedule_or_cancel", slug="nervion_cambio_hora", lang="es",
    company="Cartografía Nervión", contact=CN[1],
    frm=CN, subject="RE: Entrevista del miércoles 20",
    date="2026-05-16 10:05", key="cn_moved", parent="cn_own_resched", cte="8bit",
    text=reply(
        "Hola Ewan:\n\nSin problema. Hemos movido la entrevista al mismo miércoles 20 a las "
        "16:30 (hora de Bilbao), que serán las 15:30 en Cardiff. El enlace de Teams no "
        "cambia.\n\nSaludos,\nNerea Arrieta\nRecursos Humanos · Cartografía Nervión",
        "es", "2026-05-15 22:10", CAND[0], CAND[1],
        "Hola Nerea:\n\nEl miércoles a las 10:00 tengo turno de reparto. ¿Sería posible "
        "hacer la entrevista por la tarde?\n\nGracias,\nEwan"))

add(kind="interview_reschedule_or_cancel", slug="talentonorte_aplazada", lang="es",
    company="Ekolur Consultoría Ambiental", contact=TN[1],
    frm=TN, subject="Cambio: entrevista con Ekolur aplazada",
    date="2026-09-18 13:50", key="tn_moved", parent="tn_invite",
    text=plain([
        "Hola Ewan:",
        "Maite Ibarra me acaba de avisar de que el martes tiene que estar en una inspección "
        "en Urdaibai, así que aplazamos tu entrevista con Ekolur al martes 29 de septiembre, "
        "misma hora (12:00).",
        "Perdona el baile de fechas. ¿Me confirmas que te viene bien?",
        "Amaia\nTalento Norte",
    ]))

# ================================================================ missed interviews

add(kind="missed_interview_notice", slug="glamsurvey_tried_calling_twice", lang="en",
    company="Glamorgan Survey Partners", contact=GSP[1],
    frm=GSP, subject="Re: Your CV",
    date="2026-03-12 10:41", key="gsp_missed", parent="gsp_invite",
    text="Ewan,\n\nTried calling you twice at 10:00 as we said, both times straight to "
         "voicemail. Everything OK?\n\nHuw\n")

add(kind="missed_interview_notice", slug="severnside_waited_on_teams", lang="en",
    company="Severnside Mapping", contact=SSM[1],
    frm=SSM, subject="Missed you today",
    date="2026-05-19 11:02", key="ssm_missed", parent="ssm_invite",
    text=plain([
        "Hi Ewan,",
        "We waited on Teams from 10:30 until about 10:50 for your interview but you didn't "
        "join, and the number we have for you rang out.",
        "If something came up, let me know what happened and I'll see what I can do.",
        "Jo Marsh\nOperations Lead, Severnside Mapping",
    ]))

add(kind="missed_interview_notice", slug="severnvale_did_not_attend", lang="en",
    company="Severn Vale Water", contact=SVW[1],
    frm=SVW, subject="Your interview this morning",
    date="2026-07-16 11:15", key="svw_missed", parent="svw_moved", cte="quoted-printable",
    text=plain([
        "Dear Ewan,",
        "The panel was ready for you at 09:30 this morning, but you did not arrive and we "
        "had no message from you. We held the room until 10:00.",
        "Could you let me know what happened? I'd rather hear from you before the panel "
        "finalises its notes.",
        "Regards,\nTomos Edwards\nRecruitment Officer – Severn Vale Water",
    ]))

add(kind="missed_interview_notice", slug="geotalent_no_answer_screen", lang="en",
    company="Geo Talent Partners", contact=GT[1],
    frm=GT, subject="Our call at 2pm",
    date="2026-03-03 14:26", key="gt_missed",
    **alt_outlook([
        "Hi Ewan,",
        "I rang you at 2pm for our screening call about the Bristol GIS technician role but "
        "it went to voicemail, and again at 2:15.",
        "Please let me know a couple of times that work for you this week – my client wants "
        "the shortlist by Friday.",
    ], ["Priya Natarajan", "Principal Consultant", "Geo Talent Partners", "0117 496 0219"],
        disclaimer=DISCLAIMER["en"]))

add(kind="missed_interview_notice", slug="brunelgrid_called_no_answer", lang="en",
    company="Brunel Grid Services", contact=BG[1],
    frm=BG, subject="RE: Screening call - GIS Data Technician",
    date="2026-09-17 10:25", key="bg_missed", parent="bg_invite",
    text=plain([
        "Hi Ewan,",
        "I called you at 10:00 as planned and once more at 10:10 but couldn't get through. "
        "I hope everything is alright.",
        "Kofi Mensah\nTalent Partner, Brunel Grid Services",
    ]))

add(kind="missed_interview_notice", slug="penylan_meet_stayed_empty", lang="en",
    company="Penylan Digital Mapping", contact=PYL[1],
    frm=PYL, subject="Re: Application - Junior GIS Technician",
    date="2026-09-28 11:34", key="pyl_missed", parent="pyl_invite",
    html=simple_html([
        "Hi Ewan,",
        "Iolo and I sat in the Meet room from 11:00 to 11:20 today but nobody joined. I "
        "double-checked the link I sent on Sunday and it was working.",
        "Drop me a line when you can.",
        "Alys",
    ]))

add(kind="missed_interview_notice", slug="legoff_pas_reussi_joindre", lang="fr",
    company="Cabinet Le Goff Géomètres-Experts", contact=LG[1],
    frm=LG, subject="Notre échange de 14h",
    date="2026-06-12 14:32", key="lg_missed", parent="lg_invite",
    charset="iso-8859-1", cte="quoted-printable",
    text="Bonjour Ewan,\n\nJe n'ai pas réussi à vous joindre à 14h comme convenu : deux "
         "appels, puis votre messagerie. Peut-être un décalage horaire entre Rennes et "
         "Cardiff ?\n\nRappelez-moi quand vous pourrez au 02 99 00 72 31.\n\nErwan Le Goff\n")

add(kind="missed_interview_notice", slug="eilenriede_zweimal_angerufen", lang="de",
    company="Umweltplanung Eilenriede", contact=EIL[1],
    frm=EIL, subject="Telefoninterview heute um 10 Uhr",
    date="2026-08-07 10:38", key="eil_missed", parent="eil_invite",
    text=plain([
        "Sehr geehrter Herr Castillo-Faure,",
        "wir haben Sie heute um 10 Uhr zweimal angerufen, Sie aber leider nicht erreicht.",
        "Bitte melden Sie sich kurz, wenn Sie weiterhin Interesse an der Stelle haben.",
        "Freundliche Grüße\nAnja Schulte",
    ]))

add(kind="missed_interview_notice", slug="personalwerk_telefontermin", lang="de",
    company="Personalwerk Nord", contact=PWN[1],
    frm=PWN, subject="Vereinbarter Telefontermin",
    date="2026-09-08 15:20", key="pwn_missed", cte="base64",
    text=plain([
        "Hallo Herr Castillo-Faure,",
        "leider konnte ich Sie zum vereinbarten Telefontermin um 15 Uhr nicht erreichen – "
        "das Gespräch lief zweimal auf die Mailbox.",
        "Damit ich Sie meinem Kunden vorstellen kann, brauche ich das Vorgespräch. Schreiben "
        "Sie mir gern, wann ich Sie am besten erreiche.",
        "Viele Grüße\nTimo Becker\nPersonalwerk Nord\nTel. 0511 700 4318",
    ]))

add(kind="missed_interview_notice", slug="deusto_te_esperamos", lang="es",
    company="Topografía Deusto", contact=TD[1],
    frm=TD, subject="¿Todo bien? Te esperábamos a las 11",
    date="2026-08-11 11:29", key="td_missed",
    text="Hola Ewan:\n\nTe estuvimos esperando en la videollamada de las 11:00 (hora "
         "peninsular) unos veinte minutos, pero no llegaste a conectarte.\n\nSupongo que ha "
         "habido un lío con la diferencia horaria. Dime algo y lo vemos.\n\nIker Etxeberria\n"
         "Topografía Deusto\n")
