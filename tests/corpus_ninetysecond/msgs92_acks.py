"""Application acknowledgements and offers (corpus 92)."""

from msgs92_common import m

A = "application_received"
OF = "offer"
ME_TH = "example.ch"

ACKS = [
    m(A, "workday_ack_airline", "en", "Helvetic Skyways",
      ("Helvetic Skyways", "helveticskyways@myworkday.com"),
      "Thank you for applying to Helvetic Skyways", "2026-01-12T19:02:00+00:00", """
Dear Elodie,

Thank you for applying for the Customer Experience Lead (R-0042187) position. We have successfully received your application.

Our recruiting team will review your qualifications. If your profile matches the requirements of the role, a recruiter will contact you to discuss next steps. Due to the high volume of applications, we are unable to respond to every applicant individually.

You can check the status of your application at any time in your candidate home.

Kind regards,
Helvetic Skyways Talent Acquisition
""", fmt="html", system=True, cte="qp"),

    m(A, "palace_accuse_reception", "fr", "Grand Hôtel du Lac Montreux",
      ("Grand Hôtel du Lac - Candidatures", "noreply@grandhotel-montreux.example.com"),
      "Accusé de réception de votre candidature", "2026-01-08T09:40:00+01:00", """
Madame,

Nous accusons bonne réception de votre candidature pour le poste de Responsable Expérience Client et vous remercions de l'intérêt porté à notre établissement.

Votre dossier sera examiné avec attention. Si votre profil correspond à nos attentes, nous prendrons contact avec vous dans les meilleurs délais. Dans le cas contraire, nous vous remercions de considérer ce courriel comme une réponse.

Meilleures salutations,
Ressources Humaines
Grand Hôtel du Lac Montreux
""", system=True, charset="iso-8859-1", cte="qp"),

    m(A, "jobs_ch_ack", "fr", "Zermatt Bergbahnen",
      ("Zermatt Bergbahnen via jobs.ch", "noreply@jobs.example.ch"),
      "Candidature envoyée : Responsable Guest Services", "2026-01-30T14:12:00+01:00", """
Bonjour Élodie,

Votre candidature au poste « Responsable Guest Services » chez Zermatt Bergbahnen a bien été transmise.

L'entreprise a reçu votre dossier complet (CV, lettre de motivation, certificats de travail). Vous serez informée directement par l'employeur de la suite donnée.

Bonne chance !
Votre équipe jobs.ch
""", fmt="html", system=True),

    m(A, "greenhouse_ack_events", "en", "Lumière Events",
      ("Lumière Events Recruiting", "no-reply@us.greenhouse-mail.io"),
      "Thanks for applying to Lumière Events!", "2026-01-29T10:05:00+00:00", """
Hi Élodie,

Thanks for your interest in Lumière Events! We've received your application for Event Project Manager and our team is reviewing it now.

Unfortunately we are unable to provide individual feedback at this stage, but if your experience is a match we'll be in touch within two weeks.

The Lumière Events team
""", fmt="alt", system=True),

    m(A, "abacus_commune_fr", "fr", "Commune de Montreux",
      ("Commune de Montreux", "no-reply@abacus-jobs.example.ch"),
      "Confirmation de réception", "2026-02-09T11:30:00+01:00", """
Madame Baptiste-Nakamura,

Nous confirmons la réception de votre postulation pour le poste de « Délégué-e à l'accueil des congrès ».

Le délai de postulation échoit le 27 février 2026. Les personnes retenues seront contactées dans les semaines qui suivent. En raison du nombre important de dossiers, nous ne pourrons pas répondre individuellement à chaque candidature.

Administration communale de Montreux
""", system=True, charset="iso-8859-1", cte="8bit"),

    m(A, "softgarden_de", "de", "Messe München",
      ("Messe München", "noreply@softgarden.io"),
      "Eingangsbestätigung Ihrer Bewerbung", "2026-03-20T21:05:00+01:00", """
Sehr geehrte Frau Baptiste-Nakamura,

vielen Dank für Ihre Bewerbung als Projektleitung Kongresse (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Messe München
""", fmt="alt", system=True, cte="qp"),

    m(A, "cabinet_bien_recu", "fr", "Senarclens & Partners",
      ("Caroline de Senarclens", "cds@senarclens-partners.example.ch"),
      "RE: Candidature - Office Manager", "2026-02-17T08:20:00+01:00", """
Chère Madame,

Bien reçu, merci. Je prends connaissance de votre dossier et reviens vers vous d'ici la fin de semaine prochaine.

Meilleures salutations,
Caroline de Senarclens
Senarclens & Partners

-----Message d'origine-----
De : Élodie Baptiste-Nakamura <elodie.bn@example.ch>
Envoyé : lundi 16 février 2026 22:14
À : cds@senarclens-partners.example.ch
Objet : Candidature - Office Manager

Madame, suite à votre annonce sur jobup.ch, je vous prie de trouver ci-joint mon dossier.
""", thread=[("cand-0216-l", ME_TH)], charset="windows-1252", cte="qp"),

    m(A, "smartrecruiters_ack_es", "es", "Grupo Hotelero Mediterráneo",
      ("Grupo Hotelero Mediterráneo", "noreply@smartrecruiters.com"),
      "Hemos recibido tu candidatura", "2026-03-30T13:44:00+02:00", """
Hola Élodie:

¡Gracias por postularte como Revenue Manager en Barcelona! Hemos recibido tu candidatura correctamente.

Nuestro equipo la revisará y, si tu perfil encaja, nos pondremos en contacto contigo. Debido al gran volumen de candidaturas, lamentablemente no podemos responder a todas de forma individual.

Un saludo,
Equipo de Talento
Grupo Hotelero Mediterráneo
""", fmt="html", system=True, charset="iso-8859-1", cte="qp"),

    m(A, "hosco_ack_en", "en", "Alpenglow Lodges",
      ("Hosco", "notifications@hosco.example.com"),
      "Your application has been sent to Alpenglow Lodges", "2026-02-21T12:00:00+01:00", """
Hi Élodie,

Your application for Operations Manager – Winter Season 2026/27 was successfully sent to Alpenglow Lodges.

Tip: employers are 3x more likely to reply to candidates with a complete profile. Add a profile picture and your languages!

Good luck,
The Hosco team
""", fmt="html", system=True, headers={"List-Unsubscribe": "<https://hosco.example.com/unsub?u=88>"}),

    m(A, "teamtailor_ack_fr", "fr", "Kōsen",
      ("Kōsen", "jobs@kosen.teamtailor-mail.com"),
      "Merci pour ta candidature 🙌", "2026-02-25T09:15:00+01:00", """
Hello Élodie,

On a bien reçu ta candidature pour le poste d'Ops & Customer Happiness Lead, merci !

On lit chaque candidature avec attention (promis, de vrais humains). On revient vers toi d'ici 10 jours ouvrés, quoi qu'il arrive.

L'équipe Kōsen
""", fmt="html", system=True),

    m(A, "uni_ack_en_formal", "en", "University of Lausanne",
      ("UNIL Recruitment", "noreply-recrutement@unil.example.ch"),
      "Application received – Events & Alumni Relations Coordinator (ref. 31245)", "2026-03-11T08:00:00+01:00", """
Dear Ms Baptiste-Nakamura,

We acknowledge receipt of your application for the position of Events & Alumni Relations Coordinator (ref. 31245).

Your application will be reviewed by the selection committee after the closing date. Unfortunately we are unable to provide individual feedback at this stage of the procedure.

Yours sincerely,
Human Resources
University of Lausanne
""", system=True),

    m(A, "quebec_accuse", "fr", "Festival Boréal",
      ("Festival Boréal", "emplois@festivalboreal.example.ca"),
      "Accusé de réception - coordonnatrice logistique", "2026-03-27T15:10:00-04:00", """
Bonjour,

Nous avons bien reçu votre candidature et vous remercions de l'intérêt que vous portez au Festival Boréal.

Seules les personnes retenues pour une entrevue seront contactées.

L'équipe du Festival Boréal
""", contact="emplois@festivalboreal.example.ca"),

    m(A, "indian_it_ack", "en", "Vistaar Travel Technologies",
      ("Vistaar Careers", "careers@vistaartravel.example.in"),
      "Acknowledgement of your application", "2026-04-03T10:30:00+05:30", """
Dear Elodie,

Greetings from Vistaar Travel Technologies!

This is to acknowledge that we have received your application for the position of Customer Success Manager – Europe. Our team will go through the same and revert in case your profile is shortlisted.

Kindly do not send duplicate applications for the same position.

Thanks & Regards,
Talent Acquisition Team
Vistaar Travel Technologies
""", contact="careers@vistaartravel.example.in"),

    m(A, "welcome_jungle_ack", "fr", "Maison Pilou",
      ("Welcome to the Jungle", "no-reply@welcometothejungle.example.com"),
      "Ta candidature chez Maison Pilou a bien été envoyée", "2026-06-02T18:10:00+02:00", """
Bravo Élodie !

Ta candidature pour le poste de Responsable Expérience Client chez Maison Pilou a bien été envoyée.

Et maintenant ? L'entreprise va étudier ton profil. En attendant, découvre nos conseils pour préparer tes entretiens.

L'équipe Welcome to the Jungle
""", fmt="html", system=True,
      headers={"List-Unsubscribe": "<mailto:unsubscribe@welcometothejungle.example.com>"}),

    m(A, "caterer_mobile_ack", "fr", "Maison Verdier Traiteur",
      ("Agnès Verdier", "agnes@maisonverdier.example.fr"),
      "Re: Candidature chargée de projet réceptions", "2026-03-25T07:58:00+01:00", """
Bonjour Élodie, bien reçu votre CV, je regarde ça ce week-end et je vous recontacte.
Agnès

Envoyé de mon iPhone
""", thread=[("cand-0324-m", ME_TH)], cte="8bit"),

    m(A, "cff_successfactors_de", "de", "Schweizerische Bundesbahnen SBB",
      ("SBB Jobs", "noreply.jobs@sbb.example.ch"),
      "Ihre Bewerbung ist bei uns eingegangen", "2026-04-22T06:15:00+02:00", """
Guten Tag Frau Baptiste-Nakamura

Besten Dank für Ihre Bewerbung als Leiterin Kundenerlebnis Reisezentrum. Wir haben Ihre Unterlagen erhalten und prüfen diese nun.

Sie erhalten innerhalb von drei Wochen eine Rückmeldung.

Freundliche Grüsse
Schweizerische Bundesbahnen SBB
HR Recruiting
""", system=True, charset="iso-8859-1", cte="qp"),

    m(A, "ngo_ack_fr", "fr", "Fondation Terre d'Accueil",
      ("Fondation Terre d'Accueil", "candidatures@terredaccueil.example.org"),
      "Votre candidature a bien été reçue", "2026-05-07T12:00:00+02:00", """
Madame, Monsieur,

Nous vous remercions pour l'envoi de votre candidature au poste de chargée de projets événementiels et collecte de fonds.

Au vu du nombre élevé de candidatures, nous ne sommes malheureusement pas en mesure d'apporter une réponse personnalisée à chacune. Si votre profil retient notre attention, nous vous contacterons d'ici le 31 mai. Sans nouvelles de notre part à cette date, vous pourrez considérer que votre candidature n'a pas été retenue.

Avec nos remerciements,
Fondation Terre d'Accueil
""", contact="candidatures@terredaccueil.example.org", cte="qp"),

    m(A, "workable_es_mx", "es", "Casa Tolteca",
      ("Casa Tolteca", "noreply@candidates.workablemail.com"),
      "Casa Tolteca: gracias por tu solicitud", "2026-04-29T22:30:00+00:00", """
Hola Élodie,

Gracias por tu interés en Casa Tolteca. Hemos recibido tu solicitud para Gerente de Experiencia del Cliente (Ginebra) y la revisaremos con atención.

Si tu perfil avanza en el proceso, te contactaremos pronto.

Saludos,
Casa Tolteca
""", fmt="alt", system=True),

    m(A, "hellowork_ack_fr", "fr", "Groupe Hôtelier des Aravis",
      ("HelloWork", "ne-pas-repondre@hellowork.example.com"),
      "Votre candidature a été transmise au recruteur", "2026-07-08T08:45:00+02:00", """
Bonjour Élodie,

Votre candidature pour l'offre « Revenue Manager H/F – La Clusaz » a été transmise à Groupe Hôtelier des Aravis le 08/07/2026.

Suivez l'avancement de vos candidatures dans votre espace HelloWork.

À bientôt,
L'équipe HelloWork
""", fmt="html", system=True),

    m(A, "lever_ack_cruise_en", "en", "Fjordline Cruises",
      ("Fjordline Cruises", "no-reply@hire.lever.co"),
      "Thank you for your application to Fjordline Cruises", "2026-03-23T09:12:00+00:00", """
Hi Élodie,

Thank you for your interest in the Onboard Guest Services Manager role! Our team has received your application and will review it shortly.

As we receive a large number of applications, we may not be able to get back to everyone personally, but we'll reach out if there's a fit.

Best,
Fjordline Cruises Recruitment
""", system=True),
    m(A, "jobvite_ack_aeroport_nice", "fr", "Aéroport Nice Côte d'Azur",
      ("Aéroport Nice Côte d'Azur", "notifications@jobvite.example.com"),
      "Nous avons bien reçu votre candidature", "2026-09-14T16:48:00+02:00", """
Bonjour Élodie,

Merci de l'intérêt que vous portez à l'Aéroport Nice Côte d'Azur. Votre candidature au poste de Responsable Expérience Passagers a bien été enregistrée.

Nos équipes étudient chaque dossier avec attention. Compte tenu du nombre de candidatures, nous ne sommes pas en mesure de faire un retour individuel à chacun, mais nous reviendrons vers vous si votre profil correspond.

À bientôt,
Aéroport Nice Côte d'Azur
""", fmt="html", system=True),

]

