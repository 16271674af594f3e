"""Corpus 179: rejections (hand-written specs). Every message words its no differently."""

from msgs179_common import (
    D,
    ats_card,
    esc,
    forwarded,
    outlook_block,
    outlook_html,
    paras,
    reply,
    simple_html,
)
from msgs179_invites import (
    _BT_MISSED,
    _BW_INVITE,
    _IW_MISSED,
    _OD_COFFEE,
    _PW_CANCEL,
)
from msgs179_other import LVU_THANKS

CANDIDATE_LINE = "Niamh Castellanos-Byrne <niamh.cb@example.ie>"

_R_LVU = reply(D("""
    Dear Niamh,

    Thank you for your kind note after the interview, and for the care you clearly put
    into your presentation.

    The selection board has now completed its deliberations and I regret to tell you that
    it has recommended another candidate for appointment to the post of Learning
    Designer. The board asked me to pass on that your presentation was among the strongest
    it heard, and Prof. Crowley would be glad to give you feedback by phone if that would
    be useful to you.

    We wish you every success with your move into learning design.

    Kind regards,

    Orla Hegarty
    HR Officer, Recruitment & Selection
    Lee Valley University, College Road, Cork T12 YN60
    T: +353 21 555 0140
    """), "en", "Wed, 18 Feb 2026 at 19:52", CANDIDATE_LINE, LVU_THANKS)

_R_GL = D("""
    Hi Niamh,

    I promised I'd come back to you once the inspection was over, and I'm sorry it's not
    with the news either of us hoped for.

    Since then the business has reviewed its headcount plan for the rest of the year, and
    the Training Specialist (GMP) role has been put on hold. That means we will not proceed
    with the recruitment, including the interview we postponed. If the role is reopened
    I'd be very happy to hear from you again.

    Thank you for your patience and understanding.

    Best regards,
    Declan O'Mahony
    Learning & Development Manager, Glanmire Therapeutics
    +353 21 555 0162

    CONFIDENTIALITY: This e-mail and any attachments are confidential and may be
    privileged. Glanmire Therapeutics Ltd is registered in Ireland, no. 512288.
    """)

_R_SV = D("""
    A Chara,

    Competition: Training Officer (Temporary), ref. SV/HR/26/07

    I refer to your recent interview for the above post. I regret to inform you that you
    were not successful on this occasion and your name has not been placed on the panel
    from which the post will be filled.

    In accordance with the Code of Practice, you may request feedback on your interview
    performance within 14 days of the date of this letter. A formal letter confirming the
    outcome is attached.

    Thank you for your interest in working with Suir Valley County Council.

    Is mise le meas,

    Gráinne Phelan
    Recruitment Unit, Human Resources Department
    Suir Valley County Council
    Tel: +353 51 555 0190
    """)

_R_HB = D("""
    Dear Niamh,

    Thank you for attending the assessment centre for the Learning & Development
    Associate role (Requisition 48817).

    We have now reviewed the results of all the exercises. We regret to inform you that
    your application will not be progressing to the next stage of the process. We will keep
    your details on file for twelve months and may contact you should a suitable vacancy
    arise.

    Thank you for the time and effort you invested.

    Talent Acquisition
    Harbourline Bank

    Harbourline Bank DAC is regulated by the Central Bank of Ireland.
    """)

_R_NQ = D("""
    Hi Niamh,

    Thanks so much for talking with James and me on Friday - we both enjoyed it.

    It was a genuinely close call, but we've offered the Digital Learning Producer role to
    someone who has already produced video-led courses at scale, which is the team's
    biggest gap right now. I'm sorry it isn't better news.

    We'd love to keep in touch. With your permission I'll keep your details for future
    design roles in the team.

    All the best,
    Hannah
    """)

_R_SH_CLIENT = D("""
    Hi Tom,

    Thanks for meeting Niamh on Monday. Any feedback you can share would be great.

    Eoin
    """)

_R_SH_TOM = D("""
    Thanks Eoin,

    We enjoyed meeting Niamh; she's warm and clearly a gifted trainer. After a lot of
    discussion we've decided to go with a candidate who has hands-on experience of a
    medical device quality system, which is where most of the induction content sits.
    Please pass on our thanks and good wishes.

    Tom
    """)

_R_SH = D("""
    Hi Niamh,

    Afraid it's not the news we wanted. Tom's email is below - Blackwater have gone with
    someone from inside the med-device world. For what it's worth, both Karen and Tom
    rated you highly, and Karen told me on the phone she'd recommend you to others.

    Chin up, there's plenty more coming through. Let's talk on Thursday.

    Eoin
    """) + "\n" + forwarded(
    "en", "Tom Barry <tom.barry@blackwatermedtech.example.ie>", "Fri, 27 Feb 2026 at 16:48",
    "RE: Niamh Castellanos-Byrne", "Eoin Kiely <eoin.kiely@shandontalent.example.ie>",
    _R_SH_TOM + "\n" + outlook_block(
        "en", "Eoin Kiely", "24 February 2026 09:02", "Tom Barry",
        "Niamh Castellanos-Byrne", _R_SH_CLIENT))

