"""Interview invitations for the seventy-sixth corpus (data only)."""

MSGS = [
{"k": "inv", "s": "calendly_consultancy_en", "lang": "en", "co": "Rue Belliard Partners",
     "frm": "Oliver Grant <oliver.grant@ruebelliard.example.com>",
     "subj": "Quick question",
     "body": """Hi Camille,

Thanks for your application for the Account Executive - Energy & Climate role. Your CV stood out, especially the Council presidency work.

Would you be free for a quick chat (30 min) next week? Grab any slot that works here: https://calendly.example.com/oliver-rbp/30min

Cheers,
Oliver

Oliver Grant
Partner, Rue Belliard Partners
+32 2 502 77 10"""},
{"k": "inv", "s": "fr_entretien_visio_ics", "lang": "fr", "co": "Fondation Roi Albert",
     "frm": "Hélène Dufour <h.dufour@fondation-roialbert.example.be>",
     "subj": "Invitation : entretien visio - Chargé·e de programme Europe",
     "body": """Bonjour Madame Diallo-Lefèvre,

Suite à l'examen de votre candidature, nous avons le plaisir de vous inviter à un premier entretien en visioconférence (Teams) pour le poste de Chargé·e de programme Europe.

L'entretien aura lieu le mardi 24 février à 10h00 et durera environ 45 minutes. Vous rencontrerez Mme Dufour (RH) et M. Claessens (responsable de programme).

Merci de nous confirmer votre présence par retour de mail. Vous trouverez l'invitation Teams en pièce jointe.

Bien à vous,
Hélène Dufour
Talent & Culture
Fondation Roi Albert - Rue Brederode 21, 1000 Bruxelles""",
     "ics": {"summary": "Entretien - Chargé·e de programme Europe - C. Diallo-Lefèvre", "start": "20260224T090000Z",
              "dur": 45, "loc": "Microsoft Teams", "org": "h.dufour@fondation-roialbert.example.be", "cn": "Hélène Dufour"}},
{"k": "inv", "s": "agency_exclamation_en", "lang": "en", "co": "Global Health Alliance",
     "frm": "Jess Whitfield <jess@peoplebridge-search.example.co.uk>",
     "subj": "GREAT NEWS!!! Global Health Alliance",
     "body": """Hiya Camille!!

Great news - Global Health Alliance LOVED your profile and would like to meet you for a first interview for the Advocacy Manager role!! :)

They've proposed Thursday 5th March at 2pm CET or Friday 6th at 11am, video call with the Director of Policy. Let me know which works best asap and I'll lock it in!

Also shall we have a quick prep call tomorrow? I can call you at 12.

Speak soon!!
Jess

Jess Whitfield | Principal Consultant | PeopleBridge Search
+44 20 7946 0123"""},
{"k": "inv", "s": "goodtime_self_schedule", "lang": "en", "co": "Parallax Media Group",
     "frm": "Parallax Media Group Recruiting <scheduling@goodtime.example.io>", "sys": True,
     "rt": "Dana Levin <dana.levin@parallaxmedia.example.com>",
     "subj": "Action required: schedule your interviews with Parallax Media Group", "fmt": "html",
     "body": """Hi Camille,

Congratulations! The team would like to invite you to the next stage for the Head of Communications, Europe role.

This stage consists of a 3-part virtual panel (60 minutes in total) with the VP Communications, the Head of Policy and a peer from the Brussels office.

Please use the link below to select the time that works best for you within the next 3 business days:
https://app.goodtime.example.io/schedule/8f2c1e

If none of the times work, reply to this email and Dana will help.

Parallax Media Group Talent Team"""},
{"k": "inv", "s": "fr_phone_screen_short", "lang": "fr", "co": "Bruxelles Environnement",
     "frm": "Gaëlle Mertens <gmertens@environnement.example.brussels>",
     "subj": "Votre candidature",
     "body": """Bonjour Camille,

J'aimerais fixer avec vous un entretien téléphonique de 20 minutes pour discuter de votre candidature au poste de chargée de mission européenne.

Seriez-vous disponible jeudi 12/03 entre 14h et 16h ? Si oui, à quel numéro puis-je vous joindre ?

Cordialement,
Gaëlle Mertens
Bruxelles Environnement - Département RH
02 775 75 75"""},
{"k": "inv", "s": "de_vorstellungsgespraech_bonn", "lang": "de",
     "raw_from": "=?iso-8859-1?Q?Sabine_Kr=FCger?= <sabine.krueger@die-ez.example.de>", "co": "Deutsches Institut für Entwicklungszusammenarbeit",
     "frm": "Sabine Krüger <sabine.krueger@die-ez.example.de>",
     "subj": "Einladung zum Vorstellungsgespräch – Referent*in Drittmittel",
     "body": """Sehr geehrte Frau Diallo-Lefèvre,

vielen Dank für Ihre Bewerbung. Wir freuen uns, Sie zu einem Vorstellungsgespräch nach Bonn einzuladen:

Termin: Mittwoch, 18. März 2026, 13:30 Uhr
Ort: Tulpenfeld 6, 53113 Bonn, Raum 2.14
Dauer: ca. 60 Minuten, inkl. einer kurzen Präsentation (10 Min.) zum Thema »Horizon Europe - Chancen für die Politikberatung«

Reisekosten werden nach BRKG erstattet. Bitte bestätigen Sie den Termin bis Freitag.

Mit freundlichen Grüßen
Sabine Krüger
Personalabteilung
Deutsches Institut für Entwicklungszusammenarbeit (DIE-EZ)""", "cs": "iso-8859-1"},
{"k": "inv", "s": "es_entrevista_madrid_quedada", "lang": "es", "co": "Instituto Elcano de Estudios Europeos",
     "frm": "Pablo Navarro <pnavarro@elcano-europa.example.es>",
     "subj": "Siguiente fase",
     "body": """Hola Camille,

Gracias por tu candidatura. Nos ha gustado mucho tu perfil y queremos pasarte a la siguiente fase del proceso: una entrevista con la directora de programas y conmigo.

¿Te vendría bien el lunes 9 de marzo a las 16:00 por videollamada? Si no, dime dos o tres huecos esa semana y lo cuadramos.

Un saludo,
Pablo Navarro
Responsable de Personas
Instituto Elcano de Estudios Europeos"""},
{"k": "inv", "s": "un_competency_based_interview", "lang": "en", "co": "United Nations Office for Partnerships",
     "frm": "Recruitment Unit <recruitment-unop@unop.example.org>", "sys": True,
     "rt": "Kwame Mensah <kwame.mensah@unop.example.org>",
     "subj": "Invitation to Competency-Based Interview - JO 26-PGM-117",
     "body": """Dear Ms. Diallo-Lefèvre,

Further to your successful completion of the written assessment, we are pleased to invite you to a competency-based interview for Job Opening 26-PGM-117, Programme Management Officer (P-3).

Date: Tuesday, 21 April 2026
Time: 15:00 Geneva time (CEST)
Format: Microsoft Teams (link to follow)
Duration: approximately 60 minutes

The panel will assess the competencies of Communication, Planning & Organizing and Teamwork. Please confirm your availability by replying to Mr. Kwame Mensah and have a valid passport ready for identification.

Sincerely,
Recruitment Unit
United Nations Office for Partnerships"""},
{"k": "inv", "s": "fr_test_ecrit_convocation", "lang": "fr", "co": "Parlement de la Fédération Wallonie-Bruxelles",
     "frm": "Greffe - Service du personnel <personnel@pfwb.example.be>", "sys": True,
     "rt": "Anne-Sophie Collard <as.collard@pfwb.example.be>",
     "subj": "Convocation - épreuve écrite et entretien",
     "body": """Madame,

Nous avons le plaisir de vous convoquer à l'épreuve écrite (mise en situation et rédaction d'une note) pour le poste de conseiller·ère en relations internationales, le vendredi 27 mars 2026 à 9h00, rue Royale 72, 1000 Bruxelles.

Les candidat·e·s ayant réussi l'épreuve écrite seront ensuite entendu·e·s par le jury le même jour à partir de 14h00.

Munissez-vous de votre carte d'identité. Pour toute question, vous pouvez contacter Mme Collard.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le Greffier
Parlement de la Fédération Wallonie-Bruxelles"""},
{"k": "inv", "s": "lever_next_round_en", "lang": "en", "co": "Civic Tech Europe",
     "frm": "Samira Haddad <samira@civictech-europe.example.org>",
     "subj": "Re: Partnerships Lead - next round",
     "body": """Hi Camille,

Thanks again for a great first conversation. We'd love to move you to the next stage!

Next step is a 90-minute session with two of the team: 45 min case study (we'll send the brief 48h before) + 45 min with our ED. Could you share your availability for the week of 13 April?

Best,
Samira

Samira Haddad | People & Operations | Civic Tech Europe""",
     "quote": """On Thu, 2 Apr 2026 at 16:41, Camille Diallo-Lefèvre <camille.dl@example.be> wrote:
> Hi Samira,
> Many thanks for today's call, I really enjoyed learning about the Tallinn project.
> Best,
> Camille"""},
{"k": "inv", "s": "fr_recruteur_dakar_tu", "lang": "fr", "co": "Enda Tiers Monde",
     "frm": "Moussa Ndiaye <m.ndiaye@endatm.example.sn>",
     "subj": "Échange",
     "body": """Bonjour Camille,

J'espère que tu vas bien. Ton profil nous intéresse beaucoup pour le poste de chargée de partenariats UE basé à Dakar.

Est-ce que tu serais dispo pour un appel vidéo vendredi à 11h (heure de Dakar, donc 12h ou 13h chez toi) ? On te présentera l'équipe et tu pourras nous poser toutes tes questions.

Au plaisir,
Moussa Ndiaye
Directeur des programmes
Enda Tiers Monde, Dakar
+221 33 889 34 20"""},
{"k": "inv", "s": "smartrecruiters_panel_ics_fr", "lang": "fr", "co": "Mutualité Chrétienne",
     "frm": "Mutualité Chrétienne <noreply@smartrecruiters.example.com>", "sys": True,
     "subj": "Invitation à un entretien - Conseiller affaires publiques", "fmt": "alt",
     "body": """Bonjour Camille,

Nous avons le plaisir de vous inviter à un entretien avec notre panel pour le poste de Conseiller affaires publiques.

Date : lundi 20 avril 2026
Heure : 14h00 - 15h15
Lieu : Chaussée de Haecht 579, 1031 Bruxelles (accueil, 3e étage)

Le panel sera composé de la Directrice Études & Plaidoyer, d'un membre du service RH et d'un expert externe. Une mise en situation de 15 minutes est prévue.

Merci de confirmer votre présence via le bouton ci-dessous.

L'équipe Recrutement
Mutualité Chrétienne""",
     "ics": {"summary": "Entretien panel - Conseiller affaires publiques", "start": "20260420T120000Z", "dur": 75,
              "loc": "Chaussée de Haecht 579, Bruxelles", "org": "noreply@smartrecruiters.example.com", "cn": "Mutualité Chrétienne"}},
{"k": "inv", "s": "canadian_owned_en_montreal", "lang": "en", "co": "Maple Leaf Development Institute",
     "frm": "Geneviève Tremblay <g.tremblay@mldi.example.ca>",
     "subj": "Interview - Senior Program Officer, Francophone Africa",
     "body": """Hello Camille,

Thank you for applying to the Senior Program Officer position. We would like to invite you to a 45-minute video interview with our hiring panel.

We are currently scheduling interviews for April 28–30, between 9:00 and 12:00 Eastern Time (15:00–18:00 in Brussels). Please let me know your preferred slots and I'll send a Zoom link.

Kind regards / Cordialement,
Geneviève Tremblay
Talent Partner
Maple Leaf Development Institute | Montréal, QC"""},
{"k": "inv", "s": "fr_lyon_cabinet_oral_presentation", "lang": "fr", "co": "Métropole de Lyon",
     "frm": "Romain Besson <romain.besson@besson-conseil.example.fr>",
     "subj": "Métropole de Lyon - 2e entretien",
     "body": """Madame Diallo-Lefèvre,

Bonne nouvelle : la Métropole de Lyon souhaite vous revoir pour un second entretien, sous forme d'oral devant un jury de quatre personnes, précédé d'une présentation de 10 minutes sur le thème « Valoriser les fonds européens auprès des communes ».

Créneau proposé : mercredi 6 mai, 10h30, Hôtel de la Métropole (20 rue du Lac). Une participation à distance n'est malheureusement pas possible.

Pouvez-vous me confirmer votre disponibilité d'ici demain ?

Bien cordialement,
Romain Besson
Besson Conseil - Executive Search
06 12 34 56 78"""},
{"k": "inv", "s": "teams_invite_only_ics_en", "lang": "en", "co": "Singapore Trade Forum",
     "frm": "Wei Ling Tan <weiling.tan@sgtradeforum.example.sg>",
     "subj": "Interview: Camille Diallo-Lefèvre / EU Liaison Officer",
     "body": """Hi Camille,

As discussed on the phone, please find the calendar invite for the interview with our Executive Director and myself. Do let me know if the timing is alright for you, noting the time difference.

Regards,
Wei Ling Tan
Manager, People & Culture
Singapore Trade Forum""",
     "ics": {"summary": "Interview - EU Liaison Officer - Camille Diallo-Lefèvre", "start": "20260507T080000Z", "dur": 60,
              "loc": "Microsoft Teams Meeting", "org": "weiling.tan@sgtradeforum.example.sg", "cn": "Wei Ling Tan"}},
{"k": "inv", "s": "es_barcelona_coop_informal", "lang": "es", "co": "Coop57 Barcelona",
     "frm": "Núria Vidal <nuria@coop57bcn.example.cat>",
     "subj": "¿Hablamos?",
     "body": """Hola Camille!

Hemos leído tu carta y nos encantaría conocerte. ¿Te va bien pasarte por la oficina el jueves 14 a las 10h? Estamos en el carrer de Sant Pere Més Alt, 23. Será una charla con Marc y conmigo sobre el puesto de incidencia política, nada muy formal.

Si te va mejor por videollamada, sin problema.

Abrazos,
Núria Vidal
Coop57 Barcelona - Cooperativa de serveis financers ètics"""},
{"k": "inv", "s": "workday_self_schedule_fr", "lang": "fr", "co": "Banque Européenne de Coopération",
     "frm": "Banque Européenne de Coopération <bec@myworkday.example.com>", "sys": True,
     "subj": "Planifiez votre entretien", "fmt": "html",
     "body": """Bonjour Camille,

Votre candidature au poste de Spécialiste des relations institutionnelles (JR-2026-1193) a été retenue pour la prochaine étape.

Nous vous invitons à planifier votre entretien avec le responsable du recrutement en sélectionnant l'un des créneaux disponibles dans votre espace candidat Workday :
https://bec.wd3.myworkday.example.com/fr-FR/careers/candidate-home

Les créneaux sont proposés jusqu'au 22 mai.

Cordialement,
Acquisition des talents
Banque Européenne de Coopération - Luxembourg"""},
{"k": "inv", "s": "de_telefoninterview_personio", "lang": "de", "co": "Verband der Europäischen Bahnindustrie",
     "frm": "Lena Hoffmann <lena.hoffmann@vebi.example.eu>",
     "subj": "Kurzes Telefonat?",
     "body": """Liebe Frau Diallo-Lefèvre,

vielen Dank für Ihre Bewerbung als Policy Advisor. Ich würde gern ein erstes Telefoninterview (ca. 30 Min.) mit Ihnen führen.

Passt Ihnen Dienstag, der 26. Mai, um 10 Uhr? Alternativ ginge Mittwoch nachmittag.

Beste Grüße aus Brüssel
Lena Hoffmann
Head of HR
VEBI – Verband der Europäischen Bahnindustrie"""},
{"k": "inv", "s": "fr_fwd_from_manager_geneva", "lang": "fr", "co": "Fondation pour la Santé Mondiale",
     "frm": "Patrick Jaquet <patrick.jaquet@fsm-geneve.example.ch>",
     "subj": "TR: Candidature Camille D.-L. - entretien",
     "body": """Bonjour Madame,

Je me permets de vous écrire directement : notre directrice m'a transmis votre candidature (voir ci-dessous). Nous aimerions vous rencontrer pour un entretien à Genève la semaine du 1er juin. Seriez-vous disponible le mardi 2 juin à 15h ? Nous pouvons prendre en charge le billet CFF.

Avec mes meilleures salutations,
Patrick Jaquet
Responsable des ressources humaines
Fondation pour la Santé Mondiale
Chemin des Mines 9, 1202 Genève""",
     "quote": """-------- Message transféré --------
De : Isabelle Favre <isabelle.favre@fsm-geneve.example.ch>
Date : 20 mai 2026 à 08:13
Objet : Candidature Camille D.-L.
À : Patrick Jaquet <patrick.jaquet@fsm-geneve.example.ch>

Patrick, profil très intéressant pour le poste grants, tu peux la voir rapidement ? Merci ! Isabelle"""},
{"k": "inv", "s": "moroccan_owned_en_case", "lang": "en", "co": "Atlas Renewables",
     "frm": "Yasmine El Idrissi <y.elidrissi@atlas-renewables.example.ma>",
     "subj": "Next steps - Government Relations Manager (Brussels)",
     "body": """Dear Camille,

Thank you for your time with Karim last week. We are pleased to invite you to the final round: an in-person interview at our Brussels office (Avenue Louise 326) with our CEO, who will be travelling from Casablanca.

Proposed date: Thursday 11 June, 16:00. Please prepare a 15-minute presentation on our EU market-access priorities for green hydrogen.

Looking forward to meeting you.

Best regards,
Yasmine El Idrissi
HR Director
Atlas Renewables"""},
{"k": "inv", "s": "fr_forem_employeur_direct", "lang": "fr", "co": "CPAS de Namur",
     "frm": "Service RH CPAS <rh@cpasnamur.example.be>",
     "subj": "Offre Forem 4412987 - Gestionnaire de projets FSE+",
     "body": """Madame,

Nous avons bien reçu votre candidature via le Forem pour l'offre 4412987 et souhaitons vous rencontrer.

Nous vous proposons un entretien le lundi 15 juin à 9h30, dans nos bureaux (rue de Dave 165, 5100 Jambes). L'entretien sera suivi d'un court test écrit (30 min).

Merci de confirmer par téléphone au 081 33 70 00 ou par retour de mail.

Cordialement,
Véronique Lurquin
Service des ressources humaines
CPAS de Namur"""},
{"k": "inv", "s": "es_agencia_recruiter_whatsapp_style", "lang": "es", "co": "Asociación Europea de Turismo Rural",
     "frm": "Carlos Méndez <carlos.mendez@redhunters.example.es>",
     "subj": "Re: EuroRural",
     "body": """Buenas Camille!! Te confirmo que EuroRural (la Asociación Europea de Turismo Rural) quiere entrevistarte!! 🙌

Primera entrevista con la secretaria general: miércoles 24 de junio a las 12:00 por Zoom. ¿Te encaja? Te mando el enlace en cuanto me confirmes.

Un saludo y mucha suerte!!
Carlos
Red Hunters Selección""",
     "quote": """El vie, 19 jun 2026 a las 10:02, Camille Diallo-Lefèvre escribió:
> Hola Carlos, ¿sabes algo de EuroRural? Gracias!"""},
{"k": "inv", "s": "fr_interim_mission_rendezvous", "lang": "fr", "co": "Commission communautaire française",
     "frm": "Laetitia Bodart <laetitia.bodart@tempojob.example.be>",
     "subj": "Mission 6 mois COCOF - rdv",
     "body": """Bonjour Camille,

Suite à notre appel, la COCOF (Commission communautaire française) souhaite te rencontrer pour la mission de 6 mois (chargée de communication, remplacement congé de maternité).

RDV le mardi 7 juillet à 10h, rue des Palais 42, 1030 Bruxelles. Demande Mme Goossens à l'accueil.

Pense à prendre ta carte d'identité. Tiens-moi au courant après !

Laetitia
Consultante - Tempojob Bruxelles Centre
02 511 22 33"""},
{"k": "inv", "s": "en_terse_phone_screen_mobile", "lang": "en", "co": "Aurora Hospitals Group",
     "frm": "Mark O'Connell <mark.oconnell@aurorahospitals.example.ie>",
     "subj": "Comms Manager role",
     "body": """Camille - got your CV via Niamh. Free for a 15 min call Mon or Tues? Whatever time suits.
Mark

Get Outlook for iOS"""},
{"k": "inv", "s": "fr_linkedin_inmail_entretien_explicite", "lang": "fr", "co": "Tractebel Environnement",
     "frm": "Céline Wauters <celine.wauters@tractebel-env.example.be>",
     "subj": "Poste Responsable affaires publiques - entretien",
     "body": """Bonjour Camille,

Suite à notre échange sur LinkedIn et à la réception de votre CV, je vous propose de nous rencontrer pour un entretien pour le poste de Responsable affaires publiques.

Seriez-vous disponible le jeudi 10 septembre à 14h dans nos locaux de la Place de l'Université à Louvain-la-Neuve, ou en visio si vous préférez ?

Belle fin de journée,
Céline Wauters
Talent Acquisition Partner
Tractebel Environnement"""},
]
