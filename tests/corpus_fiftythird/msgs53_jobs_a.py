"""Corpus 53 data: rejections and interview invitations, each written by hand.

Keys: kind, slug, lang, from, subject, body, and optionally company, contact, reply_to, fmt
(plain/html/alt), charset, cte, quote (style, name, address, text), ics, attach, headers,
track, logo_alt. Imports nothing.
"""

MARCUS = "marcus.dw@example.com"


def M(kind: str, slug: str, lang: str, frm: str, subject: str, body: str, **kw: object) -> dict:
    return {"kind": kind, "slug": slug, "lang": lang, "from": frm, "subject": subject, "body": body, **kw}


R = "rejection"
INV = "interview_invitation"

MESSAGES = [
    M(R, "hotel_gm_terse_mobile", "en", "Dana Whitlock <dwhitlock@meridiancrest.example.com>", "Re: Director of Rooms",
      """Marcus - appreciate you coming in Tuesday. We went with an internal candidate for this one. Good luck out there.

Dana

Sent from my iPhone""",
      company="Meridian Crest Hotels", contact="dwhitlock@meridiancrest.example.com",
      quote=("gmail", "Marcus Delacroix-Whitfield", MARCUS, "Hi Dana,\n\nThank you again for the interview and the walk through the back of house. I really enjoyed meeting the team.\n\nBest,\nMarcus")),
    M(R, "workday_fm_soft", "en", "Stonebridge Realty Trust <stonebridge@myworkday.com>", "Your application for Facilities Manager - Req R-20417",
      """Dear Marcus,

Thank you for your interest in the Facilities Manager position (R-20417) at Stonebridge Realty Trust.

After careful review, we've decided to pursue other candidates whose background more closely aligns with the requirements of the role. This decision was not easy given the strong response we received.

We encourage you to keep an eye on our careers site and apply to future openings that match your experience.

Kind regards,
Talent Acquisition
Stonebridge Realty Trust

This email was sent from an unmonitored mailbox. Please do not reply.""",
      company="Stonebridge Realty Trust", contact="", fmt="alt", track="stonebridge.wd5.myworkdayjobs.com", logo_alt="Stonebridge Realty Trust logo"),
    M(R, "greenhouse_after_panel", "en", "Lantern Live Events <no-reply@us.greenhouse-mail.io>", "Update on your Lantern Live application",
      """Hi Marcus,

Thanks so much for the time you spent with our team over the last few weeks — the panel really enjoyed your walkthrough of the festival load-in plan.

This was a tough call, but we've decided not to move forward with your candidacy for Event Operations Manager. We ended up hiring someone with more large-scale ticketing experience.

We'd genuinely love to stay in touch and will reach out if something else opens up.

Best,
Priya Raman
Senior Recruiter, Lantern Live Events""",
      company="Lantern Live Events", contact="", fmt="alt", track="click.greenhouse.io"),
    M(R, "agency_relayed_excl", "en", "Tyler Brooks <tyler@brightpathtalent.example.com>", "Quick update!!",
      """Hey Marcus!

So I heard back from the client (Corvane) this morning and unfortunately they're going to go in a different direction for the Site Ops Lead role :( They said your hospitality background was super impressive but they really wanted someone who's run a CMMS rollout before.

Don't let it get you down!! I've got two other FM roles I think you'd crush, can we hop on a call this week?

Tyler Brooks | Senior Talent Partner
Brightpath Talent
m: (312) 555-0184""",
      company="Corvane Facility Services", contact="tyler@brightpathtalent.example.com"),
    M(R, "uk_shant_progress", "en", "Harriet Ellison <h.ellison@alderfinch.example.co.uk>", "Workplace Experience Manager - London",
      """Dear Marcus,

Thank you for taking the time to meet with Sophie and me last week.

I regret to inform you that we shan't be progressing your application to the next stage on this occasion. The shortlist was exceptionally strong and we have opted for candidates with more direct corporate workplace experience.

I should like to wish you every success in your search.

Kind regards,

Harriet Ellison
Head of People
Alder & Finch Workplace
020 7946 0321

Alder & Finch Workplace Ltd is registered in England and Wales, no. 08812345. This email and any attachments are confidential and intended solely for the addressee.""",
      company="Alder & Finch Workplace", contact="h.ellison@alderfinch.example.co.uk"),
    M(R, "icims_position_filled", "en", "Cascade Valley Health Careers <careers@talent.icims.com>", "Environmental Services Manager - Position Update",
      """Marcus Delacroix-Whitfield,

We wanted to let you know that the Environmental Services Manager position you applied for at Cascade Valley Health has been filled.

While we will not be moving forward with your application for this position, we appreciate the time and effort you invested and encourage you to review other opportunities on our career site.

Sincerely,
Cascade Valley Health Talent Acquisition

*** Please do not respond to this email. This mailbox is not monitored. ***""",
      company="Cascade Valley Health", contact="", fmt="html"),
    M(R, "role_on_hold_saas", "en", "Noor Haddad <noor@fieldnote.example.io>", "Following up",
      """Hi Marcus,

Wanted to close the loop with you personally. Leadership has paused hiring for the Customer Operations Lead role while we rework our Q3 plan, and realistically it won't reopen this year, so we won't be proceeding with your application.

I'm really sorry — you were one of the strongest people we talked to. If anything changes I'll reach out first.

Noor
Fieldnote | People Ops""",
      company="Fieldnote", contact="noor@fieldnote.example.io"),
    M(R, "taleo_ats_template", "en", "Tidewater Cruise Line <tidewater@taleo.net>", "Tidewater Cruise Line - Hotel Operations Manager (Fleet) - 2600391",
      """Dear Marcus ,

Thank you for applying for the position of Hotel Operations Manager (Fleet) - 2600391 .

We have reviewed your qualifications and regret to inform you that you have not been selected for further consideration for this position.

Your profile will remain in our database and you are welcome to apply for other positions .

Best regards,
Tidewater Cruise Line
Shoreside Talent Team

-----------------------------------------
This is an automated message. Replies to this address are not read.""",
      company="Tidewater Cruise Line", contact="", charset="windows-1252"),
    M(R, "after_takehome_procurement", "en", "Greg Olander <golander@keystonefreight.example.com>", "RE: Procurement Coordinator - case exercise",
      """Marcus,

Thanks for turning the vendor consolidation exercise around so quickly. The panel reviewed it yesterday. Honestly it was solid on the hospitality side but light on freight contracts, and we've decided to move forward with another candidate.

Appreciate the effort you put in.

Greg Olander
Procurement Manager | Keystone Freight Logistics
o. 404-555-0122""",
      company="Keystone Freight Logistics", contact="golander@keystonefreight.example.com",
      quote=("outlook", "Marcus Delacroix-Whitfield", MARCUS, "Hi Greg,\n\nAttached is my case exercise for the vendor consolidation scenario. Happy to walk through it.\n\nThanks,\nMarcus"),
      quote_subject="Procurement Coordinator - case exercise"),
    M(R, "very_short_bamboohr", "en", "Commonroom Workspaces <notifications@bamboohr.com>", "Community Operations Manager at Commonroom",
      """Hi Marcus,

Thanks for your time, but we won't be moving forward.

- The Commonroom Team""",
      company="Commonroom Workspaces", contact="", fmt="html"),
    M(R, "indian_english_revert", "en", "Anjali Menon <anjali.menon@vistaratalent.example.in>", "Regarding your candidature - Facility Head, Bengaluru campus (client: Nexora Tech Parks)",
      """Dear Marcus,

Greetings of the day!

This is with reference to your candidature for the Facility Head role with our client Nexora Tech Parks. Kindly note that the client has reviewed your profile and regrets that they will not be able to take it forward at this juncture, as they are looking for candidates with prior experience in Indian tech-park operations.

Do revert in case you wish to be considered for any other mandates with us. We shall keep your CV in our records.

Thanks & Regards,
Anjali Menon
Consultant - Real Estate & FM Practice
Vistara Talent Advisory
+91 98450 12345""",
      company="Nexora Tech Parks", contact="anjali.menon@vistaratalent.example.in"),
    M(R, "smartrecruiters_city", "en", "City of Port Alden <no-reply@smartrecruiters.com>", "Your application status: Facilities Superintendent II",
      """Dear Marcus Delacroix-Whitfield,

The City of Port Alden Human Resources Department has completed the review of applications for Facilities Superintendent II (Recruitment #26-0147).

Based on the minimum qualifications listed in the job announcement, your application was not selected to proceed in the selection process. Specifically, the position requires a valid Stationary Engineer license.

Applications are retained for two years in accordance with the City's records retention schedule.

City of Port Alden | Human Resources
An Equal Opportunity Employer""",
      company="City of Port Alden", contact="", fmt="alt"),
    M(R, "singapore_regret", "en", "Straits Harbour Hospitality HR <hr-recruit@straitsharbour.example.sg>", "Application for Guest Experience Manager",
      """Dear Mr Delacroix-Whitfield,

Thank you for your interest in joining Straits Harbour Hospitality.

We regret to inform you that your application has been unsuccessful. Due to the large number of applications received, we are unable to provide feedback on individual applications.

We thank you once again and wish you all the best in your career endeavours.

Yours sincerely,
Wong Mei Ling
Talent Acquisition Executive
Straits Harbour Hospitality Pte Ltd""",
      company="Straits Harbour Hospitality", contact="hr-recruit@straitsharbour.example.sg"),
    M(R, "role_cancelled_university", "en", "Eastbrook University Human Resources <hr-noreply@eastbrook.example.edu>", "Posting #FAC-2026-031 - Posting Cancelled",
      """Dear Applicant,

Thank you for your interest in the Assistant Director, Campus Events & Facilities position (Posting #FAC-2026-031) at Eastbrook University.

Please be advised that this posting has been cancelled and the position will not be filled at this time. Your application will therefore not be considered further.

We encourage you to visit jobs.eastbrook.example.edu for future opportunities.

Office of Human Resources
Eastbrook University""",
      company="Eastbrook University", contact="", charset="iso-8859-1"),
    M(R, "lever_after_onsite", "en", "Maya Castellanos <no-reply@hire.lever.co>", "Roomly - Workplace Experience Lead",
      """Hi Marcus,

Thank you for spending the afternoon at our Austin office and for meeting with Jess, Tom and Andre. Everyone appreciated how you talked about guest recovery and applying it to employee experience.

After a lot of discussion, we've decided to extend an offer to another candidate whose experience with multi-site office portfolios was a closer match for where we are right now. I know that's disappointing to hear after an onsite.

If you're open to it, I'd be happy to share a bit more feedback on a short call — just reply to this email.

Maya Castellanos
Talent @ Roomly""",
      company="Roomly", contact="maya@roomly.example.com", reply_to="Maya Castellanos <maya@roomly.example.com>", fmt="alt", track="jobs.lever.co"),
    M(R, "food_distributor_no_thanks", "en", "Carl Benning <cbenning@pantrywise.example.com>", "Update",
      """Marcus,

Wanted to let you know we filled the distribution center ops supervisor spot. Thanks for your interest and for coming out to the Lithonia DC.

Carl
--
Carl Benning
DC Operations Manager
Pantrywise Foodservice
(770) 555-0199""",
      company="Pantrywise Foodservice", contact="cbenning@pantrywise.example.com"),
    M(R, "australian_unsuccessful", "en", "Lucy Tran <lucy.tran@harbourlight.example.com.au>", "Re: your application",
      """Hi Marcus,

Thanks heaps for your patience while we worked through the applications for the Venue Operations Coordinator role.

Unfortunately you haven't been successful this time round. We had over 200 applicants and went with someone already based in Sydney who could start straight away.

All the best with the move into venues, mate — I reckon you'll land something soon.

Cheers,
Lucy
Harbourlight Venues | People & Culture""",
      company="Harbourlight Venues", contact="lucy.tran@harbourlight.example.com.au"),
    M(R, "irish_after_interview", "en", "Ciara Doyle <ciara.doyle@liffeyhotels.example.ie>", "Operations Manager - Dublin",
      """Hi Marcus,

Many thanks for interviewing with us on Thursday, it was great to chat.

I'm sorry to say we won't be offering you the position on this occasion. The panel felt another candidate's experience with Irish licensing and employment law gave them the edge.

I'd be delighted to keep your details on file for future roles if that suits.

Kind regards,
Ciara Doyle
HR Business Partner
Liffey Quay Hotels
+353 1 555 0142""",
      company="Liffey Quay Hotels", contact="ciara.doyle@liffeyhotels.example.ie", fmt="alt"),
    M(R, "dutch_direct", "en", "Jeroen Bakker <j.bakker@vandermeerfs.example.nl>", "Application Procurement Lead",
      """Dear Marcus,

Thank you for your application for Procurement Lead at Van der Meer Facility Solutions.

To be direct: we will not invite you for an interview. We need someone with experience in public tenders in the Netherlands and Dutch at business level, and we do not see this in your CV.

We wish you success with your search.

Met vriendelijke groet / Kind regards,
Jeroen Bakker
Recruitment | Van der Meer Facility Solutions B.V.
Utrecht""",
      company="Van der Meer Facility Solutions", contact="j.bakker@vandermeerfs.example.nl"),
    M(R, "es_rechazo_grupo_solaris", "es", "Reclutamiento Grupo Hotelero Solaris <talento@gruposolaris.example.mx>", "Proceso de selección - Gerente de Operaciones",
      """Estimado Marcus:

Le agradecemos sinceramente su interés en formar parte de Grupo Hotelero Solaris y el tiempo que dedicó a las entrevistas.

Después de analizar cuidadosamente todos los perfiles, lamentamos informarle que en esta ocasión no continuará en el proceso para la vacante de Gerente de Operaciones en Ciudad de México. Nos decidimos por un perfil con mayor experiencia en resorts de playa.

Conservaremos su CV en nuestra base de datos para futuras oportunidades.

Atentamente,
Lic. Fernanda Ortiz
Atracción de Talento
Grupo Hotelero Solaris""",
      company="Grupo Hotelero Solaris", contact="talento@gruposolaris.example.mx", charset="iso-8859-1"),
    M(R, "es_casual_madrid", "es", "Álvaro Prieto <alvaro@espaciosnomada.example.es>", "Re: Community manager Malasaña",
      """Hola Marcus,

Perdona la tardanza en contestarte. Al final hemos cerrado el puesto con una persona que ya trabajaba con nosotros en el espacio de Chamberí, así que no vamos a seguir adelante con tu candidatura.

Me gustó mucho la charla, de verdad. Si abrimos algo en Barcelona te escribo.

Un abrazo,
Álvaro
Espacios Nómada""",
      company="Espacios Nómada", contact="alvaro@espaciosnomada.example.es",
      quote=("es", "Marcus Delacroix-Whitfield", MARCUS, "Hola Álvaro,\n\n¿Hay alguna novedad sobre el puesto? Sigo muy interesado.\n\nSaludos,\nMarcus")),
    M(R, "es_sap_successfactors", "es", "Logística Cordillera <noreply@successfactors.eu>", "Actualización de su candidatura",
      """Estimado/a Marcus Delacroix-Whitfield,

Gracias por postularse a la vacante Coordinador/a de Cadena de Suministro (ID 48812) en Logística Cordillera.

Tras revisar su perfil, le informamos que hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.

Le invitamos a seguir consultando nuestras vacantes.

Saludos cordiales,
Equipo de Talento Humano
Logística Cordillera S.A. de C.V.

Este correo se generó automáticamente; por favor no responda.""",
      company="Logística Cordillera", contact="", fmt="html"),
    M(R, "es_vacante_cancelada", "es", "Marisol Ibarra <mibarra@hospitalsanrafael.example.mx>", "Vacante Jefe de Servicios Generales",
      """Buenas tardes Marcus,

Le escribo para informarle que la vacante de Jefe de Servicios Generales ha sido cancelada por reestructuración interna, por lo que no podremos continuar con su proceso.

Le agradecemos mucho su tiempo y disposición.

Saludos,
Marisol Ibarra
Recursos Humanos
Hospital San Rafael
Tel. 55 5555 0134""",
      company="Hospital San Rafael", contact="mibarra@hospitalsanrafael.example.mx", cte="base64"),
    M(R, "fr_refus_hotel", "fr", "Groupe Hôtelier Lumière <recrutement@lumiere-hotels.example.fr>", "Votre candidature - Directeur d'exploitation H/F",
      """Bonjour Monsieur Delacroix-Whitfield,

Nous vous remercions de l'intérêt que vous portez au Groupe Hôtelier Lumière et du temps consacré à nos échanges.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas une suite favorable à votre candidature pour le poste de Directeur d'exploitation (H/F) à Paris.

Nous conservons néanmoins votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Service Recrutement
Groupe Hôtelier Lumière""",
      company="Groupe Hôtelier Lumière", contact="recrutement@lumiere-hotels.example.fr", charset="iso-8859-1"),
    M(R, "fr_geneve_apres_entretien", "fr", "Sophie Margot <s.margot@lacleman-palace.example.ch>", "Suite à notre entretien",
      """Cher Marcus,

Merci encore pour votre venue à Genève et pour votre présentation sur l'expérience client.

Je dois malheureusement vous annoncer que nous avons retenu une autre candidature pour le poste de Responsable Facility & Services. Le choix a été serré ; la maîtrise de l'allemand a finalement fait la différence.

Je vous souhaite beaucoup de réussite pour la suite.

Bien cordialement,
Sophie Margot
Responsable RH
Lac Léman Palace
+41 22 555 01 23""",
      company="Lac Léman Palace", contact="s.margot@lacleman-palace.example.ch", fmt="alt"),
    M(R, "fr_montreal_poste_comble", "fr", "Dotations Vireo <emplois@vireo-immobilier.example.ca>", "Poste de gestionnaire immobilier - Montréal",
      """Bonjour Marcus,

Merci d'avoir postulé au poste de gestionnaire immobilier chez Vireo Immobilier.

Nous t'écrivons pour t'informer que le poste a été comblé. Nous ne pourrons donc pas donner suite à ta candidature pour le moment.

Au plaisir,
L'équipe Dotation
Vireo Immobilier""",
      company="Vireo Immobilier", contact="emplois@vireo-immobilier.example.ca", cte="quoted-printable"),
    M(R, "fr_refus_court", "fr", "Julien Fabre <julien.fabre@batisse-services.example.fr>", "RE: Candidature acheteur",
      """Bonjour,

Merci pour votre candidature. Malheureusement votre profil ne correspond pas à ce que nous recherchons pour ce poste d'acheteur.

Bonne continuation,
Julien Fabre
Bâtisse Services — Achats""",
      company="Bâtisse Services", contact="julien.fabre@batisse-services.example.fr",
      quote=("fr", "Marcus Delacroix-Whitfield", MARCUS, "Bonjour Monsieur Fabre,\n\nVeuillez trouver ci-joint ma candidature pour le poste d'acheteur.\n\nCordialement,\nMarcus Delacroix-Whitfield")),
    M(R, "de_absage_muenchen", "de", "Alpenblick Hotels <karriere@alpenblick-hotels.example.de>", "Ihre Bewerbung als Leitung Hauswirtschaft & Technik",
      """Sehr geehrter Herr Delacroix-Whitfield,

vielen Dank für Ihre Bewerbung und das Interesse an einer Tätigkeit bei Alpenblick Hotels.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Katrin Huber
Personalabteilung
Alpenblick Hotels GmbH & Co. KG
Sitz: München, Amtsgericht München HRA 12345""",
      company="Alpenblick Hotels", contact="karriere@alpenblick-hotels.example.de", charset="iso-8859-1"),
    M(R, "de_absage_nach_gespraech_du", "de", "Lena Vogt <lena@mainkai-logistik.example.de>", "AW: Supply Chain Koordinator",
      """Hi Marcus,

danke dir nochmal für das nette Gespräch letzte Woche!

Leider haben wir uns am Ende für jemanden entschieden, der schon Erfahrung mit SAP EWM mitbringt. Ich weiß, das ist ärgerlich, vor allem nach zwei Runden.

Alles Gute für dich und melde dich gern, wenn du wieder was in Frankfurt suchst.

Viele Grüße
Lena
Mainkai Logistik | People Team""",
      company="Mainkai Logistik", contact="lena@mainkai-logistik.example.de",
      quote=("de", "Marcus Delacroix-Whitfield", MARCUS, "Hallo Lena,\n\ngibt es schon Neuigkeiten zur Stelle als Supply Chain Koordinator?\n\nViele Grüße\nMarcus")),
    M(R, "de_stelle_gestrichen", "de", "Zürichsee Immobilien <jobs@zuerichsee-immo.example.ch>", "Ihre Bewerbung: Bewirtschafter/in Liegenschaften",
      """Guten Tag Herr Delacroix-Whitfield

Wir danken Ihnen für Ihre Bewerbung. Leider müssen wir Ihnen mitteilen, dass die ausgeschriebene Stelle aus internen Gründen vorerst nicht besetzt wird. Wir ziehen das Verfahren daher zurück.

Freundliche Grüsse
Zürichsee Immobilien AG
Human Resources""",
      company="Zürichsee Immobilien", contact="jobs@zuerichsee-immo.example.ch", fmt="html"),

    # ---------------- interview invitations ----------------
    M(INV, "calendly_phone_screen", "en", "Rachel Kim <rachel.kim@northgatepp.example.com>", "Facilities Coordinator - next steps",
      """Hi Marcus,

Thanks for applying to the Facilities Coordinator role at Northgate Property Partners! Your hotel engineering background caught my eye.

I'd like to set up a 20-minute phone screen. Grab whatever time works on my Calendly: https://calendly.com/rachel-kim-northgate/20min

Talk soon,
Rachel Kim
Recruiter | Northgate Property Partners
(617) 555-0140""",
      company="Northgate Property Partners", contact="rachel.kim@northgatepp.example.com"),
    M(INV, "goodtime_panel", "en", "Riverside Arena Group via GoodTime <scheduling@goodtime.io>", "Please select times for your panel interview",
      """Hi Marcus,

The Riverside Arena Group team would like to invite you to a panel interview for Event Operations Manager.

Panelists: Derek Walsh (VP Venue Ops), Aisha Grant (Director Guest Services), Marco Rossi (Security Manager)
Length: 90 minutes, onsite at the arena, Gate C admin entrance.

Please select your availability using the link below:
https://app.goodtime.io/availability/9f3c2e1a

Questions? Reach out to your recruiter, Kelsey Ford (kford@riversidearena.example.com).""",
      company="Riverside Arena Group", contact="kford@riversidearena.example.com", reply_to="Kelsey Ford <kford@riversidearena.example.com>", fmt="alt", track="app.goodtime.io"),
    M(INV, "quick_chat_hiring_mgr", "en", "Tom Ferreira <tferreira@bluewater3pl.example.com>", "Quick question",
      """Hey Marcus, saw your resume come through for the customer ops supervisor spot. Would you be free for a quick chat Thursday or Friday afternoon? 15 min, just want to hear about the banquet ops stuff.

Tom
Bluewater 3PL""",
      company="Bluewater 3PL", contact="tferreira@bluewater3pl.example.com"),
    M(INV, "hirevue_one_way", "en", "Hollis & Reed Talent <hollisreed@hirevue.com>", "Next step: complete your video interview for Store Operations Manager",
      """Hello Marcus,

Congratulations! You have been selected to complete a one-way video interview for the Store Operations Manager role at Hollis & Reed.

You will answer 6 questions on your own time. Please complete it within 5 days.

Start your interview: https://app.hirevue.com/interviews/hr-5521-abc

Tips: find a quiet place, test your camera, and relax!

Hollis & Reed Talent Acquisition""",
      company="Hollis & Reed", contact="", fmt="html", track="app.hirevue.com", logo_alt="Hollis & Reed"),
    M(INV, "ics_teams_second_round", "en", "Olivia Hart <ohart@stbrigid.example.org>", "Interview - Support Services Manager (2nd round)",
      """Hello Marcus,

We'd love to move you to the next stage. Please find attached a Teams invitation for your second interview with our VP of Support Services, Dr. Alan Pierce, and our Director of Nutrition Services.

Please accept the invitation or let me know if the time doesn't work.

Best regards,
Olivia Hart
Talent Acquisition Partner
St. Brigid Medical Center
Boston, MA

CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, please notify the sender and delete.""",
      company="St. Brigid Medical Center", contact="ohart@stbrigid.example.org",
      ics={"uid": "c53-stbrigid-2nd@stbrigid.example.org", "start": "2026-03-18T15:00:00", "minutes": 60,
           "summary": "Interview: Marcus Delacroix-Whitfield - Support Services Manager", "organizer": ("Olivia Hart", "ohart@stbrigid.example.org")},
      date="2026-03-10T09:12:00"),
    M(INV, "paradox_olivia_bot", "en", "Olivia <olivia@paradox.ai>", "Your interview with Pinecrest Market is confirmed!",
      """Hi Marcus! 👋 It's Olivia, the virtual assistant for Pinecrest Market.

Great news — you're booked for an interview for Assistant Store Manager - Supply & Receiving!

📅 Wednesday, April 8 at 10:30 AM
📍 Pinecrest Market #214, 5800 Burnet Rd, Austin TX
👤 You'll meet with: Jordan (Store Director)

Reply R to reschedule or C to cancel. See you then!""",
      company="Pinecrest Market", contact="", date="2026-04-02T18:40:00"),
    M(INV, "agency_excited_onsite", "en", "Brianna Cole <brianna@keelcompass.example.com>", "GREAT NEWS!!! Interview request from Larkspur",
      """Marcus!!!

Larkspur Hospitality Group LOVED your profile and want to meet you in person for the Director of Facilities role at their Miami Beach property!!

They're proposing Tuesday 5/12 at 2pm or Wednesday 5/13 at 10am. It's a site walk with the GM + chief engineer followed by a sit-down with the regional VP (about 2.5 hrs total). Wear comfy shoes lol.

Let me know which works and I'll lock it in!! So excited for you 🎉

Brianna Cole
Keel & Compass Partners
c. 305-555-0177""",
      company="Larkspur Hospitality Group", contact="brianna@keelcompass.example.com", fmt="alt"),
    M(INV, "workable_self_schedule", "en", "Harbor & Vine Coworking <notifications@workablemail.com>", "Harbor & Vine: Pick a time for your interview",
      """Hi Marcus,

Thanks for applying for General Manager, Seattle at Harbor & Vine Coworking. We'd like to invite you to a video interview with our Head of Operations.

Pick a time that works for you: https://apply.workable.com/harbor-and-vine/schedule/3KX9

Harbor & Vine Coworking Hiring Team

Sent via Workable. Please don't reply to this email.""",
      company="Harbor & Vine Coworking", contact="", fmt="html", track="apply.workable.com"),
    M(INV, "case_presentation", "en", "Andrea Novak <anovak@corvane.example.com>", "Re: Regional Facilities Manager - final round",
      """Hi Marcus,

Great speaking with you on Monday. The team would like to bring you in for a final round in Chicago.

Format: 30-min case presentation (we'll send the prompt 48h in advance — a 3-building portfolio with a tight capex budget), then 1:1s with our COO and the Client Director for the Midwest accounts.

Are you available the week of June 8? We'll cover travel.

Thanks,
Andrea Novak
Director, Talent Acquisition
Corvane Facility Services""",
      company="Corvane Facility Services", contact="anovak@corvane.example.com",
      quote=("gmail", "Marcus Delacroix-Whitfield", MARCUS, "Hi Andrea,\n\nThank you for the conversation today. Looking forward to hearing about next steps.\n\nMarcus")),
    M(INV, "working_interview_restaurant", "en", "Sam Ortega <sam@copperfigrestaurants.example.com>", "working interview?",
      """hey marcus - chef and i liked you. can you come do a working interview / stage friday 4-10pm at the Logan Square location? just shadow the FOH manager thru dinner service. black pants black shoes. lmk

sam
copper fig restaurant group""",
      company="Copper Fig Restaurant Group", contact="sam@copperfigrestaurants.example.com"),
    M(INV, "usajobs_style_federal", "en", "Dept. of Veterans Services - Denver <hr.denver@vetservices.example.gov>", "Interview Notification - Facility Operations Specialist, GS-1640-11",
      """Mr. Marcus Delacroix-Whitfield,

You have been referred to the selecting official for the position of Facility Operations Specialist, GS-1640-11, Announcement VS-26-1198. The selecting official would like to interview you.

Interview type: structured telephone interview (approx. 30 minutes)
Proposed date: Thursday, July 16, 2026, 1:00 PM Mountain Time

Please reply to this e-mail within two (2) business days to confirm your availability.

V/r,
Denise Harlow
HR Specialist (Recruitment & Placement)
Department of Veterans Services, Denver Regional Office
Phone: (303) 555-0161""",
      company="Department of Veterans Services", contact="hr.denver@vetservices.example.gov"),
    M(INV, "neogov_county", "en", "Metro Atlanta County HR <noreply@governmentjobs.com>", "Invitation to Interview - Purchasing Agent II",
      """Dear Marcus Delacroix-Whitfield,

Congratulations! Based on your application for Purchasing Agent II, you are invited to participate in an oral board interview.

Date: Tuesday, August 4, 2026
Time: 9:40 AM
Location: 141 Pryor St SW, Suite 3000, Atlanta GA (please arrive 15 minutes early, bring a valid photo ID)

To confirm, log in to your GovernmentJobs account. If you require a reasonable accommodation, contact Human Resources at hrrecruit@metroatlantacounty.example.gov.

Metro Atlanta County Department of Human Resources""",
      company="Metro Atlanta County", contact="", fmt="alt"),
    M(INV, "airport_turkish_owned", "en", "Elif Demir <elif.demir@bosphorusaviation.example.com.tr>", "Interview invitation - Terminal Services Manager, Toronto Pearson",
      """Dear Marcus,

Thank you for your application to Bosphorus Aviation Services. We are pleased to invite you to an online interview with our Toronto station management for the Terminal Services Manager position.

Could you please share two or three time slots next week, Toronto time, between 9:00 and 16:00? The interview will be held via Zoom and last about 45 minutes.

Kind regards,
Elif Demir
HR Specialist, International Stations
Bosphorus Aviation Services
Istanbul | Toronto""",
      company="Bosphorus Aviation Services", contact="elif.demir@bosphorusaviation.example.com.tr"),
    M(INV, "next_round_uk_casual", "en", "Ollie Grant <ollie@kingsmillevents.example.co.uk>", "Next round",
      """Hi Marcus,

Good news - we'd like you to come back for a second chat, this time with our MD and head of production. It'll be at our Clerkenwell office, an hour or so, and we'll ask you to talk us through how you'd run a 1,500-guest corporate awards night.

Could you do Wednesday 10th, 11am? If not, send over a couple of alternatives.

Cheers,
Ollie
Kingsmill Events""",
      company="Kingsmill Events", contact="ollie@kingsmillevents.example.co.uk"),
    M(INV, "jobvite_scheduled_ics", "en", "Summit Peak Resorts Recruiting <recruiting@jobvite.com>", "Interview Scheduled: Resort Operations Manager",
      """Dear Marcus,

Your interview for Resort Operations Manager has been scheduled.

Interviewer: Kyle Jansen, Director of Resort Operations
Type: Video (Zoom link in the calendar invitation)

If you need to make changes, please contact Kyle at kjansen@summitpeak.example.com.

Summit Peak Resorts""",
      company="Summit Peak Resorts", contact="kjansen@summitpeak.example.com", reply_to="Kyle Jansen <kjansen@summitpeak.example.com>", fmt="alt",
      ics={"uid": "c53-summitpeak-1@jobvite.com", "start": "2026-09-02T16:00:00", "minutes": 45, "location": "Zoom",
           "summary": "Interview - Resort Operations Manager - Marcus Delacroix-Whitfield", "organizer": ("Kyle Jansen", "kjansen@summitpeak.example.com")},
      date="2026-08-26T14:02:00"),
    M(INV, "es_entrevista_madrid", "es", "Carmen Ruiz <carmen.ruiz@brisamar-hoteles.example.es>", "Entrevista - Jefe/a de Mantenimiento",
      """Hola Marcus,

Gracias por tu candidatura para el puesto de Jefe/a de Mantenimiento en Hoteles Brisamar Madrid.

Nos gustaría conocerte. ¿Te vendría bien una entrevista presencial el martes 21 a las 11:00 en el hotel (Paseo de la Castellana 88)? Si no te encaja, dime qué días tienes libres esta semana o la que viene.

Un saludo,
Carmen Ruiz
Selección de Personal
Hoteles Brisamar
Tel. +34 915 550 123""",
      company="Hoteles Brisamar", contact="carmen.ruiz@brisamar-hoteles.example.es"),
    M(INV, "es_cdmx_agencia", "es", "Diego Salazar <dsalazar@rumbotalento.example.mx>", "Oportunidad Gerente de Compras - te agendo entrevista?",
      """¡Qué tal Marcus!

Te comento que mi cliente, Distribuidora Alimentaria del Valle, revisó tu CV y quiere entrevistarte para la posición de Gerente de Compras. Sería una primera entrevista por Teams con la Directora de Operaciones, de unos 40 minutos.

¿Tienes disponibilidad este jueves o viernes por la mañana? Pásame un par de horarios y lo agendo.

Saludos,
Diego Salazar
Consultor Sr.
Rumbo Talento
WhatsApp: +52 55 5555 0188""",
      company="Distribuidora Alimentaria del Valle", contact="dsalazar@rumbotalento.example.mx", fmt="alt"),
    M(INV, "es_segunda_fase_formal", "es", "=?iso-8859-1?q?Selecci=F3n_Cordillera?= <seleccion@logisticacordillera.example.mx>", "Invitación a segunda entrevista",
      """Estimado Sr. Delacroix-Whitfield:

Nos complace informarle que ha avanzado a la segunda fase del proceso de selección para la posición de Coordinador de Almacén. Le invitamos a una entrevista técnica con el Gerente de Centro de Distribución el próximo lunes 14 de septiembre a las 10:00 h en nuestras oficinas de Tlalnepantla.

Favor de confirmar su asistencia respondiendo a este correo.

Atentamente,
Gabriela Méndez
Selección de Personal
Logística Cordillera""",
      company="Logística Cordillera", contact="seleccion@logisticacordillera.example.mx", charset="iso-8859-1"),
    M(INV, "fr_entretien_paris", "fr", "Claire Dubois <claire.dubois@residences-celeste.example.fr>", "Proposition d'entretien - Responsable des services généraux",
      """Bonjour Marcus,

Votre candidature au poste de Responsable des services généraux a retenu toute notre attention et nous souhaiterions vous rencontrer.

Seriez-vous disponible pour un premier entretien en visio jeudi 12 mars à 14h30 ou vendredi 13 mars à 10h ? L'entretien durera environ 45 minutes, avec moi-même et notre Directrice des opérations.

Dans l'attente de votre retour,
Bien cordialement,

Claire Dubois
Chargée de recrutement
Résidences Céleste
01 55 55 01 42""",
      company="Résidences Céleste", contact="claire.dubois@residences-celeste.example.fr", fmt="alt"),
    M(INV, "fr_mtl_entrevue", "fr", "Marc-André Gagnon <magagnon@aeroportmirabelle.example.ca>", "Entrevue - Chef des opérations terminal",
      """Bonjour Marcus,

Suite à l'analyse de ta candidature, on aimerait te rencontrer en entrevue pour le poste de Chef des opérations terminal. Ce serait une entrevue en personne, avec une visite des installations.

Est-ce que le mardi 2 juin à 13 h te conviendrait? Apporte une pièce d'identité avec photo pour l'accès zone réglementée.

Merci et au plaisir!
Marc-André Gagnon
Conseiller, acquisition de talents
Aéroport Mirabelle""",
      company="Aéroport Mirabelle", contact="magagnon@aeroportmirabelle.example.ca"),
    M(INV, "fr_entretien_cabinet", "fr", "Nathalie Roux <n.roux@cabinet-orion.example.fr>", "=?utf-8?q?Votre_profil_=E2=80=93_poste_Acheteur_Indirect?=",
      """Bonjour Marcus,

Je suis consultante chez Orion Conseil et je vous contacte au sujet du poste d'Acheteur Indirect (catégories FM et services) que nous recrutons pour le compte de Groupe Vasseur.

Votre profil correspond bien et mon client souhaite vous voir en entretien. Pourriez-vous m'indiquer vos disponibilités pour un échange téléphonique avec le DAF la semaine prochaine ?

Bien à vous,
Nathalie Roux
Orion Conseil
06 55 55 01 77""",
      company="Groupe Vasseur", contact="n.roux@cabinet-orion.example.fr", fmt="html"),
    M(INV, "de_einladung_gespraech", "de", "Isarwerk Facility Management <bewerbung@isarwerk-fm.example.de>", "Einladung zum Vorstellungsgespräch",
      """Sehr geehrter Herr Delacroix-Whitfield,

vielen Dank für Ihre Bewerbung als Objektleiter (m/w/d) am Standort München. Ihr Profil hat uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 23. April 2026, um 10:00 Uhr in unsere Niederlassung, Landsberger Straße 155, 80687 München, ein. Gesprächspartner sind Herr Brandl (Niederlassungsleitung) und Frau Schmid (HR).

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
i. A. Johanna Schmid
Human Resources
Isarwerk Facility Management GmbH""",
      company="Isarwerk Facility Management", contact="bewerbung@isarwerk-fm.example.de", charset="iso-8859-1",
      ics={"uid": "c53-isarwerk-vg@isarwerk-fm.example.de", "start": "2026-04-23T08:00:00", "minutes": 60, "location": "Landsberger Straße 155, München",
           "summary": "Vorstellungsgespräch Objektleiter - Delacroix-Whitfield", "organizer": ("Johanna Schmid", "bewerbung@isarwerk-fm.example.de")},
      date="2026-04-14T11:05:00"),
    M(INV, "de_personio_termin", "de", "Frankfurter Eventhaus <jobs@frankfurter-eventhaus.jobs.personio.de>", "Terminvorschläge für unser Kennenlernen",
      """Hallo Marcus,

danke für deine Bewerbung als Event Operations Manager (m/w/d)! Wir würden dich gerne in einem ersten Video-Call (ca. 30 Min.) kennenlernen.

Über folgenden Link kannst du dir einen passenden Termin aussuchen:
https://frankfurter-eventhaus.jobs.personio.de/interview/slot/8812

Bei Fragen melde dich gern bei Tim Kessler (tim.kessler@frankfurter-eventhaus.example.de).

Beste Grüße
Dein Frankfurter Eventhaus Team""",
      company="Frankfurter Eventhaus", contact="", fmt="alt"),
    M(INV, "property_mgr_phone_screen", "en", "Keith Morrow <kmorrow@parkwoodmgmt.example.com>", "Re: your application",
      """Marcus,

Got your resume for the Assistant Property Manager opening at our Buckhead portfolio. Do you have time for a phone interview tomorrow between 2 and 4? I'll call the number on your resume unless you tell me otherwise.

Keith Morrow
Regional Manager

--
Parkwood Management Co. | 3340 Peachtree Rd NE, Suite 900, Atlanta GA 30326
This message may contain confidential information intended only for the named recipient.""",
      company="Parkwood Management", contact="kmorrow@parkwoodmgmt.example.com",
      quote=("outlook", "Marcus Delacroix-Whitfield", MARCUS, "Dear Hiring Manager,\n\nPlease find my resume attached for the Assistant Property Manager position posted on Indeed.\n\nRegards,\nMarcus Delacroix-Whitfield"),
      quote_subject="Assistant Property Manager - Marcus Delacroix-Whitfield"),
    M(INV, "de_telefoninterview_flughafen", "de", "Sabine Wörle <s.woerle@erding-airport-services.example.de>", "Telefoninterview – Teamleitung Terminalbetrieb (m/w/d)",
      """Guten Tag Herr Delacroix-Whitfield,

vielen Dank für Ihre Bewerbung. Gerne würden wir Sie in einem ersten telefonischen Interview (ca. 30 Minuten) näher kennenlernen.

Hätten Sie am Montag, 9. Februar, zwischen 10 und 12 Uhr Zeit? Alternativ schlagen Sie mir gerne zwei Termine vor. Das Gespräch kann auf Englisch geführt werden.

Freundliche Grüße
Sabine Wörle
Personalreferentin
Erding Airport Services GmbH
Tel. +49 8122 555-014""",
      company="Erding Airport Services", contact="s.woerle@erding-airport-services.example.de", cte="base64"),
]