_R_HR = D("""
    Hi Niamh,

    Thanks for calling me back and explaining what happened with the Zoom link.

    I went back to my client this morning to ask about rearranging. Unfortunately they
    have decided not to reschedule and are progressing with the two candidates they met
    last week, so I won't be able to take this one further for you.

    I know that's frustrating. I'll keep you front of mind for the next L&D roles on my
    desk - there are a couple in Manchester that could suit.

    Tobias Grant | Halden & Rook Recruitment | 020 7946 0572
    """)

_R_LI_HTML = ats_card(
    "Liffey Insurance Group",
    paras(D("""
        Dear Niamh,

        Thank you for your interest in the Learning Consultant, Group People Development
        position (JR-7731), and for the time you took to apply.

        After careful consideration, we have decided to move forward with candidates whose
        experience more closely matches the requirements of the role.

        We encourage you to continue to explore opportunities at Liffey Insurance Group and
        wish you well in your search.

        Kind regards,
        Talent Acquisition Team
        """)),
    esc("This is an automated message from Liffey Insurance Group. Please do not reply."),
    "#004b87",
)

_R_AS = D("""
    Dear Niamh,

    Thank you for applying for the Member Training Officer role at Atlantic Shore Credit
    Union.

    We were struck by the range of your teaching experience and the leadership you've
    shown in your school. Having weighed up all of the applications, though, we have
    decided not to take yours further this time. We had a strong field, and our choice
    came down to direct experience in a financial services setting.

    Please do keep an eye on our website: we expect to recruit again in the spring.

    Yours sincerely,

    Helen Cronin
    HR & Training Manager
    Atlantic Shore Credit Union, 14 Washington Street, Cork T12 PW20
    021 555 0133
    """)

_R_CL = D("""
    Hi Niamh,

    I wanted to write to you personally rather than send a standard email.

    Thank you for the interview and for the storyboard you put together afterwards; it
    was thoughtful and the learner journey was clear. We won't be inviting you to the
    final stage, though. The Client Programmes role needs someone who can build in Rise
    and Storyline from day one, and at the moment that isn't where your experience is.

    If you build up some authoring work over the next few months, I'd genuinely like to
    see it.

    Warmly,
    Maya Lindqvist
    Design Lead, Copperleaf Learning Studio
    """)

_R_FM = D("""
    Dear Niamh Castellanos-Byrne,

    Re: Learning & Development Consultant (Job ID 2026-1187)

    We have now completed our review of applications for this position. We appreciate the
    interest you have shown in Fennick & Moore; however, we will not be taking your
    application forward to interview. The field for this vacancy was highly competitive.

    Your profile will remain in our talent community, and you may receive alerts for
    future roles.

    Regards,
    Fennick & Moore Talent Acquisition

    This is an automated message. Fennick & Moore LLP is a limited liability partnership
    registered in England and Wales (OC312345).
    """)

_R_OD = reply(D("""
    Hi Niamh,

    Bad news I'm afraid. We really enjoyed the chat, but we've gone with someone who has
    been running our volunteer inductions freelance for the past year - it was too hard
    to look past that. Sorry!

    Genuinely hope our paths cross again. Shout if you ever want a reference for the
    volunteering side of things.

    R.
    """), "en", "Thu, 15 Jan 2026 at 20:41",
    "Ruairí Nolan <ruairi@opendoors.example.ie>", _OD_COFFEE)

_R_KE = D("""
    Niamh - thanks for applying for the L&D Lead post. Not this time I'm afraid; we've
    made an appointment. Best of luck.

    Mark Sutcliffe
    Director of People, Kestrel Schools Trust
    """)

_R_MF = D("""
    Dear Niamh,

    Thank you for applying for the Learning Content Editor vacancy.

    We are writing to everyone in the process to let you know that the vacancy has been
    withdrawn. Following a restructure of our digital publishing team, the role will not
    now be filled, and we are therefore closing the recruitment process.

    We are sorry for any disappointment this causes, and thank you for your interest in
    Marlowe & Finch.

    Talent Team
    Marlowe & Finch Publishing, 88 Clerkenwell Road, London EC1M 5RJ
    """)

