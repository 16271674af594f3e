"""Offers and missed-interview notices for the seventy-sixth corpus (data only)."""

MSGS = [
{"k": "off", "s": "fr_promesse_embauche_pdf", "lang": "fr", "co": "Terre Solidaire Belgique",
     "frm": "Nadia Vermeulen <n.vermeulen@terresolidaire.example.org>",
     "subj": "Proposition de contrat - Chargée de campagnes",
     "body": """Bonjour Camille,

Suite à nos échanges et à l'accord de notre direction, j'ai le plaisir de vous proposer le poste de Chargée de campagnes, en CDI à temps plein, à partir du 1er septembre 2026.

Vous trouverez en pièce jointe la proposition de contrat reprenant le barème (CP 329.02, échelon 4.1), les chèques-repas et l'intervention dans les frais de transport STIB.

Pourriez-vous nous faire part de votre décision d'ici le vendredi 26 juin ? Je reste disponible pour toute question.

Bien à vous,
Nadia Vermeulen
Responsable RH - Terre Solidaire Belgique asbl""", "att": "Proposition_contrat_CDiallo-Lefevre.pdf"},
{"k": "off", "s": "en_verbal_offer_followup", "lang": "en", "co": "Civic Tech Europe",
     "frm": "Samira Haddad <samira@civictech-europe.example.org>",
     "subj": "Following up",
     "body": """Hi Camille,

Great speaking earlier! As promised, here's a written summary of what we discussed on the phone:

- Role: Partnerships Lead, reporting to the ED
- Start: 1 July (flexible)
- Salary: EUR 4,650 gross/month + 13th month + hospitalisation insurance
- 2 days/week remote

We're really excited to make you this offer and to welcome you to Civic Tech Europe. The formal contract will follow from our payroll partner once you confirm you'd like to go ahead.

Best,
Samira"""},
{"k": "off", "s": "de_vertragsangebot_bonn", "lang": "de", "co": "Deutsches Institut für Entwicklungszusammenarbeit",
     "frm": "Sabine Krüger <sabine.krueger@die-ez.example.de>",
     "subj": "Ihr Vertragsangebot",
     "body": """Sehr geehrte Frau Diallo-Lefèvre,

wir freuen uns sehr, Ihnen nach dem Gespräch vom 24. März die Stelle als Referentin Drittmittel anbieten zu können. Die Eingruppierung erfolgt in Entgeltgruppe 13 TVöD Bund, Stufe 2, befristet auf zwei Jahre.

Den Arbeitsvertrag in zweifacher Ausfertigung erhalten Sie anbei; bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. April zurück. Für den Dienstantritt benötigen wir noch ein erweitertes Führungszeugnis.

Mit freundlichen Grüßen
Sabine Krüger
Personalabteilung
Deutsches Institut für Entwicklungszusammenarbeit (DIE-EZ), Bonn""", "att": "Arbeitsvertrag_Diallo-Lefevre.pdf", "cs": "iso-8859-1"},
{"k": "off", "s": "es_oferta_condicional", "lang": "es", "co": "Instituto Elcano de Estudios Europeos",
     "frm": "Pablo Navarro <pnavarro@elcano-europa.example.es>",
     "subj": "Oferta - Coordinadora de programas UE",
     "body": """Hola Camille,

¡Enhorabuena! Nos alegra mucho ofrecerte el puesto de Coordinadora de programas UE. La oferta está condicionada a la verificación de tus referencias y a la presentación del título universitario.

Te adjunto la carta de oferta con las condiciones (salario bruto anual de 42.000 €, contrato indefinido, incorporación el 1 de junio). Si estás de acuerdo, fírmala y devuélvenosla antes del 10 de abril.

Un saludo,
Pablo Navarro
Responsable de Personas
Instituto Elcano de Estudios Europeos""", "att": "Carta_oferta_Elcano.pdf"},
{"k": "off", "s": "un_offer_of_appointment", "lang": "en", "co": "United Nations Office for Partnerships",
     "frm": "UNOP Human Resources <hr-offers@unop.example.org>", "sys": True,
     "rt": "Kwame Mensah <kwame.mensah@unop.example.org>",
     "subj": "Offer of Appointment - Programme Management Officer (P-3)",
     "body": """Dear Ms. Diallo-Lefèvre,

I am pleased to inform you that you have been selected for the position of Programme Management Officer (P-3), Geneva. Attached please find the Offer of Appointment, which sets out the terms and conditions, including the fixed-term duration of one year.

This offer is conditional upon medical clearance and satisfactory reference checks. Kindly sign and return the Offer within five working days to Mr. Kwame Mensah.

Sincerely,
Human Resources Section
United Nations Office for Partnerships""", "att": "Offer_of_Appointment_26-PGM-117.pdf"},
{"k": "off", "s": "fr_tu_bonne_nouvelle_cooperative", "lang": "fr", "co": "Ethiquable Coop",
     "frm": "Inès Garnier <ines.garnier@ethiquable-coop.example.fr>",
     "subj": "Bonne nouvelle !!",
     "body": """Coucou Camille,

Je sors du comité de recrutement : c'est toi qu'on veut chez Ethiquable Coop pour le poste de coordinatrice plaidoyer ! 🎉 On te propose un CDI basé à Lille, 38 k€ bruts annuels, télétravail 2 jours par semaine.

Je t'envoie le contrat officiel demain, mais je voulais te le dire tout de suite. Dis-moi si tu as des questions, ou on s'appelle ?

Inès"""},
{"k": "off", "s": "agency_offer_relay_en", "lang": "en", "co": "Global Health Alliance",
     "frm": "Jess Whitfield <jess@peoplebridge-search.example.co.uk>",
     "subj": "OFFER!!! 🎉",
     "body": """CAMILLE!!!

Global Health Alliance have just called - they want to offer you the Advocacy Manager role!! Base is EUR 72k plus benefits, start date to be agreed (they're hoping for early May).

I've got the full offer letter, sending it over now. Call me when you can, I'm around all afternoon!!

Jess
PeopleBridge Search""", "att": "GHA_Offer_Letter.pdf"},
{"k": "off", "s": "fr_swiss_lettre_engagement_permis", "lang": "fr", "co": "Fondation pour la Santé Mondiale",
     "frm": "Patrick Jaquet <patrick.jaquet@fsm-geneve.example.ch>",
     "subj": "Lettre d'engagement - Responsable subventions",
     "body": """Madame,

Nous avons le plaisir de vous confirmer votre engagement en qualité de Responsable subventions à 80 %, dès le 1er septembre 2026, pour un salaire annuel brut de CHF 98'000.-, versé en 13 mensualités.

Vous trouverez ci-joint la lettre d'engagement en deux exemplaires, dont l'un est à nous retourner signé. Nous nous chargerons de la demande de permis B auprès de l'Office cantonal de la population ; merci de nous transmettre à cet effet une copie de votre passeport et un extrait de casier judiciaire récent.

Avec mes meilleures salutations,
Patrick Jaquet
Responsable des ressources humaines
Fondation pour la Santé Mondiale, Genève""", "att": "Lettre_engagement_FSM.pdf", "cs": "windows-1252"},
{"k": "off", "s": "greenhouse_offer_portal_en", "lang": "en", "co": "Meridian Policy Institute",
     "frm": "Meridian Policy Institute <no-reply@us.greenhouse-mail.example.io>", "sys": True,
     "rt": "Rachel Kim <rachel.kim@meridianpolicy.example.org>",
     "subj": "Meridian Policy Institute - your offer is ready to review", "fmt": "alt",
     "body": """Hi Camille,

We're delighted to extend you an offer for the Senior Grants Officer role at Meridian Policy Institute!

Your offer letter is ready for you to review and e-sign: https://app.greenhouse.example.io/offers/7cc91

Rachel Kim, our People Director, is happy to answer any questions you may have. Just reply to this email.

Welcome aboard (we hope!),
The Meridian Team"""},
{"k": "off", "s": "fr_interim_contrat_a_signer", "lang": "fr", "co": "Commission communautaire française",
     "frm": "Laetitia Bodart <laetitia.bodart@tempojob.example.be>",
     "subj": "C'est ok pour la COCOF !",
     "body": """Bonjour Camille,

Super nouvelle : la Commission communautaire française (COCOF) te prend pour la mission de remplacement ! Début le lundi 20 juillet, 38h/semaine, 3.420 € bruts/mois.

Ton contrat de travail intérimaire est disponible dans ton espace MyTempojob, merci de le signer électroniquement avant vendredi pour qu'on puisse faire la Dimona.

Félicitations !!
Laetitia"""},
{"k": "mis", "s": "fr_on_a_essaye_appeler", "lang": "fr", "co": "Bruxelles Environnement",
     "frm": "Gaëlle Mertens <gmertens@environnement.example.brussels>",
     "subj": "Entretien téléphonique de ce jour",
     "body": """Bonjour Camille,

J'ai essayé de vous appeler à 14h comme convenu pour notre entretien téléphonique (poste de chargée de mission européenne à Bruxelles Environnement), à deux reprises, mais je suis tombée sur votre messagerie.

Peut-être y a-t-il eu un souci de numéro ? N'hésitez pas à me recontacter pour convenir d'un autre moment.

Cordialement,
Gaëlle Mertens"""},
{"k": "mis", "s": "en_did_not_join_teams", "lang": "en", "co": "Aurora Hospitals Group",
     "frm": "Mark O'Connell <mark.oconnell@aurorahospitals.example.ie>",
     "subj": "Today's call",
     "body": """Hi Camille,

We had you in the diary for 10:30 this morning but you did not join the Teams meeting - we waited about 15 minutes. Hope all is OK.

Let me know if you'd still like to chat and we can find another slot.

Mark"""},
{"k": "mis", "s": "de_nicht_erschienen", "lang": "de", "co": "Verband der Europäischen Bahnindustrie",
     "frm": "Lena Hoffmann <lena.hoffmann@vebi.example.eu>",
     "subj": "Unser Telefonat heute",
     "body": """Liebe Frau Diallo-Lefèvre,

ich habe Sie heute um 9:30 Uhr wie vereinbart angerufen, Sie aber leider nicht erreicht. Auch eine Nachricht auf Ihrer Mailbox habe ich hinterlassen.

Falls Sie weiterhin Interesse an der Position haben, melden Sie sich gern bis Ende der Woche bei mir.

Viele Grüße
Lena Hoffmann
Head of HR | Verband der Europäischen Bahnindustrie (VEBI)"""},
{"k": "mis", "s": "es_no_te_conectaste", "lang": "es", "co": "Asociación Europea de Turismo Rural",
     "frm": "Carlos Méndez <carlos.mendez@redhunters.example.es>",
     "subj": "¿Todo bien?",
     "body": """Hola Camille, la secretaria general de la Asociación Europea de Turismo Rural (EuroRural) te estuvo esperando en el Zoom a las 12:00 y no te conectaste. ¿Ha pasado algo? Llámame cuando puedas para ver si podemos reprogramarla.

Carlos"""},
{"k": "mis", "s": "fr_jury_absence_convocation", "lang": "fr", "co": "Parlement de la Fédération Wallonie-Bruxelles",
     "frm": "Anne-Sophie Collard <as.collard@pfwb.example.be>",
     "subj": "Votre absence à l'épreuve du 27 mars",
     "body": """Madame,

Nous constatons que vous ne vous êtes pas présentée à l'épreuve écrite du vendredi 27 mars à 9h00, à laquelle vous aviez été dûment convoquée.

Conformément au règlement de sélection du Parlement de la Fédération Wallonie-Bruxelles, une absence non justifiée entraîne l'exclusion de la procédure. Si votre absence est due à un cas de force majeure, nous vous invitons à nous transmettre un justificatif dans les cinq jours ouvrables.

Veuillez agréer, Madame, nos salutations distinguées.

Anne-Sophie Collard
Service du personnel"""},
{"k": "mis", "s": "en_missed_you_sg_timezone", "lang": "en", "co": "Singapore Trade Forum",
     "frm": "Wei Ling Tan <weiling.tan@sgtradeforum.example.sg>",
     "subj": "Missed you this afternoon",
     "body": """Hi Camille,

We were on the call at 4pm Singapore time today but didn't see you - perhaps there was a mix-up with the time zones (that would have been 10am Brussels time)?

No worries, do let me know when you are free and I will try to rearrange with our ED.

Regards,
Wei Ling Tan
Singapore Trade Forum"""},
{"k": "mis", "s": "fr_dakar_visio_manquee", "lang": "fr", "co": "Enda Tiers Monde",
     "frm": "Moussa Ndiaye <m.ndiaye@endatm.example.sn>",
     "subj": "RE: Échange",
     "body": """Bonjour Camille,

On t'a attendue sur le lien ce matin à 11h mais tu ne t'es pas connectée. J'espère qu'il n'y a rien de grave.

Si tu es toujours intéressée, propose-nous un autre créneau cette semaine.

Moussa
Enda Tiers Monde - Dakar"""},
{"k": "mis", "s": "en_agency_no_show_client_unhappy", "lang": "en", "co": "Albion Civic Trust",
     "frm": "Rupert Hale <rupert.hale@halesearch.example.co.uk>",
     "subj": "Albion Civic Trust - this morning",
     "body": """Camille,

I've just had Albion on the phone - they were expecting you at 10am for the second interview and you didn't turn up. Have I got something wrong at my end?

Please give me a ring as soon as you see this; I'd like to smooth things over with them if we can.

Rupert Hale
Director, Hale Search & Selection
020 7946 0456"""},
{"k": "mis", "s": "fr_cabinet_absente_rdv", "lang": "fr", "co": "Métropole de Lyon",
     "frm": "Romain Besson <romain.besson@besson-conseil.example.fr>",
     "subj": "Rendez-vous manqué ce matin",
     "body": """Madame Diallo-Lefèvre,

Le jury de la Métropole de Lyon vous attendait ce matin à 10h30 pour votre oral et vous n'étiez pas présente. Je n'ai pas réussi à vous joindre sur votre portable.

Pourriez-vous me rappeler rapidement ? Je verrai avec la Métropole s'il est possible de vous proposer un autre créneau.

Romain Besson"""},
{"k": "mis", "s": "es_no_pudimos_contactar", "lang": "es", "co": "Fundación Horizonte Sur",
     "frm": "Lucía Ferrer <lferrer@horizontesur.example.org>",
     "subj": "Entrevista telefónica",
     "body": """Hola Camille:

Te hemos llamado hoy a las 10:00 para la entrevista telefónica, tal como habíamos quedado, pero no hemos podido contactar contigo.

Si sigues interesada en el puesto, respóndenos con tu disponibilidad para esta semana.

Un saludo,
Lucía Ferrer
Fundación Horizonte Sur"""},
]
