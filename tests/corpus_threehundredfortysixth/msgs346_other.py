"""Corpus 346: everything else: traps, newsletters, private mail, the candidate's own mail."""

from __future__ import annotations

from msgs346_common import ME, spec

K = "other"

DEIRDRE = ("O'Shea, Deirdre", "deirdre.oshea@mmu.example.ie")
MARCUS = ("Okafor, Marcus", "marcus.okafor@tidewayairways.example.co.uk")
JESS = ("Jess Whitlock", "jess.whitlock@holliscrane.example.co.uk")
AOIFE = ("Aoife Breathnach", "aoife.breathnach@corribdigital.example.ie")
KATHARINA = ("Katharina Lindqvist", "k.lindqvist@meditrel.example.de")
JANA = ("Jana Voß", "jana.voss@nordlicht-software.example.de")
LUCIA = ("Lucía Barrenechea", "lucia.barrenechea@bancoalmenara.example.es")
ORLA = ("Orla Geraghty", "orla.geraghty@atelierlumen.example.fr")
RAQUEL = ("Raquel Ibarra", "raquel.ibarra@medisur.example.es")


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a newsletter or digest."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


SPECS = [
    # ======================================================= English
    spec(id="own_munster_application", kind=K, lang="en", date="2026-03-12 21:30 +0000",
         frm=ME, to=[DEIRDRE],
         subject="Application – Learning Technologist, Centre for Continuing Education",
         pdf=[("SNMA_Application_Form_CCE-26-03.pdf",
               ["Munster Metropolitan University - Application form", "Post: Learning Technologist",
                "Ref: CCE/26/03", "Applicant: Siobhan Ni Mhurchu-Adeyemi"]),
              ("SNMA_CV_2026.pdf", ["Siobhan Ni Mhurchu-Adeyemi", "Curriculum vitae",
                                    "Primary teacher, Scoil Naomh Fionnbarra, Cork"])],
         text="""Dear Ms O'Shea,

Please find attached my application form and CV for the post of Learning Technologist (Ref. CCE/26/03) at the Centre for Continuing Education.

I have taught in primary schools in Cork for nine years and, for the last three, have led my school's move to blended learning, including a Moodle course for parents. I would love to bring that experience to adult learners.

I look forward to hearing from you.

Yours sincerely,
Siobhán Ní Mhurchú-Adeyemi
087 555 2193"""),
    spec(id="tideway_thanks", kind=K, lang="en", date="2026-08-06 18:20 +0100", frm=ME,
         to=[MARCUS], subject="Thank you – Training Designer interview",
         text="""Dear Marcus,

Thank you for organising today's interview and for the tour of the cabin simulators – it was fascinating to see how the practical training is run.

I really enjoyed meeting the panel and I'd be delighted to contribute to the academy's new e-learning programme.

Kind regards,
Siobhán Ní Mhurchú-Adeyemi"""),
    spec(id="edtech_alert", kind=K, lang="en", date="2026-04-06 06:30 +0000",
         frm=("EdTechJobs Hub", "alerts@edtechjobs-hub.example.com"),
         subject="12 new jobs for \"learning designer\" – plus: how to handle rejection",
         headers=bulk("EdTechJobs Hub job alerts <alerts.edtechjobs-hub.example.com>",
                      "https://edtechjobs-hub.example.com/unsubscribe?u=88213"),
         fmt="alt", brand="EdTechJobs Hub", accent="#264653",
         text="""Your weekly job alert: "learning designer" near Cork, Dublin, London, Remote

1. Learning Designer – Palisade Health (Dublin, hybrid) – €45k–€52k
2. Instructional Designer – Quayside Software Academy (Remote, IE)
3. Junior E-learning Developer – Thornfield Group (London)
4. Learning Experience Designer – Morrow Studios (Galway)
... and 8 more jobs.

From the blog: Rejection is part of the process
Unfortunately, most career changers will hear "no" many times before an interview invitation arrives. Our editor explains how to turn a rejection email into feedback, and what to say when a recruiter invites you to a first interview.

You are receiving this email because you created a job alert on EdTechJobs Hub. Manage your alerts or unsubscribe at any time."""),
    spec(id="career_newsletter", kind=K, lang="en", date="2026-05-14 07:00 +0100",
         frm=("The Career Changer", "newsletter@careerchanger.example.org"),
         subject="Issue #41: Interviews, offers and the art of the follow-up",
         headers=bulk("The Career Changer <careerchanger.example.org>",
                      "mailto:unsubscribe@careerchanger.example.org"),
         fmt="html", brand="The Career Changer", accent="#8d5a97",
         text="""Hello career changers,

This week: three readers tell us about their first interview outside teaching, one of them about the offer she turned down, and one about an interview that was cancelled twice before finally going ahead.

Also inside:
- Why "we regret to inform you" doesn't mean "never"
- A template for rescheduling an interview politely
- Our checklist for the week before an assessment centre

See you next Thursday,
Maeve at The Career Changer

You're receiving this because you subscribed at careerchanger.example.org. Unsubscribe anytime."""),
    spec(id="podcast_invite", kind=K, contact="rory@staffroomtoboardroom.example.com", lang="en", date="2026-05-27 13:05 +0100",
         frm=("Rory Fitzgibbon", "rory@staffroomtoboardroom.example.com"),
         subject="Podcast interview invitation – Staffroom to Boardroom",
         text="""Hi Siobhán,

I host Staffroom to Boardroom, a podcast about teachers who move into other careers. A listener pointed me to your blog post about storyboarding lessons, and I'd love to interview you for an episode.

We record over Zoom and it takes about 50 minutes. Would any evening in the week of 15 June suit you?

Cheers,
Rory Fitzgibbon
Host, Staffroom to Boardroom"""),
    spec(id="radio_interview", kind=K, contact="sinead.crowley@leevalleyfm.example.ie", lang="en", date="2026-02-12 10:40 +0000",
         frm=("Sinéad Crowley", "sinead.crowley@leevalleyfm.example.ie"),
         subject="Lee Valley FM – interview request re: teacher shortages",
         text="""Hi Siobhán,

I'm a producer on The Morning Round-Up on Lee Valley FM. We're doing a segment on Friday about teachers leaving the profession and the INTO suggested you might be willing to talk to us.

It would be a short live phone interview, about eight minutes, at around 9:20. Would you be up for it?

Thanks a million,
Sinéad
Producer, The Morning Round-Up – Lee Valley FM"""),
    spec(id="user_research", kind=K, lang="en", date="2026-03-20 15:15 +0000",
         frm=("Notelio Research", "research@notelio.example.com"),
         subject="Can we interview you? €40 voucher for 30 minutes of feedback",
         fmt="alt",
         text="""Hi Siobhán,

You've been using Notelio to plan lessons for over a year – thank you! Our design team is running user research interviews to understand how teachers organise their notes.

The interview is 30 minutes on video, and as a thank-you we'll send you a €40 voucher. Pick a slot here: https://notelio.example.com/research/book

No preparation needed.

Thanks,
The Notelio Research team"""),
    spec(id="parcel_delayed", kind=K, lang="en", date="2026-01-27 08:12 +0000",
         frm=("SwiftParcel", "no-reply@swiftparcel.example.com"),
         subject="Unfortunately your parcel is delayed",
         fmt="html", brand="SwiftParcel", accent="#d62828",
         text="""Hi Siobhán,

Unfortunately your parcel (tracking number SP 4471 2209 IE) is delayed due to severe weather at our Dublin hub.

New estimated delivery: Thursday 29 January, between 10:00 and 14:00.

We're sorry for the inconvenience. You can change your delivery slot or choose a pickup point in the SwiftParcel app.

SwiftParcel Customer Care"""),
    spec(id="gps_position", kind=K, lang="en", date="2026-08-16 12:48 +0100",
         frm=("TrailMate", "notifications@trailmate.example.com"),
         subject="Your position was shared with 2 contacts",
         text="""Hi Siobhán,

Your live position on the Kerry Way (near Glenbeigh) was shared with Tunde and Mam at 12:47.

Battery on your watch: 41%. Position updates every 10 minutes until you end the activity.

Stay safe out there!
TrailMate"""),
    spec(id="landlord_viewing", kind=K, contact="brendan.coyne@coynelettings.example.ie", lang="en", date="2026-03-19 19:10 +0000",
         frm=("Brendan Coyne", "brendan.coyne@coynelettings.example.ie"),
         subject="Viewing – 2-bed apartment, Father Griffin Road, Galway",
         text="""Hi Siobhán,

Thanks for your enquiry about the apartment on Father Griffin Road. I can show it to you on Saturday 28 March at 11:30. Please bring two references and proof of income if you'd like to apply on the day.

Unfortunately I can't offer any evening viewings this week.

Regards,
Brendan Coyne
Coyne Lettings, Galway"""),
    spec(id="dentist_moved", kind=K, lang="en", date="2026-04-23 09:30 +0100",
         frm=("Douglas Dental Clinic", "reception@douglasdental.example.ie"),
         subject="Your appointment has been rescheduled",
         text="""Dear Siobhán,

Unfortunately Dr. Hennessy is unavailable on Tuesday 28 April, so we have had to reschedule your check-up and clean.

Your new appointment: Thursday 30 April at 16:15.

If this time doesn't suit, please call reception on 021 555 7731.

Douglas Dental Clinic"""),
    spec(id="friend_rejection", kind=K, contact="aisling.obriain@example.ie", lang="en", date="2026-07-03 22:47 +0100",
         frm=("Aisling Ó Briain", "aisling.obriain@example.ie"),
         frm_enc=("iso-8859-1", "q"),
         subject="well that's that",
         cs="iso-8859-1", cte="8bit",
         text="""Siobhán,

Got the email this evening - Skerry Air said no. "After careful consideration we have decided not to progress your application." After two interviews and a presentation! I'm gutted.

Did you hear back from them yet? Fingers crossed yours is better news.

Drinks on Friday regardless?

Ais x"""),
    spec(id="friend_fwd_invite", kind=K, contact="tunde.adeyemi@example.ie", lang="en", date="2026-05-02 11:55 +0100",
         frm=("Tunde Adeyemi", "tunde.adeyemi@example.ie"),
         subject="Fwd: Interview invitation – Operations Analyst",
         text="""Look what came in, sis! My first interview in months. Any tips? You're the expert now.

T""",
         fwd=spec(id="fwd_tunde_invite", kind=K, lang="en", date="2026-05-01 16:20 +0100",
                  frm=("Harriet Lowe", "harriet.lowe@granitelogistics.example.ie"),
                  to=[("Tunde Adeyemi", "tunde.adeyemi@example.ie")],
                  subject="Interview invitation – Operations Analyst",
                  text="""Dear Tunde,

Thank you for applying for the Operations Analyst role. We would like to invite you to an interview at our Little Island office on Friday 8 May at 10:00.

Kind regards,
Harriet Lowe
HR, Granite Logistics""")),
    spec(id="course_refused", kind=K, lang="en", date="2026-02-02 12:02 +0000",
         frm=("Digital Skills Cork", "courses@digitalskillscork.example.ie"),
         subject="Your place on 'Storyline 360 for Beginners'",
         text="""Dear Siobhán,

Thank you for applying for the funded course "Storyline 360 for Beginners" (spring intake).

We received many more applications than places, and unfortunately we are unable to offer you a place on this intake. Priority was given to applicants who are currently unemployed.

You have been added to the waiting list for the autumn course.

Digital Skills Cork"""),
    spec(id="headhunter_cold", kind=K, contact="beatrice@beaconlds.example.co.uk", lang="en", date="2026-08-25 08:38 +0100",
         frm=("Beatrice Lindqvist-Hale", "beatrice@beaconlds.example.co.uk"),
         subject="Your background – L&D market in Dublin",
         fmt="alt",
         text="""Dear Siobhán,

I lead the learning & development practice at Beacon L&D Search. We work with banks, airlines and technology firms across Ireland and the UK on their learning teams.

I'm not writing about a specific role today, but your profile stood out and I'd welcome a 20-minute introductory conversation at some point to understand what you're looking for next.

With best regards,
Beatrice Lindqvist-Hale
Partner, Beacon L&D Search"""),
    spec(id="ooo_jess", kind=K, contact="jess.whitlock@holliscrane.example.co.uk", lang="en", date="2026-08-03 09:15 +0100",
         frm=JESS, subject="Automatic reply: Availability for the autumn",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         text="""Thanks for your email. I'm on annual leave until Monday 17 August with no access to email.

For anything urgent, please contact my colleague Tom Fairley on tom.fairley@holliscrane.example.co.uk or call the office on +44 20 7946 0700.

Jess Whitlock
Hollis & Crane Recruitment"""),
    spec(id="own_corrib_move", kind=K, lang="en", date="2026-04-12 20:01 +0100", frm=ME,
         to=[AOIFE], subject="Re: Let's chat! Curriculum Designer at Corrib Digital Academy",
         reply_of="corrib_invite", quote="en",
         text="""Hi Aoife,

I booked Wednesday at 14:00 through the link, but I've just been told I'm on yard duty that day. Would it be possible to move our call to Thursday or Friday after 15:00? Sorry for the hassle.

Many thanks,
Siobhán"""),
    spec(id="own_hollis_apology", kind=K, lang="en", date="2026-05-05 16:02 +0100", frm=ME,
         to=[JESS], subject="Re: Northbank – are you OK?", reply_of="hollis_missed", quote="en",
         text="""Jess, I am so sorry. My laptop died during an update at 14:55 and my phone was on silent in the classroom. I've only just seen your messages.

Please pass on my apologies to Sam – I'd be very grateful for another chance, at any time that suits him.

Siobhán"""),
    spec(id="own_lumen_decline", kind=K, lang="en", date="2026-05-25 20:44 +0100", frm=ME,
         to=[ORLA], subject="Atelier Lumen offer – my decision",
         text="""Dear Orla,

Thank you again for your patience while I made up my mind, and for everything you and Claire have done.

After a lot of thought I have decided to accept a role in Madrid, so I won't be signing the Atelier Lumen contract. This was a genuinely hard decision – I loved meeting the Galway team.

I hope our paths cross again.

Warm wishes,
Siobhán"""),
    spec(id="greenhouse_survey", kind=K, lang="en", date="2026-02-12 15:00 +0000",
         frm=("Brightforge Recruiting", "no-reply@greenhouse-mail.io"),
         subject="How was your interview experience?",
         text="""Hi Siobhán,

Thank you for interviewing with Brightforge recently. We're always looking to improve our hiring process and would love your honest feedback.

The survey takes about 3 minutes and is anonymous: https://app.greenhouse.example/survey/c8e1

Thank you!
Brightforge Recruiting"""),
    spec(id="workday_account", kind=K, lang="en", date="2026-02-05 19:31 +0000",
         frm=("Veridian Medical", "veridian@myworkday.com"),
         subject="Verify your email address",
         text="""Hello,

You created a candidate account on the Veridian Medical careers site. Please verify your email address within 24 hours by clicking the link below:

https://veridian.wd3.myworkday.example/verify?token=7Qx2

If you did not create this account, you can ignore this email."""),
    spec(id="principal_reference", kind=K, contact="principal@scoilnaomhfionnbarra.example.ie", lang="en", date="2026-03-06 16:25 +0000",
         frm=("Máire Ní Shúilleabháin", "principal@scoilnaomhfionnbarra.example.ie"),
         frm_enc=("utf-8", "b"),
         subject="Your reference",
         text="""Hi Siobhán,

Just to let you know I've written your reference and sent it to the two people you listed. I was delighted to do it – whoever gets you will be lucky, though we'll miss you terribly in Third Class.

We need your decision about next year by 1 May so the Board can advertise the post.

Máire"""),
    spec(id="webinar_invite", kind=K, lang="en", date="2026-06-02 10:00 +0100",
         frm=("EdTechJobs Hub Events", "events@edtechjobs-hub.example.com"),
         subject="You're invited: Ace your learning-design interview (free webinar)",
         headers=bulk("EdTechJobs Hub events <events.edtechjobs-hub.example.com>",
                      "https://edtechjobs-hub.example.com/unsubscribe?u=88213&l=events"),
         fmt="html", brand="EdTechJobs Hub Events", accent="#264653",
         text="""You're invited!

Ace your learning-design interview – a free live webinar on Tuesday 16 June at 19:00 (Irish time).

Two hiring managers walk through portfolio interviews, design exercises and what to do after a rejection. Bring your questions.

Register now – places are limited.

You are receiving this email because you are subscribed to EdTechJobs Hub events. Unsubscribe."""),

    # ======================================================= French
    spec(id="fr_newsletter", kind=K, lang="fr", date="2026-09-14 07:15 +0200",
         frm=("Cadres & Formation", "lettre@cadres-formation.example.fr"),
         subject="Les offres de la semaine + 5 conseils pour rebondir après un refus",
         headers=bulk("La lettre Cadres & Formation <lettre.cadres-formation.example.fr>",
                      "https://cadres-formation.example.fr/desinscription?id=55190"),
         fmt="alt", brand="Cadres & Formation", accent="#1d3557",
         text="""Bonjour Siobhán,

Cette semaine, 18 nouvelles offres correspondent à votre alerte « ingénieur pédagogique – Lyon » :
- Ingénieur pédagogique multimodal – groupe hospitalier (Lyon 8e)
- Concepteur e-learning – cabinet de conseil (Villeurbanne)
- Responsable formation – industrie pharmaceutique (Saint-Priest)

Le conseil de la semaine : un refus après un entretien n'est pas une fin. Demandez un retour, préparez le prochain entretien et relancez poliment.

Vous recevez cet e-mail car vous êtes abonnée à la lettre Cadres & Formation. Se désinscrire."""),
    spec(id="fr_friend_refus", kind=K, contact="camille.berthier@example.fr", lang="fr", date="2026-06-27 21:03 +0200",
         frm=("Camille Berthier", "camille.berthier@example.fr"),
         subject="Bon… encore un refus",
         cs="iso-8859-1", cte="quoted-printable",
         text="""Coucou Siobhán,

Je voulais te raconter : j'ai reçu ce soir la réponse du Crédit Rhodanien pour le poste de chargée de formation. Refus, évidemment, « votre profil ne correspond pas à nos attentes ». Après trois entretiens !

Et toi, ça avance à Lyon ? Tu as eu des nouvelles de ton studio ?

On se voit quand tu passes, bises,
Camille"""),
    spec(id="fr_colis", kind=K, lang="fr", date="2026-09-02 14:27 +0200",
         frm=("ColiRapide", "ne-pas-repondre@colirapide.example.fr"),
         subject="Votre colis est retardé",
         fmt="html", brand="ColiRapide", accent="#ffb703",
         text="""Bonjour,

Malheureusement, votre colis n° CR 8812 4470 FR a pris du retard lors de son acheminement vers Lyon.

Nouvelle date de livraison estimée : vendredi 4 septembre.

Nous vous prions de nous excuser pour ce désagrément.

Le service client ColiRapide"""),
    spec(id="own_fr_candidature", kind=K, lang="fr", date="2026-08-20 22:10 +0100", frm=ME,
         to=[("Talentia Intérim Lyon", "lyon.partdieu@talentia-interim.example.fr")],
         subject="Candidature – Formatrice / conceptrice e-learning (mission 6 mois)",
         pdf=[("CV_Siobhan_NiMhurchu-Adeyemi_FR.pdf",
               ["Siobhan Ni Mhurchu-Adeyemi", "Enseignante - conceptrice pedagogique",
                "Cork, Irlande - mobile a Lyon"])],
         text="""Madame, Monsieur,

Je me permets de vous adresser ma candidature pour la mission de formatrice / conceptrice e-learning publiée sur votre site.

Enseignante depuis neuf ans en Irlande, je me reconvertis dans l'ingénierie pédagogique pour adultes et je m'installe à Lyon à l'automne. Vous trouverez mon CV en pièce jointe.

Je reste à votre disposition pour un entretien.

Bien cordialement,
Siobhán Ní Mhurchú-Adeyemi"""),

    # ======================================================= German
    spec(id="de_jobalert", kind=K, lang="de", date="2026-07-13 06:45 +0200",
         frm=("JobRadar München", "jobalert@jobradar.example.de"),
         subject="7 neue Jobs für „Learning Designer“ in München",
         subj_enc=("utf-8", "b"),
         headers=bulk("JobRadar Jobalert <jobalert.jobradar.example.de>",
                      "https://jobradar.example.de/abmelden?token=ab77"),
         fmt="alt", brand="JobRadar", accent="#2a9d8f",
         text="""Hallo Siobhán,

hier sind deine neuen Jobs der Woche:

- Learning Designer (m/w/d) – Versicherungsgruppe, München-Bogenhausen
- Trainer:in E-Learning – Automobilzulieferer, Garching
- Referent:in Personalentwicklung – Klinikverbund, München

Tipp der Woche: Absage erhalten? So nutzt du das Feedback für dein nächstes Vorstellungsgespräch.

Du erhältst diese E-Mail, weil du einen Jobalert bei JobRadar angelegt hast. Hier abmelden."""),
    spec(id="de_zahnarzt", kind=K, lang="de", date="2026-07-28 08:20 +0200",
         frm=("Zahnarztpraxis Dr. Feldmeier", "praxis@dr-feldmeier.example.de"),
         subject="Terminverschiebung – Ihre Kontrolluntersuchung",
         cs="iso-8859-1", cte="quoted-printable",
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

leider müssen wir Ihren Termin am Donnerstag, 30. Juli, um 8:30 Uhr absagen, da Frau Dr. Feldmeier erkrankt ist.

Wir haben Ihnen einen neuen Termin am Dienstag, 4. August, um 9:15 Uhr reserviert. Falls dieser nicht passt, rufen Sie uns bitte an.

Ihr Praxisteam
Zahnarztpraxis Dr. Feldmeier, Schwabing"""),
    spec(id="de_besichtigung", kind=K, contact="h.gstettner@example.de", lang="de", date="2026-07-17 18:33 +0200",
         frm=("Herbert Gstettner", "h.gstettner@example.de"),
         subject="Besichtigung 2-Zimmer-Wohnung Haidhausen",
         cs="windows-1252", cte="8bit",
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

danke für Ihre Anfrage zur Wohnung in der Kirchenstraße. Eine Besichtigung ist am Samstag, 25. Juli, um 11 Uhr möglich. Bitte bringen Sie eine Mieterselbstauskunft und die letzten drei Gehaltsnachweise mit.

Leider kann ich keinen anderen Termin anbieten, da die Wohnung schon zum 1. September frei wird.

Mit freundlichen Grüßen
H. Gstettner"""),
    spec(id="de_freundin_absage", kind=K, contact="lena.hartl@example.de", lang="de", date="2026-08-13 20:51 +0200",
         frm=("Lena Hartl", "lena.hartl@example.de"),
         subject="Absage von Kaleido :(",
         text="""Hi Siobhán,

jetzt hat es mich auch erwischt: Kaleido Learning hat mir heute abgesagt, nach dem Probetag! Sie haben sich "für eine Person mit mehr Agenturerfahrung entschieden".

Ich brauch jetzt ein Bier. Biergarten am Wochenende?

Lena"""),
    spec(id="de_vhs_kurs", kind=K, lang="de", date="2026-09-07 10:10 +0200",
         frm=("Münchner Volkshochschule", "anmeldung@mvhs-bildung.example.de"),
         subject="Ihre Anmeldung: Deutsch B2 für den Beruf (Kurs K2614)",
         cs="windows-1252", cte="quoted-printable",
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

vielen Dank für Ihre Anmeldung zum Kurs „Deutsch B2 für den Beruf“ (K2614).

Leider ist der Kurs bereits ausgebucht und wir können Ihnen keinen Platz anbieten. Sie stehen auf der Warteliste an Position 4.

Mit freundlichen Grüßen
Ihre Volkshochschule – Anmeldung"""),
    spec(id="own_nordlicht_verschiebung", kind=K, lang="de", date="2026-07-15 07:40 +0100",
         frm=ME, to=[JANA], reply_of="nordlicht_moved", quote="de",
         subject="AW: Unser Gespräch am Donnerstag – Nordlicht Akademie",
         text="""Liebe Frau Voß,

vielen Dank für Ihre Nachricht und gute Besserung an den Akademieleiter. Da ich ab dem 20. Juli eine Woche in Deutschland bin, könnten wir das Gespräch vielleicht in diese Woche legen? Ein persönliches Treffen in München wäre auch möglich.

Beste Grüße
Siobhán Ní Mhurchú-Adeyemi"""),
    spec(id="de_presse", kind=K, contact="f.wendel@bildungsblick.example.de", lang="de", date="2026-09-24 12:00 +0200",
         frm=("Franziska Wendel", "f.wendel@bildungsblick.example.de"),
         subject="Interviewanfrage für das Magazin Bildungsblick",
         text="""Liebe Frau Ní Mhurchú-Adeyemi,

ich bin Redakteurin beim Magazin Bildungsblick. Für unsere Herbstausgabe schreiben wir über Lehrkräfte, die in die betriebliche Weiterbildung wechseln, und würden gerne ein kurzes Interview mit Ihnen führen – telefonisch, etwa 30 Minuten.

Hätten Sie in der ersten Oktoberwoche Zeit?

Herzliche Grüße
Franziska Wendel
Redaktion Bildungsblick"""),
    spec(id="de_ooo", kind=K, contact="k.lindqvist@meditrel.example.de", lang="de", date="2026-04-03 09:02 +0200",
         frm=KATHARINA, subject="Abwesenheitsnotiz: Frage zum Feedback",
         headers={"Auto-Submitted": "auto-replied"},
         text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting@meditrel.example.de.

Mit freundlichen Grüßen
Katharina Lindqvist
Meditrel"""),
    spec(id="de_depot", kind=K, lang="de", date="2026-10-01 05:00 +0200",
         frm=("Isarbank Online-Banking", "service@isarbank.example.de"),
         subject="Ihre Depotübersicht zum 30.09.2026",
         fmt="html", brand="Isarbank Online-Banking", accent="#0b3d91",
         text="""Sehr geehrte Kundin,

Ihre Depotübersicht zum 30.09.2026 steht im Online-Banking bereit. Sie enthält alle Positionen Ihres Depots mit Kurswerten zum Stichtag.

Gesamtwert: 3.412,80 EUR (3 Positionen)

Dies ist eine automatisch erstellte Nachricht.
Ihre Isarbank"""),

    # ======================================================= Spanish
    spec(id="own_medisur_application", kind=K, lang="es", date="2026-05-18 22:15 +0100",
         frm=ME, to=[RAQUEL], subject="Candidatura – Formadora clínica (Madrid)",
         pdf=[("CV_Siobhan_NiMhurchu-Adeyemi_ES.pdf",
               ["Siobhan Ni Mhurchu-Adeyemi", "Maestra - disenadora de formacion",
                "Cork (Irlanda)"])],
         text="""Estimada Raquel:

Le escribo para presentar mi candidatura al puesto de Formadora clínica publicado en la web de Medisur. Adjunto mi CV.

Soy maestra de primaria con nueve años de experiencia y estoy haciendo la transición hacia el diseño de formación para adultos. Tengo un nivel C1 de español y disponibilidad para trasladarme a Madrid.

Un cordial saludo,
Siobhán Ní Mhurchú-Adeyemi"""),
    spec(id="es_alerta", kind=K, lang="es", date="2026-06-29 08:00 +0200",
         frm=("Empleo Formación", "alertas@empleoformacion.example.es"),
         subject="Tus nuevas ofertas: diseño instruccional en Madrid",
         headers=bulk("Alertas Empleo Formación <alertas.empleoformacion.example.es>",
                      "https://empleoformacion.example.es/baja?u=4471"),
         fmt="alt", brand="Empleo Formación", accent="#e76f51",
         text="""Hola Siobhán:

Tenemos 9 ofertas nuevas que encajan con tu alerta «diseño instruccional – Madrid»:

· Diseñador/a instruccional – aseguradora (Madrid, híbrido)
· Técnico/a de formación e-learning – hospital privado (Pozuelo)
· Consultor/a de formación – consultora tecnológica (Madrid)

Consejo: prepara tu entrevista con nuestra guía y aprende a responder a un rechazo sin desanimarte.

Recibes este correo porque creaste una alerta de empleo. Darse de baja."""),
    spec(id="es_cita_medica", kind=K, lang="es", date="2026-09-15 13:13 +0200",
         frm=("Centro de Salud Chamberí", "citas@cs-chamberi.example.es"),
         subject="Cambio en su cita médica",
         cs="iso-8859-1", cte="quoted-printable",
         text="""Estimada paciente:

Le informamos de que su cita con la Dra. Villalba del jueves 17 de septiembre a las 10:40 ha sido modificada por ausencia de la profesional.

Nueva cita: lunes 21 de septiembre a las 9:20, consulta 12.

Si no puede acudir, anúlela en la aplicación o llamando al 91 555 40 40.

Centro de Salud Chamberí"""),
    spec(id="es_visita_piso", kind=K, contact="pilar@inmobiliariaretiro.example.es", lang="es", date="2026-06-05 17:47 +0200",
         frm=("Pilar Monteagudo", "pilar@inmobiliariaretiro.example.es"),
         subject="Visita al piso de la calle Ibiza",
         text="""Hola Siobhán:

Te confirmo la visita al piso de la calle Ibiza, 38 (2.º izquierda) el sábado 13 de junio a las 12:00. Es un piso de dos dormitorios, exterior, 1.150 €/mes.

Si después quieres reservarlo, necesitaremos contrato de trabajo y las dos últimas nóminas.

Un saludo,
Pilar Monteagudo
Inmobiliaria Retiro"""),
    spec(id="es_amiga_fwd", kind=K, contact="marta.echeverria@example.es", lang="es", date="2026-06-17 23:11 +0200",
         frm=("Marta Echeverría", "marta.echeverria@example.es"),
         subject="RV: Convocatoria de entrevista – Técnica de RR. HH.",
         text="""¡¡Mira, Siobhán!! Por fin me llaman para una entrevista. ¿Me ayudas a prepararla este finde? Te invito a cañas.

Besos,
Marta""",
         fwd=spec(id="fwd_marta_invite", kind=K, lang="es", date="2026-06-17 12:30 +0200",
                  frm=("Selección Grupo Tajo", "seleccion@grupotajo.example.es"),
                  to=[("Marta Echeverría", "marta.echeverria@example.es")],
                  subject="Convocatoria de entrevista – Técnica de RR. HH.",
                  text="""Estimada Marta:

Nos complace convocarte a una entrevista para el puesto de Técnica de RR. HH. el martes 23 de junio a las 10:00 en nuestras oficinas de Alcobendas.

Un saludo,
Selección Grupo Tajo""")),
    spec(id="own_almenara_acepto", kind=K, lang="es", date="2026-05-25 21:02 +0100", frm=ME,
         to=[LUCIA], reply_of="almenara_offer_verbal", quote="es",
         subject="RE: Nuestra oferta – Escuela de Formación",
         text="""Hola, Lucía:

Muchísimas gracias a ti, a Marta y a Declan. Después de pensarlo con calma, acepto encantada la oferta, con la incorporación el 1 de septiembre que acordamos con Declan.

Quedo atenta al contrato.

Un abrazo,
Siobhán"""),
    spec(id="es_curso_denegado", kind=K, lang="es", date="2026-02-26 11:45 +0100",
         frm=("Academia Hispánica de Dublín", "cursos@academiahispanica.example.ie"),
         subject="Solicitud de plaza – curso DELE C1 intensivo",
         text="""Estimada Siobhán:

Gracias por tu solicitud para el curso intensivo de preparación al DELE C1 (marzo–mayo).

Lamentablemente, el curso está completo y no podemos ofrecerte plaza en esta convocatoria. Te hemos incluido en la lista de espera y te avisaremos si se libera alguna.

Un saludo,
Secretaría de Cursos"""),
    spec(id="es_pedido", kind=K, lang="es", date="2026-10-08 09:41 +0200",
         frm=("Envíos Meseta", "avisos@enviosmeseta.example.es"),
         frm_enc=("iso-8859-1", "b"),
         subject="Lamentablemente tu pedido se ha retrasado",
         fmt="html", brand="Envíos Meseta", accent="#bc6c25",
         text="""Hola, Siobhán:

Lamentablemente, tu pedido n.º EM-20261004-8831 (2 bultos) se ha retrasado por una incidencia en nuestro centro logístico de Getafe.

Nueva fecha prevista de entrega: lunes 12 de octubre, entre las 9:00 y las 14:00.

Disculpa las molestias.
Atención al cliente de Envíos Meseta"""),
]