_R_HH = D("""
    Hi Niamh,

    Thank you for your application for the Group Training Manager position and for coming
    to meet us in Howth last month.

    I wanted to let you know that the position has now been filled internally. One of our
    hotel general managers put herself forward late in the process, and given her
    knowledge of the group the panel felt she was the right fit.

    I'm sorry not to have better news. We were impressed with you, and I'd be delighted
    to keep your CV on file for future training roles across the group.

    Kind regards,

    Claire Delaney
    Group HR Manager
    Howth Harbour Hotels, Harbour Road, Howth, Co. Dublin D13 E6C4
    +353 1 555 0157
    """)

_R_SM = D("""
    Hi Niamh,

    Thank you for your interest in the Enablement Specialist (Customer Education) role
    at Saltmarsh Analytics, and for the time you spent on your application.

    We've reviewed it carefully and decided not to progress to interviews with you at
    this point. We know that's not the news you were hoping for.

    We wish you all the best with your search.

    The Saltmarsh Analytics Talent Team
    Amsterdam
    """)

_R_PW = D("""
    Dear Niamh,

    Thank you for your patience over the last fortnight.

    Rather than re-arranging the second stage, our hiring manager has reviewed the shortlist
    again now that she's back, and has decided to continue only with candidates who have
    delivered compliance training in a regulated financial services firm. I'm sorry to
    tell you that this means we won't be progressing your application.

    I appreciate this is disappointing after the cancellation, and I'm happy to talk it
    through if you'd like.

    Kind regards,

    Gareth Ellison
    Resourcing Adviser, Pennywell Building Society
    0161 555 0123
    """) + "\n" + outlook_block(
    "en", "Gareth Ellison <gareth.ellison@pennywell.example.co.uk>",
    "14 September 2026 11:30", "Niamh Castellanos-Byrne <niamh.cb@example.ie>",
    "Thursday's second-stage conversation", _PW_CANCEL)

_R_LB = D("""
    Dear Ms Castellanos-Byrne,

    Competition ETB/2026/31 – Training Centre Instructor (Learning Support)

    Thank you for attending for interview on 29 September. I’m sorry to tell you that
    the board did not recommend you for appointment in this competition. Its decision was
    based on the “essential requirements” set out in the candidate booklet, in particular
    recent experience of delivering accredited QQI programmes to adult learners.

    Travel expenses of up to €60 may be claimed using the enclosed form within 30 days.

    Le meas,

    Pádraig Ó Súilleabháin
    Human Resources Section
    Lee & Blackwater Education and Training Board
    Knockrea House, Douglas Road, Cork T12 X3YK
    021 555 0108
    """)

_R_IW = D("""
    Dear Niamh,

    Thank you for getting back to me, and I'm sorry to hear your car broke down on the
    M62 - I hope you got home all right.

    Unfortunately we don't have a further assessment centre date for this post, and the
    panel have now made their decision based on the candidates who attended. This means
    we are unable to consider your application further on this occasion.

    I'd encourage you to apply again when we next advertise.

    Kind regards,
    Danielle Price
    Recruitment Officer, Irwell Health Partnership
    """)

_IW_EXPLAIN = D("""
    Dear Danielle,

    I'm so sorry. My car broke down on the M62 on the way in this morning and my phone
    died while I was waiting for the recovery truck. I'm still very keen on the post - is
    there any chance of attending another session?

    Kind regards,
    Niamh
    """)

_R_IW_FULL = reply(_R_IW, "en", "Thu, 20 Aug 2026 at 07:58", CANDIDATE_LINE,
                   reply(_IW_EXPLAIN, "en", "Wed, 19 Aug 2026 at 14:30",
                         "Danielle Price <danielle.price@irwellhealth.example.org.uk>",
                         _IW_MISSED))

_R_RS = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    vielen Dank für Ihre Bewerbung als Trainer:in Digitale Kompetenzen und das damit
    verbundene Interesse an der Ringstraße Privatbank.

    Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass
    wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

    Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen für Ihre berufliche Zukunft
    alles Gute.

    Mit freundlichen Grüßen
    Ringstraße Privatbank AG – Human Resources

    Ringstraße Privatbank AG · Schubertring 9, 1010 Wien · FN 123456x · Handelsgericht Wien
    Diese Nachricht wurde automatisch erstellt.
    """)

_R_BW = reply(D("""
    Hallo Niamh,

    danke nochmal fürs nette Gespräch letzte Woche. Wir haben uns jetzt für jemanden
    entschieden, der schon seit Jahren in der Wiener Erwachsenenbildung unterwegs ist.

    Alles Gute dir!
    Jakob
    """), "de", "Di., 7. Juli 2026 um 19:02",
    "Jakob Hubmayr <jakob.hubmayr@bildungswerk-leopoldstadt.example.at>", _BW_INVITE)

_R_HL = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    vielen Dank, dass Sie das Telefoninterview mit Frau Weninger so rasch nachgeholt
    haben.

    Die Alpenglas Versicherung hat sich inzwischen entschieden, den Prozess mit zwei
    anderen Kandidatinnen fortzusetzen. Ausschlaggebend war laut Frau Weninger vor allem
    die Erfahrung mit Schulungen im österreichischen Versicherungsvertrieb. Ich bedauere
    das sehr, denn Ihr Profil hat mir gut gefallen.

    Ich melde mich, sobald ich ein passendes Mandat für Sie habe.

    Freundliche Grüße
    Mag. Lena Hofer
    Senior Beraterin, Hofer & Lindner Personalberatung
    """)

