"""Application acknowledgements and offers for the eighty-eighth corpus (data only; see
make_eightyeighth.py)."""

from msgs88_base import m, quoted

A = "application_received"
OF = "offer"

MESSAGES = [
    # ---- acknowledgements --------------------------------------------------------------
    m(A, "welcome_jungle_ack", "fr",
      "Welcome to the Jungle <noreply@welcometothejungle.com>",
      "Votre candidature chez Ecotrace a bien été envoyée",
      """Bonjour Mathis,

Votre candidature pour le poste de Responsable ESG & Conformité chez Ecotrace a bien été transmise à l'entreprise. 🎉

Et maintenant ? L'équipe d'Ecotrace va étudier votre profil. Si votre candidature est retenue, elle vous contactera directement.

Suivez l'avancement de vos candidatures depuis votre espace : https://www.welcometothejungle.com/fr/me/applications

L'équipe Welcome to the Jungle""",
      company="Ecotrace", fmt="alt"),

    m(A, "workday_volume_no_individual", "en",
      "Aldebaran Asset Management <aldebaran@myworkday.com>",
      "Thank you for applying - Operational Risk Manager (JR-10294)",
      """Dear Mathis,

Thank you for your application for the Operational Risk Manager (JR-10294) position at Aldebaran Asset Management in Luxembourg.

Our team will review your profile against the requirements of the role. Due to the high volume of applications we receive, we are unable to respond to every applicant individually, and unfortunately we are unable to provide individual feedback at this stage. If your experience matches our needs, a member of the Talent Acquisition team will be in touch within three weeks.

You can track the status of your application at any time in your candidate home.

Kind regards,
Aldebaran Talent Acquisition""",
      company="Aldebaran Asset Management", fmt="html", cte="qp"),

    m(A, "taleo_accuse_fr", "fr",
      "Ne pas répondre <noreply@taleo.net>",
      "Accusé de réception de votre candidature",
      """Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Contrôleur Interne Groupe (réf. 2600981) chez Lumière Énergies.

Votre dossier va être étudié avec attention par nos équipes. Sans retour de notre part dans un délai de 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Nous vous remercions de votre intérêt pour notre Groupe.

Lumière Énergies - Direction des Ressources Humaines Groupe""",
      company="Lumière Énergies", charset="iso-8859-1", cte="qp", subject_charset="iso-8859-1"),

    m(A, "greenhouse_ack_short", "en",
      "Quillstack Recruiting <no-reply@us.greenhouse-mail.io>",
      "Thanks for applying to Quillstack",
      """Hi Mathis,

Thanks for applying for the Legal Operations Lead role! We've received your application and our team will review it shortly. If there's a fit, we'll be in touch about next steps.

In the meantime, check out our blog to learn more about life at Quillstack.

Cheers,
Quillstack Recruiting""",
      company="Quillstack", fmt="alt",
      date="2026-04-24 09:00 +0200"),

    m(A, "public_admin_dossier_complet", "fr",
      "Préfecture - Bureau des ressources humaines <pref-brh-recrutement@interieur.example.gouv.fr>",
      "Accusé de réception - Chargé(e) de mission contrôle interne",
      """Madame, Monsieur,

Nous avons bien reçu votre dossier de candidature pour le poste de Chargé(e) de mission contrôle interne comptable et financier (fiche PEP n° 2026-78112).

Le dossier est complet. Les candidats présélectionnés seront convoqués à un entretien. En raison du nombre important de candidatures, seuls les candidats retenus pour un entretien seront contactés.

Le bureau des ressources humaines
Préfecture de la région Auvergne-Rhône-Alpes""",
      company="Préfecture de la région Auvergne-Rhône-Alpes"),

    m(A, "stepstone_de_ack", "de",
      "Hanseatische Treuhand <bewerbung@hanseatische-treuhand.example.de>",
      "Eingangsbestätigung Ihrer Bewerbung",
      """Sehr geehrter Herr Ouedraogo-Laurent,

vielen Dank für Ihre Bewerbung als Manager Internal Audit (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen. Bitte haben Sie Verständnis, dass wir Ihnen in der Zwischenzeit keine Auskunft zum Stand geben können.

Mit freundlichen Grüßen
Hanseatische Treuhand
Personalabteilung""",
      company="Hanseatische Treuhand", charset="iso-8859-1", cte="qp"),

    m(A, "recruitee_startup_tu", "fr",
      "Parcelle <jobs@parcelle.recruitee.com>",
      "On a bien reçu ta candidature 🙌",
      """Hello Mathis !

Merci d'avoir postulé chez Parcelle pour le job de Legal & Compliance Officer. On a bien reçu ton CV.

On lit toutes les candidatures (oui, toutes !) et on revient vers toi d'ici 10 jours, que la réponse soit positive ou non.

À très vite,
Camille, pour l'équipe Parcelle""",
      company="Parcelle", fmt="alt"),

    m(A, "indeed_apply_en", "en",
      "Indeed Apply <indeedapply@indeed.com>",
      "Application submitted: Compliance Officer - Harbourline Shipping",
      """Your application has been submitted

Compliance Officer
Harbourline Shipping - London

The employer will contact you directly if they would like to move forward. Good luck!

View your applications: https://myjobs.indeed.com/applied

Indeed""",
      company="Harbourline Shipping", fmt="html"),

    m(A, "cabinet_recrutement_ack_human", "fr",
      "Marion Lecoeur <m.lecoeur@lecoeur-associes.example.fr>",
      "Re: Candidature - Juriste RGPD",
      """Bonjour Mathis,

Bien reçu, merci. Je prends connaissance de votre dossier et je reviens vers vous en début de semaine prochaine, le temps de faire le point avec mon client.

Cordialement,
Marion Lecoeur
Lecoeur & Associés - Conseil en recrutement
01 42 00 00 00""",
      company="Lecoeur & Associés", contact="m.lecoeur@lecoeur-associes.example.fr",
      thread="Candidature - Juriste RGPD",
      quote=quoted("fr", "Mathis Ouedraogo-Laurent <mathis.ol@example.fr>",
                   "mar. 10 févr. 2026 à 08:47",
                   "Madame,\nSuite à l'annonce parue sur l'APEC, je vous adresse ma candidature pour le poste de Juriste RGPD.\nVous trouverez ci-joint mon CV.\nBien cordialement,\nMathis Ouedraogo-Laurent"),
      date="2026-02-10 13:02 +0100"),

    m(A, "successfactors_lux_ack", "fr",
      "Banque Privée du Grand-Duché <noreply@successfactors.eu>",
      "Confirmation de votre candidature",
      """Cher Mathis,

Nous vous remercions pour votre candidature au poste de Compliance Officer - AML/KYC (Réf. 44718), Luxembourg.

Nous vous confirmons que celle-ci a bien été enregistrée. Malheureusement, nous ne sommes pas en mesure de fournir un retour individuel à ce stade ; notre équipe reviendra vers vous si votre profil correspond à nos besoins.

Meilleures salutations,
Banque Privée du Grand-Duché
Human Resources""",
      company="Banque Privée du Grand-Duché", fmt="alt", cte="b64"),

    m(A, "spanish_infojobs_ack", "es",
      "Seguros Atlántida <no-reply@atlantida-empleo.example.es>",
      "Hemos recibido tu candidatura",
      """Hola Mathis,

¡Gracias por tu interés en Seguros Atlántida! Hemos recibido correctamente tu candidatura para la oferta "Técnico/a de Control Interno y Riesgos" en Madrid.

Nuestro equipo de Selección revisará tu perfil. Debido al elevado número de candidaturas, solo contactaremos con las personas que pasen a la siguiente fase.

Un saludo,
Equipo de Talento - Seguros Atlántida""",
      company="Seguros Atlántida", fmt="alt", charset="windows-1252", cte="qp"),

    m(A, "university_hr_ack_en", "en",
      "HR Recruitment <recruitment-noreply@kingsbridge-university.example.ac.uk>",
      "Application received: Information Compliance Manager (Ref 2026-0412)",
      """Dear Mathis Ouedraogo-Laurent,

Thank you for your application for the post of Information Compliance Manager (Ref 2026-0412).

Shortlisting will take place after the closing date of 19 June. Interviews are expected to be held in the week commencing 6 July. If you have not heard from us by 3 July, please assume that on this occasion you have not been shortlisted.

Yours sincerely,
HR Recruitment Team
Kingsbridge University""",
      company="Kingsbridge University"),

    m(A, "jobup_swiss_ack", "fr",
      "Clinique des Alpes <postulation@clinique-des-alpes.example.ch>",
      "Votre postulation a bien été reçue",
      """Bonjour,

Nous accusons réception de votre postulation pour le poste de Juriste - Délégué(e) à la protection des données (60-80%) et vous remercions de l'intérêt porté à notre institution.

Votre dossier sera examiné avec attention. Nous reviendrons vers vous dans les meilleurs délais.

Avec nos meilleures salutations,
Clinique des Alpes - Ressources humaines""",
      company="Clinique des Alpes", fmt="html", charset="iso-8859-1", cte="qp"),

    m(A, "lever_ack_scaleup", "en",
      "Kestrel Labs <no-reply@hire.lever.co>",
      "Thanks for your application to Kestrel Labs",
      """Hi Mathis,

Thanks for your interest in Kestrel Labs! We've received your application for Legal Ops Manager and will review it as soon as we can.

Best,
The Kestrel Labs team""",
      company="Kestrel Labs",
      date="2026-01-19 10:00 +0000"),

    m(A, "beetween_retail_fr", "fr",
      "Maisons Dorval <candidature@beetween.com>",
      "Maisons Dorval - confirmation de candidature",
      """Bonjour Mathis Ouedraogo-Laurent,

Merci pour votre candidature au poste d'Auditeur interne confirmé H/F (Lille).

Nous l'étudions avec attention et reviendrons vers vous rapidement. Malheureusement, compte tenu du nombre de candidatures, nous ne pourrons pas répondre individuellement à chaque candidat ; sans nouvelles de notre part sous trois semaines, considérez que votre candidature n'a pas été retenue.

Le service recrutement Maisons Dorval""",
      company="Maisons Dorval", fmt="alt"),

    m(A, "german_personio_ack", "de",
      "Lindenholz Software <no-reply@personio.de>",
      "Deine Bewerbung bei Lindenholz Software",
      """Hallo Mathis,

vielen Dank für deine Bewerbung als Legal Counsel Data Protection (m/w/d)! Wir haben deine Unterlagen erhalten und melden uns so schnell wie möglich bei dir.

Viele Grüße
Dein Lindenholz-Team""",
      company="Lindenholz Software", fmt="alt"),

    m(A, "association_ong_ack", "fr",
      "Ludivine Sarrazin <ludivine.sarrazin@solidarite-sans-frontieres.example.org>",
      "candidature reçue",
      """Bonjour Mathis,

Je vous confirme la bonne réception de votre candidature au poste de Responsable contrôle interne & conformité bailleurs. Le comité de sélection se réunit fin du mois, je reviendrai vers vous après.

Bien à vous,
Ludivine Sarrazin
Chargée RH - Solidarité Sans Frontières""",
      company="Solidarité Sans Frontières", contact="ludivine.sarrazin@solidarite-sans-frontieres.example.org",
      date="2026-08-24 10:00 +0200"),

    m(A, "smartrecruiters_ack_auto", "en",
      "Vireo Biotech <no-reply@smartrecruiters.com>",
      "Vireo Biotech has received your application",
      """Dear Mathis,

Thank you for applying to Vireo Biotech for the position of Quality & Compliance Auditor (Geneva).

We have received your application and will carefully review your qualifications. Unfortunately we are not able to respond individually to each applicant; if your profile is shortlisted a recruiter will contact you.

Best regards,
Vireo Biotech Talent Acquisition""",
      company="Vireo Biotech", fmt="html", cte="b64"),

    m(A, "cegid_talentsoft_ack", "fr",
      "Groupe Hexalys <hexalys-recrutement@talent-soft.com>",
      "Groupe Hexalys - Nous avons bien reçu votre candidature",
      """Bonjour Mathis,

Nous vous confirmons la bonne réception de votre candidature pour l'offre « Risk Manager Groupe H/F » (réf. HX-2026-0331).

Nos équipes analysent chaque candidature avec attention. Nous ne manquerons pas de revenir vers vous, quelle que soit l'issue donnée à votre candidature.

Nous vous remercions de votre confiance.

Le Groupe Hexalys""",
      company="Groupe Hexalys", fmt="alt", cte="qp"),

    m(A, "spanish_recruiter_ack", "es",
      "Javier Montes <javier.montes@selecta-partners.example.es>",
      "RE: CV Compliance Officer",
      """Hola Mathis,

Recibido tu CV, muchas gracias. Lo reviso con calma esta semana y te digo algo.

Saludos,
Javier Montes
Selecta Partners · Executive Search""",
      company="Selecta Partners", contact="javier.montes@selecta-partners.example.es",
      thread="CV Compliance Officer"),

    # ---- offers ----------------------------------------------------------------------------
    m(OF, "mutuelle_promesse_embauche", "fr",
      "Aurélie Chastang <aurelie.chastang@mutuelle-garonne.example.fr>",
      "Proposition d'embauche",
      """Bonjour Mathis,

Suite à votre entretien avec M. Cazenave, j'ai le plaisir de vous confirmer que nous souhaitons vous accueillir en tant que Responsable Conformité & Contrôle interne.

Vous trouverez ci-joint notre proposition d'embauche (CDI, statut cadre, rémunération annuelle brute de 72 000 €, prise de poste souhaitée au 1er septembre). Nous vous remercions de nous retourner un exemplaire signé avant le 15 juillet.

Nous sommes ravis à l'idée de vous compter parmi nous !

Bien cordialement,
Aurélie Chastang
Responsable RH
Mutuelle Garonne""",
      company="Mutuelle Garonne", contact="aurelie.chastang@mutuelle-garonne.example.fr",
      attach="Proposition_embauche_MOL.pdf", fmt="alt", cte="qp",
      date="2026-07-03 09:30 +0200"),

    m(OF, "verbal_offer_followup_en", "en",
      "Fiona McAllister <fiona.mcallister@harcourt-wealth.example.co.uk>",
      "Following our call",
      """Dear Mathis,

Further to our telephone conversation this afternoon, I'm delighted to confirm that we would like to offer you the position of Senior Compliance Manager.

As discussed, the base salary is GBP 85,000 plus a discretionary bonus, with 28 days' holiday. HR will send the formal offer letter and contract by Friday; the offer is conditional on satisfactory references and a basic DBS check.

Do let me know if you have any questions in the meantime. We very much hope you'll accept.

Kind regards,
Fiona""",
      company="Harcourt Wealth Management", contact="fiona.mcallister@harcourt-wealth.example.co.uk",
      date="2026-09-10 17:45 +0100"),

    m(OF, "cabinet_avocats_offre_courte", "fr",
      "Pierre-Alexandre Guého <pa.gueho@gueho-lemaire.example.fr>",
      "Votre collaboration",
      """Cher Mathis,

Nous avons le plaisir de vous proposer de rejoindre le cabinet en qualité de collaborateur (pôle Données personnelles & Conformité), rétrocession annuelle de 68 000 € HT, à compter du 2 novembre.

Je vous laisse revenir vers moi sur le principe ; Isabelle vous adressera ensuite le contrat de collaboration.

Bien à vous,
PA Guého

GUÉHO LEMAIRE - Avocats au Barreau de Paris""",
      company="Guého Lemaire", contact="pa.gueho@gueho-lemaire.example.fr", charset="windows-1252",
      date="2026-09-29 19:05 +0200"),

    m(OF, "conditional_offer_de", "de",
      "Sabine Hartmann <sabine.hartmann@bayernenergie.example.de>",
      "Ihr Vertragsangebot",
      """Sehr geehrter Herr Ouedraogo-Laurent,

wir freuen uns sehr, Ihnen die Position als Referent Compliance & Datenschutz anbieten zu können. Anbei erhalten Sie unseren Arbeitsvertrag in zweifacher Ausfertigung.

Das Angebot steht unter dem Vorbehalt der Vorlage eines einwandfreien Führungszeugnisses. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 31.05. zurück.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Sabine Hartmann
Bayerische Energiewerke AG""",
      company="Bayerische Energiewerke", contact="sabine.hartmann@bayernenergie.example.de",
      attach="Arbeitsvertrag_Ouedraogo-Laurent.pdf", charset="iso-8859-1", cte="qp",
      date="2026-05-19 10:10 +0200"),

    m(OF, "docusign_style_contract", "en",
      "Revontuli Systems via Ashby <no-reply@ashbyhq.com>",
      "Your offer from Revontuli Systems",
      """Hi Mathis,

We're thrilled to extend you an offer to join Revontuli Systems as Data Protection Counsel!

Please review and sign your offer letter here: https://app.ashbyhq.com/offer/revontuli/77b2e1

The offer is valid until 3 July 2026. If you have any questions, reach out to Aino Virtanen directly at aino.virtanen@revontuli.example.fi.

Tervetuloa - welcome aboard (we hope)!
Revontuli Systems Talent Team""",
      company="Revontuli Systems", contact="aino.virtanen@revontuli.example.fi",
      reply_to="Aino Virtanen <aino.virtanen@revontuli.example.fi>", fmt="alt",
      date="2026-06-22 15:00 +0300"),

    m(OF, "quebec_offre_emploi", "fr",
      "Marc-Antoine Gagnon <magagnon@hydro-nordique.example.ca>",
      "Offre d'emploi - Conseiller gouvernance des données",
      """Bonjour Mathis,

C'est avec grand plaisir que je te transmets ci-joint notre offre d'emploi pour le poste de Conseiller gouvernance des données, permanent, salaire de 98 500 $ par année.

L'offre est conditionnelle à la vérification des antécédents judiciaires et à l'obtention de ton permis de travail. Tu as jusqu'au 10 juillet pour nous confirmer ta décision.

Félicitations!
Marc-Antoine""",
      company="Hydro Nordique", contact="magagnon@hydro-nordique.example.ca",
      attach="Offre_emploi_HN.pdf",
      date="2026-07-02 11:00 -0400"),

    m(OF, "spanish_oferta", "es",
      "Marta Ruiz Calvo <marta.ruiz@energias-levante.example.es>",
      "Propuesta de incorporación",
      """Hola Mathis,

¡Enhorabuena! Nos alegra comunicarte que nos gustaría contar contigo como Analista de Riesgos ESG. Te adjunto la carta oferta con las condiciones (contrato indefinido, 52.000 € brutos anuales, incorporación el 1 de septiembre).

Cualquier duda, llámame.

Un abrazo,
Marta Ruiz Calvo
Energías de Levante""",
      company="Energías de Levante", contact="marta.ruiz@energias-levante.example.es",
      attach="Carta_oferta.pdf", fmt="alt",
      date="2026-05-26 13:00 +0200"),

    m(OF, "ngo_offer_fr_terse", "fr",
      "Ludivine Sarrazin <ludivine.sarrazin@solidarite-sans-frontieres.example.org>",
      "Bonne nouvelle",
      """Bonjour Mathis,

Le comité a choisi votre candidature ! Nous serions heureux de vous proposer le poste de Responsable contrôle interne & conformité bailleurs en CDI. Je vous appelle demain pour les détails (salaire, date de début), la lettre d'engagement suivra.

Bien à vous,
Ludivine""",
      company="Solidarité Sans Frontières", contact="ludivine.sarrazin@solidarite-sans-frontieres.example.org",
      date="2026-09-30 17:00 +0200"),

    m(OF, "australian_offer_letter", "en",
      "Workday <coralbay@myworkday.com>",
      "Offer of Employment - Coral Bay Resources",
      """Dear Mathis,

Congratulations! We are pleased to offer you the role of ESG Reporting Manager (Remote - Europe) with Coral Bay Resources.

Your Letter of Offer is available in your Workday inbox. Please review the terms and accept or decline by 25 September 2026.

Warm regards,
People & Culture
Coral Bay Resources""",
      company="Coral Bay Resources", fmt="html",
      date="2026-09-15 08:00 +1000"),

    m(OF, "chasseur_offre_relayee", "fr",
      "Clémence Vauquelin <clemence@altitude-search.example.fr>",
      "OFFRE !!",
      """Mathis !!

Ostrea Gestion revient vers nous : leur candidat a décliné, et ils te font une offre pour le poste de Responsable Conformité / RCCI. 85k fixe + 15% variable, démarrage dès que possible. Ils envoient la lettre d'offre demain.

Appelle-moi, on en parle !!

Clémence
Altitude Search""",
      company="Ostrea Gestion", contact="clemence@altitude-search.example.fr",
      date="2026-03-06 18:55 +0100"),
]
