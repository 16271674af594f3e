"""Application acknowledgements and offers (data for make_fortysixth.py)."""

from msgkit import M

A = "application_received"
OFF = "offer"

MSGS = [
    # ---- acknowledgements, French (10)
    M(A, "workday_accuse_reception", "fr",
      ("Primevère Recrutement", "primevere@myworkday.com"),
      "Nous avons bien reçu votre candidature",
      """Bonjour Amadou,

Merci pour votre candidature au poste d'Acheteur Junior Produits Frais (R-0048213). Nous l'avons bien reçue.

Nos équipes vont étudier votre profil avec attention. Si votre candidature est retenue, un(e) chargé(e) de recrutement vous contactera dans les prochaines semaines.

Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.

L'équipe Recrutement Primevère
""", company="Primevère", fmt="html", cte="qp", links=["Mon espace candidat", "Offres similaires"], date="2026-01-20T05:12:00"),

    M(A, "volume_pas_de_reponse_individuelle", "fr",
      ("Recrutement Bureautique Centrale", "recrutement@bureautique-centrale.example.fr"),
      "Accusé de réception de votre candidature",
      """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Responsable Flux Entrepôt et vous remercions de l'intérêt que vous portez à Bureautique Centrale.

En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque candidat. Si votre profil correspond à nos attentes, nous reviendrons vers vous sous 4 semaines. Sans nouvelles de notre part passé ce délai, vous pourrez considérer que votre candidature n'a pas été retenue.

Cordialement,
La Direction des Ressources Humaines
Bureautique Centrale
""", company="Bureautique Centrale", contact="recrutement@bureautique-centrale.example.fr",
      charset="iso-8859-1", cte="qp"),

    M(A, "teamtailor_merci_tu", "fr",
      ("Papillon Vrac", "no-reply@teamtailor.example.com"),
      "Merci pour ta candidature 🌱",
      """Hello Amadou !

Merci pour ta candidature au poste de Responsable Approvisionnement chez Papillon Vrac. On l'a bien reçue et on va la lire avec attention (promis, c'est un humain qui lit).

On revient vers toi d'ici 10 jours, quoi qu'il arrive.

À très vite,
Camille et toute l'équipe Papillon Vrac
""", company="Papillon Vrac", fmt="html", cte="b64", links=["Découvrir l'équipe"], date="2026-02-03T11:11:00"),

    M(A, "cegid_talentsoft_collectivite", "fr",
      ("Ville de Lyon – Recrutement", "noreply-recrutement@talentsoft.example.com"),
      "Confirmation de dépôt de candidature – Offre n° 2026-1187",
      """Madame, Monsieur,

Votre candidature à l'offre n° 2026-1187 « Responsable logistique des magasins municipaux (H/F) » a bien été enregistrée le 14/04/2026.

Les candidatures seront examinées à l'issue de la date limite de publication (30/04/2026). Les candidat(e)s retenu(e)s pour un entretien seront contacté(e)s par le service recrutement.

Ville de Lyon
Direction des Ressources Humaines

Ce message est généré automatiquement, merci de ne pas y répondre.
""", company="Ville de Lyon", fmt="alt", cte="qp"),

    M(A, "pas_de_retour_individuel_feedback", "fr",
      ("Equipe RH Groupe Sodimar", "rh@sodimar.example.fr"),
      "Votre candidature chez Sodimar",
      """Bonjour Amadou,

Nous avons bien reçu votre candidature pour le poste de Coordinateur Transport Import/Export à Marseille et nous vous en remercions.

Votre dossier est en cours d'étude par nos équipes. Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade du processus. Nous reviendrons vers vous si votre profil est présélectionné.

Bien cordialement,
L'équipe RH
Groupe Sodimar
""", company="Groupe Sodimar", contact="rh@sodimar.example.fr", fmt="alt", cte="8bit"),

    M(A, "apec_candidature_transmise", "fr",
      ("APEC", "ne-pas-repondre@apec.example.fr"),
      "Votre candidature a bien été transmise à ORIAL INDUSTRIE",
      """Bonjour Amadou,

Votre candidature pour l'offre « Acheteur Industriel H/F » a bien été transmise au recruteur ORIAL INDUSTRIE.

Retrouvez le suivi de vos candidatures dans votre espace Apec.

L'Apec, au service des cadres
""", company="Orial Industrie", fmt="html", cte="qp", links=["Suivre mes candidatures", "Gérer mes alertes"]),

    M(A, "recruitee_quebec", "fr",
      ("Équipe talents – Bleuets & Cie", "notifications@recruitee.example.com"),
      "Nous avons reçu ta candidature!",
      """Salut Amadou,

Merci d'avoir postulé au poste de Coordonnateur(trice) chaîne d'approvisionnement chez Bleuets & Cie! Ton CV est bien entre nos mains.

Notre processus prend habituellement deux à trois semaines. On te revient dès qu'on a du nouveau.

Bonne journée!
L'équipe talents
Bleuets & Cie – Saguenay
""", company="Bleuets & Cie", fmt="alt", cte="qp"),

    M(A, "jobaffinity_pme", "fr",
      ("TECHNIPOMPES - Recrutement", "candidature@jobaffinity.example.fr"),
      "TECHNIPOMPES : accusé de réception",
      """Monsieur DIALLO-LEFEVRE Amadou,

Nous vous remercions pour votre candidature au poste de : RESPONSABLE ADV / SUPPLY H/F - REF 2026-07.

Votre candidature a bien été enregistrée et sera étudiée dans les meilleurs délais.

Cordialement,

Service Ressources Humaines
TECHNIPOMPES
""", company="Technipompes", charset="windows-1252", cte="8bit"),

    M(A, "luxembourg_reception_dossier", "fr",
      ("Recrutement Luxtrans", "jobs@luxtrans.example.lu"),
      "Réception de votre dossier – Planificateur Transport",
      """Bonjour Monsieur Diallo-Lefèvre,

Nous vous confirmons la bonne réception de votre dossier de candidature pour le poste de Planificateur Transport (CDI, Bettembourg).

Notre équipe RH l'étudiera dans les prochains jours. Nous ne manquerons pas de vous recontacter si votre profil correspond à nos besoins.

Meilleures salutations,
Ressources Humaines
Luxtrans
""", company="Luxtrans", contact="jobs@luxtrans.example.lu", fmt="alt", cte="b64"),

    M(A, "abidjan_bien_recu_court", "fr",
      ("Fatou Traoré", "f.traore@ivoire-agrologistique.example.ci"),
      "Re: Candidature spontanée",
      """Bonjour M. Diallo-Lefèvre,

Bien reçu votre CV, merci. Je le transmets au Directeur des Opérations et je reviens vers vous.

Cordialement,
Fatou Traoré
Assistante de Direction – Ivoire Agrologistique
""", company="Ivoire Agrologistique", contact="f.traore@ivoire-agrologistique.example.ci",
      quote=("outlook_fr", "lundi 6 juillet 2026 08:55", "Amadou Diallo-Lefèvre <amadou.diallo@example.fr>",
             "Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature spontanée pour un poste dans la supply chain de votre groupe à Abidjan.\n\nBien cordialement,\nAmadou Diallo-Lefèvre"), date="2026-07-08T10:03:00"),

    # ---- acknowledgements, English (6)
    M(A, "greenhouse_received_en", "en",
      ("Orbitcart", "no-reply@us.greenhouse-mail.io"),
      "Thank you for applying to Orbitcart!",
      """Hi Amadou,

Thanks for applying to the Supply & Demand Planning Manager role at Orbitcart! Your application has been received and our team will review it shortly.

If your experience looks like a match, someone from our recruiting team will be in touch to discuss next steps.

Best,
Orbitcart Recruiting
""", company="Orbitcart", fmt="alt", cte="qp", date="2026-04-15T02:13:00"),

    M(A, "uk_unable_feedback", "en",
      ("Graystone Retail Careers", "careers@graystone-retail.example.co.uk"),
      "Application received - Category Buyer (Homeware)",
      """Dear Amadou,

Thank you for your application for the role of Category Buyer (Homeware). We confirm that it has been received and will be reviewed by the hiring team.

Owing to the high volume of applications, we are unable to respond to every applicant individually, and unfortunately we are unable to provide individual feedback at this stage. If you have not heard from us within 21 days, please assume that your application has not been successful on this occasion.

Kind regards,
Resourcing Team
Graystone Retail
""", company="Graystone Retail", contact="careers@graystone-retail.example.co.uk", fmt="html", charset="windows-1252", cte="qp"),

    M(A, "lever_received_en", "en",
      ("Loopcrate", "no-reply@hire.lever.example.co"),
      "Loopcrate - application received",
      """Hi Amadou,

Thanks so much for your interest in Loopcrate! We have received your application for the Operations Generalist position and will review it soon.

In the meantime, feel free to check out our blog to learn more about how we work.

Loopcrate People Team
""", company="Loopcrate", fmt="alt", cte="8bit"),

    M(A, "indian_acknowledgement", "en",
      ("Careers - Meridian Global Services", "careers-noreply@meridianglobal.example.in"),
      "Acknowledgement: Application for Procurement Lead - EMEA",
      """Dear Applicant,

We acknowledge receipt of your application for the Procurement Lead - EMEA position. Your application ID is MGS/2026/44871.

Our recruitment team will evaluate your profile and shortlisted candidates shall be intimated regarding the further process.

This is a system generated mail. Please do not reply.

Regards,
Talent Acquisition Team
Meridian Global Services
""", company="Meridian Global Services", fmt="html", cte="qp"),

    M(A, "ashby_norway_en", "en",
      ("Fjordline Foods", "no-reply@ashbyhq.example.com"),
      "Thanks for applying to Fjordline Foods",
      """Hi Amadou,

Thanks for your application for Sustainable Sourcing Manager at Fjordline Foods. We're reviewing applications on a rolling basis and will get back to you within two weeks.

Best,
Kari at Fjordline Foods
""", company="Fjordline Foods", reply_to=("Kari Haugen", "kari.haugen@fjordline-foods.example.no"),
      contact="kari.haugen@fjordline-foods.example.no", fmt="alt", cte="qp"),

    M(A, "icims_received_en", "en",
      ("Castellan Health Careers", "castellanhealth@icims.example.com"),
      "Your application - Materials Management Coordinator",
      """Dear Amadou,

Thank you for submitting your application for the Materials Management Coordinator position at Castellan Health. Your application has been successfully submitted.

What happens next? Our talent acquisition team will carefully review your qualifications. Due to the large number of applications we receive, we cannot respond to every applicant personally, but we will contact you if your background matches our needs.

Castellan Health Talent Acquisition
""", company="Castellan Health", fmt="html", cte="b64"),

    # ---- acknowledgements, Spanish (2), German (2)
    M(A, "es_hemos_recibido", "es",
      ("Selección Grupo Ribera", "notificaciones@gruporibera.example.es"),
      "Hemos recibido tu candidatura",
      """Hola Amadou,

Gracias por inscribirte en la oferta Técnico de Planificación de la Demanda. Hemos recibido correctamente tu candidatura.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Selección
Grupo Ribera
""", company="Grupo Ribera", fmt="alt", cte="qp", date="2026-05-04T07:00:00"),

    M(A, "es_no_podemos_responder_todos", "es",
      ("RRHH Frutas del Segura", "rrhh@frutasdelsegura.example.es"),
      "Confirmación de recepción de CV",
      """Estimado candidato:

Confirmamos la recepción de su currículum para el puesto de Responsable de Logística.

Debido al elevado número de candidaturas, lamentablemente no podemos responder de forma individual a todas ellas. Si su perfil resulta seleccionado, nos pondremos en contacto con usted en las próximas semanas.

Atentamente,
Departamento de RRHH
Frutas del Segura
""", company="Frutas del Segura", contact="rrhh@frutasdelsegura.example.es", charset="iso-8859-1", cte="8bit"),

    M(A, "de_eingangsbestaetigung", "de",
      ("Bewerbermanagement Hanseatic Retail", "noreply@successfactors.example.eu"),
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrter Herr Diallo-Lefèvre,

vielen Dank für Ihre Bewerbung als Category Manager Einkauf (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Bitte haben Sie Verständnis, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Hanseatic Retail
""", company="Hanseatic Retail", fmt="alt", charset="iso-8859-1", cte="qp"),

    M(A, "de_danke_du", "de",
      ("Frachtwerk Jobs", "jobs@frachtwerk.example.de"),
      "Danke für deine Bewerbung!",
      """Hey Amadou,

cool, dass du dich bei Frachtwerk beworben hast! Deine Bewerbung ist bei uns angekommen und Lena aus dem People-Team schaut sie sich in den nächsten Tagen an.

Bis bald!
Dein Frachtwerk-Team
""", company="Frachtwerk", contact="jobs@frachtwerk.example.de", fmt="html", cte="8bit", date="2026-04-02T09:00:00"),

    # ---- offers, French (5)
    M(OFF, "promesse_embauche_pj", "fr",
      ("Sandrine Weber", "sandrine.weber@mecafil.example.com"),
      "Promesse d'embauche – Coordinateur Supply Chain",
      """Bonjour Amadou,

Comme annoncé par téléphone par M. Rey ce matin, j'ai le plaisir de vous transmettre en pièce jointe votre promesse d'embauche pour le poste de Coordinateur Supply Chain, en CDI, avec une prise de poste au 1er octobre 2026.

Merci de nous la retourner signée avant le 18 septembre. N'hésitez pas si vous avez la moindre question.

Bienvenue (presque) chez MECAFIL !

Cordialement,
Sandrine Weber
Assistante RH – MECAFIL Industries
04 50 11 23 45
""", company="MECAFIL Industries", contact="sandrine.weber@mecafil.example.com",
      attach="Promesse_embauche_DIALLO-LEFEVRE.pdf", date="2026-09-08T10:10:00"),

    M(OFF, "suite_offre_orale", "fr",
      ("Benoît Ravel", "b.ravel@talentis-conseil.example.com"),
      "Proposition – suite à notre appel",
      """Bonjour Amadou,

Pour faire suite à notre appel de tout à l'heure, je vous confirme par écrit la proposition de mon client :
- Poste : Responsable Supply Chain, CDI statut cadre
- Rémunération : 58 k€ brut annuel fixe + 10 % variable
- Voiture de fonction, télétravail 1 jour/semaine
- Prise de poste souhaitée : début juin

Ils attendent votre réponse d'ici vendredi. Je reste disponible ce soir si vous voulez en discuter !

Benoît Ravel
Talentis Conseil
06 71 22 84 19
""", company="Talentis Conseil", contact="b.ravel@talentis-conseil.example.com", fmt="alt", cte="qp", date="2026-05-12T18:20:00"),

    M(OFF, "contrat_a_signer_docusign", "fr",
      ("Maëlle", "maelle@filament-energie.example.fr"),
      "Ton contrat 🎉",
      """Amadou !

On est ravis : tu vas trouver ton contrat de travail dans un mail DocuSign séparé, il n'y a plus qu'à signer. Tout est conforme à ce qu'on s'était dit avec Hugo (52k fixe, BSPCE, démarrage le 3 novembre).

Si tu as une question sur une clause, appelle moi.

Trop hâte de t'avoir dans l'équipe,
Maëlle
Filament
""", company="Filament", contact="maelle@filament-energie.example.fr", cte="8bit", date="2026-10-06T16:00:00"),

    M(OFF, "lettre_offre_suisse_conditionnelle", "fr",
      ("Valérie Chappuis", "valerie.chappuis@helvetrans.example.ch"),
      "Offre d'emploi – Responsable des opérations adjoint",
      """Cher Monsieur,

Nous avons le plaisir de vous proposer le poste de Responsable des opérations adjoint au sein d'Helvetrans, à Lausanne, selon les conditions détaillées dans la lettre d'offre ci-jointe.

Cette offre est soumise à l'obtention de votre permis de travail (permis B) ainsi qu'à la prise de références satisfaisante auprès des deux personnes que vous nous avez indiquées.

Nous vous saurions gré de nous faire part de votre décision d'ici au 10 juillet.

Avec nos meilleures salutations,
Valérie Chappuis
Ressources Humaines
Helvetrans
""", company="Helvetrans", contact="valerie.chappuis@helvetrans.example.ch",
      attach="Lettre_offre_Helvetrans.pdf", fmt="alt", cte="b64", date="2026-07-01T14:00:00"),

    M(OFF, "offre_casablanca_heureux", "fr",
      ("Khadija Alaoui", "k.alaoui@oasis-distribution.example.ma"),
      "Proposition d'embauche",
      """Bonjour Monsieur Diallo-Lefèvre,

Suite à vos entretiens avec notre Directeur Général et notre Directeur Financier, nous sommes heureux de vous proposer le poste de Responsable Achats & Approvisionnements à Casablanca.

Vous trouverez ci-joint notre proposition détaillée (rémunération, package expatrié, date d'intégration). Nous restons à votre disposition pour en échanger.

Cordialement,
Khadija Alaoui
Directrice des Ressources Humaines
Oasis Distribution
Twin Center, Tour Ouest – Casablanca
""", company="Oasis Distribution", contact="k.alaoui@oasis-distribution.example.ma", attach="Proposition_Oasis.pdf",
      charset="windows-1252", cte="qp"),

    # ---- offers, English (3), Spanish (1), German (1)
    M(OFF, "en_pleased_to_offer", "en",
      ("Jess Amari", "jess.amari@shipleaf.example.com"),
      "Your offer from Shipleaf",
      """Hi Amadou,

It was great speaking with you earlier! As discussed, we're thrilled to offer you the position of Procurement Manager, EMEA at Shipleaf.

Attached is your offer letter with the full details on compensation, equity and benefits. Please review and let me know if you have any questions - we'd love to have your answer by next Wednesday.

Congratulations again!
Jess Amari
Talent Partner | Shipleaf
""", company="Shipleaf", contact="jess.amari@shipleaf.example.com", attach="Shipleaf_Offer_Letter_ADiallo.pdf", fmt="alt", date="2026-06-15T16:00:00"),

    M(OFF, "en_uk_conditional", "en",
      ("Oliver Pembridge", "oliver.pembridge@hollins-freight.example.co.uk"),
      "Conditional offer of employment",
      """Dear Amadou,

Further to your interview with Sarah and James, I am delighted to confirm that we would like to offer you the position of European Freight Coordinator, subject to satisfactory references and right-to-work checks.

Your formal contract will follow once these checks are complete. In the meantime, please could you confirm your acceptance by return and send me details of two referees.

Kind regards,
Oliver Pembridge
Senior Talent Partner
Hollins Freight Group
""", company="Hollins Freight Group", contact="oliver.pembridge@hollins-freight.example.co.uk",
      charset="windows-1252", cte="qp", date="2026-08-27T11:00:00"),

    M(OFF, "en_verbal_offer_followup", "en",
      ("Camila Duarte", "camila.duarte@aurora-cosmeticos.example.com"),
      "Following up",
      """Hi Amadou,

Following up on Beatriz's call yesterday - just wanted to put it in writing: we'd love for you to join Aurora Cosméticos as Supply Planning Lead, Europe. The written offer is being prepared by our legal team in São Paulo and should reach you by Friday.

Let me know if anything in the verbal offer needs clarification in the meantime.

Abraços,
Camila
""", company="Aurora Cosméticos", contact="camila.duarte@aurora-cosmeticos.example.com", date="2026-06-24T15:00:00"),

    M(OFF, "es_oferta_formal", "es",
      ("Paula Méndez", "paula.mendez@verdeplast.example.com"),
      "Oferta de empleo - Responsable RSE",
      """Hola Amadou,

¡Enhorabuena! Nos complace ofrecerte el puesto de Responsable de RSE y Compras Sostenibles en VerdePlast. Te adjunto la carta oferta con las condiciones (salario, jornada híbrida y fecha de incorporación).

Quedamos a la espera de tu respuesta antes del 24 de julio.

Un abrazo,
Paula Méndez
Talento | VerdePlast
""", company="VerdePlast", contact="paula.mendez@verdeplast.example.com", attach="Carta_oferta_VerdePlast.pdf",
      charset="iso-8859-1", cte="qp", date="2026-07-14T12:30:00"),

    M(OFF, "de_vertragsangebot", "de",
      ("Katrin Neumann", "k.neumann@weser-logistik.example.de"),
      "Ihr Vertragsangebot",
      """Sehr geehrter Herr Diallo-Lefèvre,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Brandt die Position als Disponent Kontraktlogistik anbieten zu können. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. April zurück.

Mit freundlichen Grüßen
Katrin Neumann
Weser Logistik
""", company="Weser Logistik", contact="k.neumann@weser-logistik.example.de", attach="Arbeitsvertrag_Diallo-Lefevre.pdf",
      fmt="alt", cte="qp", date="2026-04-01T10:00:00"),
]