_R_PV = D("""
    Sehr geehrte Frau Castellanos-Byrne,

    wir bedanken uns für Ihr Interesse an der Position Trainer:in Good Manufacturing
    Practice und die Zeit, die Sie in Ihre Bewerbung investiert haben.

    Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Bewerberin entschieden
    haben, deren Profil unseren aktuellen Anforderungen in besonderem Maße entspricht.

    Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

    Mit freundlichen Grüßen
    Ihr Recruiting-Team der Pharmavia Austria GmbH
    """)

_R_GF = D("""
    Bonjour Niamh,

    Merci encore pour notre échange de mardi, et pour votre patience après le report de
    l'entretien.

    Après réflexion avec l'équipe, nous avons choisi de poursuivre avec une personne qui
    conçoit déjà des parcours pour des publics adultes en entreprise. Ce n'était pas une
    décision facile : votre regard d'enseignante nous a beaucoup plu.

    Je vous souhaite le meilleur pour la suite, à Toulouse ou ailleurs.

    Élodie Fabre
    Responsable pédagogique, Garonne Formation
    """)

_R_CO = D("""
    Madame,

    Nous faisons suite à votre candidature au poste de Chargée de formation – réseau
    d'agences, et à nos échanges de ces dernières semaines.

    Nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à
    votre candidature. Celle-ci a été examinée avec la plus grande attention, mais
    d'autres profils ont été privilégiés.

    Nous conservons votre dossier dans notre fichier pendant deux ans, sauf opposition de
    votre part.

    Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

    Direction des Ressources Humaines – Recrutement
    Crédit Occitan – 4 esplanade Compans-Caffarelli, 31000 Toulouse

    Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive
    de leur destinataire. Toute utilisation non conforme est interdite.
    """)

_R_TD = D("""
    Bonjour Niamh,

    L'Institut Pastel m'a appelée ce matin. Le poste de Responsable pédagogique a
    finalement été pourvu en interne : c'est la coordinatrice que vous avez rencontrée
    pendant l'entretien qui a été promue.

    Mme Cazals a tenu à souligner la qualité de votre échange et m'a dit qu'elle
    penserait à vous pour de futures ouvertures. Je suis désolée pour ce dénouement ;
    de mon côté je continue à chercher activement pour vous.

    Bien cordialement,
    Mathilde Roux
    Talents d'Oc Recrutement – 05 61 55 02 19
    """)

_CN_THANKS = D("""
    Madame Sabatier,

    Je tenais à vous remercier, ainsi que les membres du jury, pour l'entretien de ce
    matin et pour l'accueil chaleureux. J'ai beaucoup apprécié la discussion sur
    l'accompagnement des enseignants débutants avec le numérique.

    Je reste à votre disposition pour toute information complémentaire.

    Bien cordialement,
    Niamh Castellanos-Byrne
    """)

_R_CN = reply(D("""
    Madame,

    Je vous remercie pour votre message et pour votre participation à l'entretien du
    8 octobre.

    Le jury a apprécié votre mise en situation et la clarté de votre présentation.
    Toutefois, son choix s'est porté sur une autre candidate, qui intervient déjà comme
    formatrice dans l'enseignement supérieur. Je suis au regret de ne pouvoir vous
    proposer ce poste.

    Je vous souhaite une belle réussite dans vos projets.

    Bien cordialement,

    Hélène Sabatier
    Responsable des ressources humaines – Campus Numérique Occitanie
    """), "fr", "jeu. 8 oct. 2026 à 18:40", CANDIDATE_LINE, _CN_THANKS)

_R_UPG = D("""
    Estimada Sra. Castellanos-Byrne:

    En relación con la convocatoria PAS-2026-14, Técnico/a de Formación del Personal, le
    comunicamos que, una vez finalizada la fase de valoración de méritos, la comisión de
    selección ha propuesto la contratación de otra persona aspirante, por lo que no ha
    resultado seleccionada.

    La resolución definitiva puede consultarse en el tablón electrónico. Contra la misma
    podrá interponer recurso de alzada ante el Rectorado en el plazo de un mes.

    Atentamente,

    Servicio de Personal de Administración y Servicios
    Universidad Privada del Guadalquivir
    """)