OFFERS = [
    m(OF, "verbal_followup_fr", "fr", "Téléphériques de Verbier",
      ("Philippe Rochat", "p.rochat@rochat-conseil.example.ch"),
      "Suite à notre appel - proposition", "2026-03-04T19:30:00+01:00", """
Chère Élodie,

Comme évoqué au téléphone tout à l'heure, je vous confirme par écrit que Téléphériques de Verbier souhaite vous proposer le poste de Head of Guest Experience.

Les éléments principaux : salaire annuel brut de CHF 118'000.- versé en 13 mensualités, 5 semaines de vacances, abonnement saison offert, entrée en fonction le 1er mai 2026. Le contrat vous parviendra directement de leur part d'ici vendredi.

Félicitations, c'est amplement mérité !

Bien cordialement,
Philippe Rochat
Rochat Conseil
""", cte="qp"),

    m(OF, "offer_letter_attached_en", "en", "Congress Centre Lausanne",
      ("Elif Demir", "elif.demir@cc-lausanne.example.ch"),
      "Offer of employment – Event Project Manager", "2026-04-02T16:10:00+02:00", """
Dear Élodie,

Following your interviews with us, I am delighted to offer you the position of Event Project Manager at Congress Centre Lausanne.

Please find attached your offer letter setting out the terms and conditions, including salary, benefits and the proposed start date of 1 June 2026. We would be grateful if you could return a signed copy by 10 April.

Do not hesitate to call me with any questions.

Warm regards,
Elif Demir
HR Business Partner
Congress Centre Lausanne
""", attach=["Offer_Letter_Baptiste-Nakamura.pdf"], fmt="alt", cte="b64"),

    m(OF, "contrat_a_signer_fr", "fr", "Lyon Congrès",
      ("Pauline Gerbaud", "pauline.gerbaud@lyoncongres.example.fr"),
      "Votre contrat de travail", "2026-05-06T11:00:00+02:00", """
Bonjour Élodie,

Suite à votre accord oral, vous trouverez ci-joint votre contrat de travail (CDI, statut cadre) pour le poste de Responsable projets congrès, ainsi que la fiche de renseignements à compléter.

Merci de nous retourner le contrat paraphé et signé d'ici le 15 mai. N'hésitez pas si vous avez des questions.

Au plaisir de vous accueillir le 1er juin !

Cordialement,
Pauline Gerbaud
Lyon Congrès
""", attach=["Contrat_CDI_Baptiste-Nakamura.pdf", "Fiche_renseignements.pdf"], cte="qp"),

    m(OF, "conditional_offer_uk", "en", "Kensington Grand",
      ("Harriet Blake", "harriet.blake@kensingtongrand.example.co.uk"),
      "Conditional offer", "2026-06-11T13:25:00+01:00", """
Dear Elodie,

I am pleased to confirm that we would like to offer you the role of Guest Relations Manager, subject to satisfactory references and proof of your right to work in the UK.

Your starting salary will be £52,000 per annum. A formal contract will follow once the pre-employment checks are complete.

Kindly revert with your acceptance at your earliest convenience.

Kind regards,
Harriet Blake
People Director
Kensington Grand
""", charset="windows-1252", cte="qp"),

    m(OF, "de_zusage_kongress", "de", "Kongresshaus Zürich",
      ("Nina Keller", "nina.keller@kongresshaus.example.ch"),
      "Zusage – Head of Event Operations", "2026-09-02T17:00:00+02:00", """
Guten Tag Frau Baptiste-Nakamura

Wir freuen uns sehr, Ihnen die Stelle als Head of Event Operations anbieten zu dürfen. Den Arbeitsvertrag sowie die Eckdaten (Pensum 100 %, Jahreslohn CHF 125'000.-, Eintritt 1. November 2026) finden Sie im Anhang.

Bitte senden Sie uns ein unterzeichnetes Exemplar bis zum 11. September zurück. Für Fragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse
Nina Keller
HR Business Partner
Kongresshaus Zürich
""", attach=["Arbeitsvertrag_Baptiste-Nakamura.pdf"], charset="iso-8859-1", cte="qp"),

    m(OF, "es_oferta_barcelona", "es", "Hostelia Group",
      ("Diego Romero", "diego.romero@hostelia.example.es"),
      "Propuesta - Operations Manager", "2026-06-24T12:40:00+02:00", """
Hola Élodie,

¡Buenas noticias! Nos encantaría que te unieras a Hostelia Group como Operations Manager en Barcelona.

Te adjunto la carta de oferta con las condiciones: salario bruto anual de 58.000 €, contrato indefinido e incorporación el 1 de septiembre. Si estás de acuerdo, fírmala y devuélvemela antes del 3 de julio.

Un abrazo y enhorabuena,
Diego
Hostelia Group
""", attach=["Carta_oferta.pdf"], cte="8bit"),

    m(OF, "caterer_offre_retour", "fr", "Maison Verdier Traiteur",
      ("Agnès Verdier", "agnes@maisonverdier.example.fr"),
      "Bonne nouvelle", "2026-07-16T21:05:00+02:00", """
Bonsoir Élodie,

Finalement notre candidate retenue au printemps nous a quittés, et j'ai repensé à vous. Je serais ravie de vous proposer le poste de chargée de projet réceptions, en CDI, aux conditions dont nous avions parlé (2 800 € net, 39h, mutuelle). Vous pourriez démarrer début septembre ?

Dites-moi si ça vous tente toujours !

Agnès Verdier
Maison Verdier Traiteur
""", charset="windows-1252", cte="8bit"),

    m(OF, "startup_pleased_to_offer", "en", "Tidewell",
      ("Sam Okafor", "sam@tidewell.example.io"),
      "Offer 🎉", "2026-02-27T17:45:00+00:00", """
Élodie,

We're thrilled – the team loved you. We're pleased to offer you the role of Head of Customer Operations at Tidewell, fully remote, with a base of CHF 105k plus 0.4% equity vesting over four years.

The formal offer is in DocuSign now; it expires in 7 days. Shout if you want to talk anything through.

Sam
""", cte="qp"),

    m(OF, "palace_promesse_embauche", "fr", "Hôtel Royal Évian",
      ("Marie-Laure Vuillet", "ml.vuillet@royal-evian.example.fr"),
      "Promesse d'embauche", "2026-08-20T10:15:00+02:00", """
Madame,

Suite à nos différents entretiens, nous avons le plaisir de vous confirmer notre proposition d'engagement au poste de Directrice de l'expérience client, en contrat à durée indéterminée, à compter du 1er octobre 2026.

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération et les avantages. Elle est conditionnée à la présentation de votre titre de séjour et d'un extrait de casier judiciaire.

Dans l'attente de votre retour, nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Marie-Laure Vuillet
Directrice des Ressources Humaines
Hôtel Royal Évian
""", attach=["Promesse_embauche.pdf"], fmt="alt", cte="b64"),

    m(OF, "quebec_offre_emploi", "fr", "Hôtel Saint-Sulpice Montréal",
      ("Geneviève Tremblay", "gtremblay@hotelsaintsulpice.example.ca"),
      "Offre d'emploi - Directrice de l'hébergement", "2026-05-12T15:00:00-04:00", """
Bonjour Élodie,

C'est avec grand plaisir que nous vous offrons le poste de Directrice de l'hébergement à l'Hôtel Saint-Sulpice. Vous trouverez ci-joint la lettre d'offre (salaire de 98 000 $ par année, quatre semaines de vacances, assurances collectives).

Pourriez-vous nous faire part de votre décision d'ici le 22 mai? Nous pouvons aussi en jaser au téléphone.

Au plaisir,
Geneviève Tremblay
Hôtel Saint-Sulpice Montréal
""", attach=["Lettre_offre.pdf"], charset="windows-1252", cte="qp"),
]

MESSAGES = [*ACKS, *OFFERS]