_R_BT = D("""
    Estimada Sra. Castellanos-Byrne:

    Gracias por su respuesta y por explicarnos lo que ocurrió con la conexión.

    Lamentablemente, el calendario del proceso no nos permite organizar una nueva sesión
    de evaluación, de modo que no nos será posible continuar con su candidatura para el
    puesto de Formador/a Interno/a. Sentimos que las circunstancias hayan jugado en su
    contra.

    Le deseamos mucha suerte en su búsqueda.

    Atentamente,

    Álvaro Rincón
    Técnico de Selección · Banco Triana
    """) + "\n" + outlook_block(
    "es", "Álvaro Rincón <alvaro.rincon@bancotriana.example.es>",
    "jueves, 10 de septiembre de 2026 9:45", "Niamh Castellanos-Byrne <niamh.cb@example.ie>",
    "Jornada de evaluación: no ha podido conectarse", _BT_MISSED)

_R_AL = D("""
    ¡Hola Niamh!

    Te escribo yo directamente, porque me parece más humano que un correo de plantilla.
    Al final para la coordinación de voluntariado nos quedamos con una compañera que ya
    colaboraba con nosotros en el Polígono Sur y conoce a todas las familias.

    Me dio mucha pena, de verdad, porque tu propuesta de formación para voluntarios nos
    encantó. Si te parece, te guardo en nuestra lista para cuando abramos el proyecto
    nuevo en primavera.

    Un beso grande,
    Maite

    Maite Ruiz · Fundación Alcázar Solidario · 954 55 02 77
    """)

_R_LB2 = D("""
    Hola Niamh:

    Te escribo para contarte cómo está el proceso de Técnico/a de Formación GMP.

    La dirección ha decidido congelar las nuevas incorporaciones previstas para este año,
    así que el puesto queda en suspenso y no vamos a seguir adelante con la selección.
    Lo siento de verdad, sobre todo después de las dos entrevistas.

    Si el puesto se reactiva en 2027, serás de las primeras personas a las que llame.

    Saludos cordiales,

    Carmen Vidal
    Responsable de Talento · Laboratorios Béticos
    Parque Científico Cartuja, Edificio 3 · 41092 Sevilla
    """)

MESSAGES = [
    {"kind": "rejection", "name": "lvu_after_panel_quotes_thanks", "lang": "en",
         "company": "Lee Valley University", "contact": "orla.hegarty@lvu.example.ie",
         "parent": "lvu-thanks",
         "frm": ("Orla Hegarty", "orla.hegarty@lvu.example.ie"),
         "date": "2026-03-03 15:22 +0000",
         "subject": "Re: Thank you – Learning Designer interview",
         "text": _R_LVU, "cte": "quoted-printable"},
    {"kind": "rejection", "name": "glanmire_role_on_hold", "lang": "en",
         "company": "Glanmire Therapeutics", "contact": "declan.omahony@glanmire.example.ie",
         "parent": "gl-cancel",
         "frm": ("Declan O'Mahony", "declan.omahony@glanmire.example.ie"),
         "date": "2026-05-19 16:02 +0100",
         "subject": "Training Specialist (GMP) - update",
         "text": _R_GL, "html": outlook_html(paras(_R_GL))},
    {"kind": "rejection", "name": "suirvalley_not_placed_on_panel", "lang": "en",
         "company": "Suir Valley County Council", "contact": "recruitment@suirvalleycoco.example.ie",
         "parent": "sv-invite",
         "frm": ("Recruitment Unit, Suir Valley County Council",
              "recruitment@suirvalleycoco.example.ie"),
         "date": "2026-07-01 12:40 +0100",
         "subject": "SV/HR/26/07 Training Officer - Outcome of Interview",
         "text": _R_SV, "charset": "iso-8859-1", "cte": "quoted-printable",
         "pdfs": [{"filename": "Outcome_SV-HR-26-07.pdf",
                    "title": "Suir Valley County Council - Outcome of Interview",
                    "lines": ["Competition: Training Officer (Temporary), SV/HR/26/07",
                           "Candidate: Niamh Castellanos-Byrne",
                           "Outcome: not placed on panel",
                           "Feedback may be requested within 14 days."]}]},
    {"kind": "rejection", "name": "harbourline_successfactors_after_ac", "lang": "en",
         "company": "Harbourline Bank", "contact": "", "parent": "hb-ac",
         "frm": ("Harbourline Bank Careers", "careers-noreply@successfactors.eu"),
         "date": "2026-04-15 09:00 +0200",
         "subject": "Your application with Harbourline Bank (Req 48817)",
         "text": _R_HB, "html": ats_card("Harbourline Bank", paras(_R_HB), "", "#0a3d62"),
         "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "rejection", "name": "northernquill_lever_close_call", "lang": "en",
         "company": "Northern Quill Learning",
         "contact": "hannah.okafor@northernquill.example.co.uk", "parent": "nq-moved",
         "frm": ("Hannah Okafor (Northern Quill Learning)", "no-reply@hire.lever.co"),
         "reply_to": ("Hannah Okafor", "hannah.okafor@northernquill.example.co.uk"),
         "date": "2026-06-26 16:45 +0000",
         "subject": "Your interview with Northern Quill Learning",
         "text": _R_NQ, "html": simple_html(paras(_R_NQ))},
    {"kind": "rejection", "name": "shandon_relays_blackwater_no", "lang": "en",
         "company": "Blackwater Medtech", "contact": "eoin.kiely@shandontalent.example.ie",
         "parent": "sh-bw-moved",
         "frm": ("Eoin Kiely", "eoin.kiely@shandontalent.example.ie"),
         "date": "2026-03-02 08:55 +0000",
         "subject": "Fwd: RE: Niamh Castellanos-Byrne",
         "text": _R_SH},
    {"kind": "rejection", "name": "haldenrook_client_wont_reschedule", "lang": "en",
         "company": "Halden & Rook", "contact": "tobias.grant@haldenrook.example.co.uk",
         "frm": ("Tobias Grant", "tobias.grant@haldenrook.example.co.uk"),
         "date": "2026-04-08 10:20 +0100",
         "subject": "Update on the payments client",
         "text": _R_HR, "html": outlook_html(paras(_R_HR), "EN-GB")},
    {"kind": "rejection", "name": "liffey_workday_more_closely_matches", "lang": "en",
         "company": "Liffey Insurance Group", "contact": "", "key": "li-rej", "parent": "li-ack",
         "frm": ("Liffey Insurance Group", "liffeyinsurance@myworkday.com"),
         "date": "2026-02-20 06:31 -0800",
         "subject": "Update on your application - Learning Consultant (JR-7731)",
         "html": _R_LI_HTML, "cte": "quoted-printable",
         "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "rejection", "name": "atlanticshore_not_further_this_time", "lang": "en",
         "company": "Atlantic Shore Credit Union", "contact": "hcronin@atlanticshorecu.example.ie",
         "frm": ("Helen Cronin", "hcronin@atlanticshorecu.example.ie"),
         "date": "2026-02-03 12:14 +0000",
         "subject": "Your application - Member Training Officer",
         "text": _R_AS},
    {"kind": "rejection", "name": "copperleaf_personal_after_task", "lang": "en",
         "company": "Copperleaf Learning Studio", "contact": "maya@copperleaf.example.co.uk",
         "parent": "cl-update",
         "frm": ("Maya Lindqvist", "maya@copperleaf.example.co.uk"),
         "date": "2026-05-06 17:20 +0100",
         "subject": "After your interview",
         "text": _R_CL, "html": simple_html(paras(_R_CL))},
    {"kind": "rejection", "name": "fennickmoore_icims_not_forward", "lang": "en",
         "company": "Fennick & Moore", "contact": "", "parent": "fm-ack",
         "frm": ("Fennick & Moore Careers", "careers-fennickmoore@talent.icims.com"),
         "date": "2026-07-14 13:02 -0400",
         "subject": "Fennick & Moore - Learning & Development Consultant (Job ID 2026-1187)",
         "text": _R_FM},
    {"kind": "rejection", "name": "opendoors_bad_news_casual", "lang": "en",
         "company": "Open Doors Learning Trust", "contact": "ruairi@opendoors.example.ie",
         "parent": "od-coffee",
         "frm": ("Ruairí Nolan", "ruairi@opendoors.example.ie"),
         "date": "2026-02-02 09:37 +0000",
         "subject": "Re: Application - Volunteer Training Coordinator",
         "text": _R_OD},
    {"kind": "rejection", "name": "kestrel_terse_appointed", "lang": "en",
         "company": "Kestrel Schools Trust", "contact": "m.sutcliffe@kestrelschools.example.org.uk",
         "frm": ("Mark Sutcliffe", "m.sutcliffe@kestrelschools.example.org.uk"),
         "date": "2026-03-24 18:03 +0000",
         "subject": "L&D Lead",
         "text": _R_KE},
    {"kind": "rejection", "name": "marlowefinch_vacancy_withdrawn", "lang": "en",
         "company": "Marlowe & Finch", "contact": "talent@marlowefinch.example.co.uk",
         "frm": ("Marlowe & Finch Talent", "talent@marlowefinch.example.co.uk"),
         "date": "2026-05-27 11:00 +0100",
         "subject": "Learning Content Editor - vacancy withdrawn",
         "text": _R_MF, "html": simple_html(paras(_R_MF), "Georgia, serif")},
    {"kind": "rejection", "name": "howth_filled_internally", "lang": "en",
         "company": "Howth Harbour Hotels", "contact": "claire.delaney@howthharbourhotels.example.ie",
         "frm": ("Claire Delaney", "claire.delaney@howthharbourhotels.example.ie"),
         "date": "2026-07-21 14:35 +0100",
         "subject": "Group Training Manager",
         "text": _R_HH, "html": outlook_html(paras(_R_HH)), "cte": "base64"},
    {"kind": "rejection", "name": "saltmarsh_greenhouse_not_progress", "lang": "en",
         "company": "Saltmarsh Analytics", "contact": "",
         "frm": ("Saltmarsh Analytics", "no-reply@us.greenhouse-mail.io"),
         "date": "2026-09-02 12:06 +0000",
         "subject": "Your application to Saltmarsh Analytics",
         "text": _R_SM, "html": ats_card("Saltmarsh Analytics", paras(_R_SM), esc(
             "Sent via Greenhouse"), "#334155")},
    {"kind": "rejection", "name": "pennywell_after_cancelled_stage", "lang": "en",
         "company": "Pennywell Building Society", "contact": "gareth.ellison@pennywell.example.co.uk",
         "parent": "pw-cancel",
         "frm": ("Gareth Ellison", "gareth.ellison@pennywell.example.co.uk"),
         "date": "2026-09-29 10:10 +0100",
         "subject": "RE: Thursday's second-stage conversation",
         "text": _R_PW, "html": outlook_html(paras(_R_PW), "EN-GB"), "charset": "windows-1252",
         "cte": "quoted-printable"},
    {"kind": "rejection", "name": "lbetb_windows1252_competition", "lang": "en",
         "company": "Lee & Blackwater Education and Training Board",
         "contact": "posuilleabhain@lbetb.example.ie",
         "frm": ("Pádraig Ó Súilleabháin", "posuilleabhain@lbetb.example.ie"),
         "frm_enc": ("iso-8859-1", "Q"),
         "date": "2026-10-06 15:48 +0100",
         "subject": "Competition ETB/2026/31 – Training Centre Instructor",
         "subj_enc": ("utf-8", "B"),
         "text": _R_LB, "charset": "windows-1252", "cte": "8bit"},
    {"kind": "rejection", "name": "irwell_after_no_show", "lang": "en",
         "company": "Irwell Health Partnership",
         "contact": "danielle.price@irwellhealth.example.org.uk", "parent": "iw-missed",
         "frm": ("Danielle Price", "danielle.price@irwellhealth.example.org.uk"),
         "date": "2026-08-25 09:12 +0100",
         "subject": "RE: Today's assessment centre",
         "text": _R_IW_FULL},
    {"kind": "rejection", "name": "ringstrasse_formelle_absage", "lang": "de",
         "company": "Ringstraße Privatbank", "contact": "",
         "frm": ("Ringstraße Privatbank AG", "karriere-noreply@ringstrasse-privatbank.example.at"),
         "date": "2026-04-22 08:15 +0200",
         "subject": "Ihre Bewerbung als Trainer:in Digitale Kompetenzen",
         "text": _R_RS, "html": ats_card("Ringstraße Privatbank", paras(_R_RS), "", "#1f2937"),
         "cte": "quoted-printable", "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "rejection", "name": "bildungswerk_kurz_und_knapp", "lang": "de",
         "company": "Bildungswerk Leopoldstadt",
         "contact": "jakob.hubmayr@bildungswerk-leopoldstadt.example.at", "parent": "bw-invite",
         "frm": ("Jakob Hubmayr", "jakob.hubmayr@bildungswerk-leopoldstadt.example.at"),
         "date": "2026-07-22 21:10 +0200",
         "subject": "Re: Kurzes Gespräch nächste Woche?",
         "text": _R_BW},
    {"kind": "rejection", "name": "hoferlindner_alpenglas_absage", "lang": "de",
         "company": "Alpenglas Versicherung", "contact": "lena.hofer@hofer-lindner.example.at",
         "parent": "hl-missed",
         "frm": ("Mag. Lena Hofer", "lena.hofer@hofer-lindner.example.at"),
         "date": "2026-09-16 15:30 +0200",
         "subject": "Rückmeldung der Alpenglas Versicherung",
         "text": _R_HL, "html": outlook_html(paras(_R_HL), "DE-AT"), "cte": "quoted-printable"},
    {"kind": "rejection", "name": "pharmavia_softgarden_absage", "lang": "de",
         "company": "Pharmavia Austria", "contact": "", "parent": "pv-missed",
         "frm": ("Pharmavia Austria GmbH", "noreply@softgarden.io"),
         "date": "2026-06-24 09:05 +0200",
         "subject": "Ihre Bewerbung bei der Pharmavia Austria GmbH",
         "text": _R_PV, "charset": "iso-8859-1", "cte": "quoted-printable",
         "headers": [("Auto-Submitted", "auto-generated")]},
    {"kind": "rejection", "name": "garonne_apres_entretien", "lang": "fr",
         "company": "Garonne Formation", "contact": "elodie.fabre@garonne-formation.example.fr",
         "parent": "gf-cancel",
         "frm": ("Élodie Fabre", "elodie.fabre@garonne-formation.example.fr"),
         "date": "2026-04-14 18:20 +0200",
         "subject": "Suite à notre entretien",
         "text": _R_GF, "charset": "iso-8859-1", "cte": "quoted-printable"},
    {"kind": "rejection", "name": "creditoccitan_lettre_refus", "lang": "fr",
         "company": "Crédit Occitan", "contact": "recrutement@creditoccitan.example.fr",
         "parent": "co-missed",
         "frm": ("Crédit Occitan – Recrutement", "recrutement@creditoccitan.example.fr"),
         "date": "2026-07-10 10:00 +0200",
         "subject": "Votre candidature – Chargée de formation réseau",
         "subj_enc": ("utf-8", "Q"),
         "text": _R_CO, "charset": "windows-1252", "cte": "quoted-printable"},
    {"kind": "rejection", "name": "talentsdoc_pourvu_en_interne", "lang": "fr",
         "company": "Institut Pastel", "contact": "m.roux@talentsdoc.example.fr",
         "parent": "td-invite",
         "frm": ("Mathilde Roux", "m.roux@talentsdoc.example.fr"),
         "date": "2026-09-18 12:15 +0200",
         "subject": "Institut Pastel : retour",
         "text": _R_TD, "html": simple_html(paras(_R_TD))},
    {"kind": "rejection", "name": "campusnum_repond_aux_remerciements", "lang": "fr",
         "company": "Campus Numérique Occitanie",
         "contact": "h.sabatier@campusnum-occitanie.example.fr", "parent": "cn-invite",
         "frm": ("Hélène Sabatier", "h.sabatier@campusnum-occitanie.example.fr"),
         "date": "2026-10-20 11:05 +0200",
         "subject": "RE: Remerciements – entretien du 8 octobre",
         "text": _R_CN, "cte": "base64"},
    {"kind": "rejection", "name": "upg_resolucion_no_seleccionada", "lang": "es",
         "company": "Universidad Privada del Guadalquivir", "contact": "seleccion@upg.example.es",
         "parent": "upg-ack",
         "frm": ("Servicio de Personal · UPG", "seleccion@upg.example.es"),
         "date": "2026-07-08 13:00 +0200",
         "subject": "Resolución de la convocatoria PAS-2026-14",
         "text": _R_UPG, "charset": "iso-8859-1", "cte": "8bit"},
    {"kind": "rejection", "name": "bancotriana_sin_nueva_sesion", "lang": "es",
         "company": "Banco Triana", "contact": "alvaro.rincon@bancotriana.example.es",
         "parent": "bt-missed",
         "frm": ("Álvaro Rincón", "alvaro.rincon@bancotriana.example.es"),
         "date": "2026-09-22 17:40 +0200",
         "subject": "RE: Jornada de evaluación: no ha podido conectarse",
         "text": _R_BT, "html": outlook_html(paras(_R_BT), "ES"), "cte": "quoted-printable"},
    {"kind": "rejection", "name": "alcazar_casual_companera", "lang": "es",
         "company": "Fundación Alcázar Solidario", "contact": "maite@fundacionalcazar.example.org",
         "frm": ("Maite Ruiz", "maite@fundacionalcazar.example.org"),
         "date": "2026-10-09 20:22 +0200",
         "subject": "Lo de la coordinación de voluntariado",
         "text": _R_AL},
    {"kind": "rejection", "name": "beticos_puesto_en_suspenso", "lang": "es",
         "company": "Laboratorios Béticos", "contact": "carmen.vidal@labbeticos.example.es",
         "frm": ("Carmen Vidal", "carmen.vidal@labbeticos.example.es"),
         "date": "2026-06-30 12:50 +0200",
         "subject": "Proceso Técnico/a de Formación GMP",
         "text": _R_LB2, "html": simple_html(paras(_R_LB2)), "cte": "base64"},
]
