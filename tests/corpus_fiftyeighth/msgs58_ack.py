"""Corpus 58: application acknowledgements and offers (data only)."""

from msgs58_build import Msg

A = "application_received"
OF = "offer"

MESSAGES = [
    Msg(A, "workday_volume_no_reply", "en", "Sterling Lakes Insurance", "",
        ("Sterling Lakes Insurance", "sterlinglakes@myworkday.com"),
        "Thank you for applying - Tax Analyst, Corporate Tax",
        """Dear Mathieu,

Thank you for applying for the Tax Analyst, Corporate Tax position (JR-2026-0518) at Sterling Lakes Insurance. We have received your application.

Our recruiters will review your qualifications. Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your experience matches our needs, a member of our team will contact you.

You can track the status of your application in Candidate Home.

Sterling Lakes Insurance Talent Acquisition"""),
    Msg(A, "desjardins_accuse_reception", "fr", "Caisse Desjardins de Lachine", "",
        ("Caisse Desjardins de Lachine", "desjardins@myworkday.com"),
        "Nous avons bien reçu votre candidature",
        """Bonjour Mathieu,

Merci d'avoir postulé au poste d'Analyste principal(e), planification financière. Nous avons bien reçu votre candidature.

Notre équipe l'examinera attentivement. Seules les personnes retenues pour la prochaine étape seront contactées. Malheureusement, nous ne sommes pas en mesure de fournir une rétroaction individuelle à ce stade.

Acquisition de talents
Caisse Desjardins de Lachine""",
        fmt="alt", cte="qp"),
    Msg(A, "greenhouse_thanks", "en", "Brightmill", "",
        ("Brightmill", "no-reply@us.greenhouse-mail.io"),
        "Thank you for applying to Brightmill",
        """Hi Mathieu,

Thanks for your interest in Brightmill! We've received your application for Revenue Operations Manager and our team is reviewing it now.

If your background looks like a match, someone from our recruiting team will reach out to set up a conversation. In the meantime, check out our blog to learn how we work.

Best,
Brightmill Recruiting""",
        fmt="alt"),
    Msg(A, "taleo_bilingue", "fr", "Banque Boréale du Canada", "",
        ("Banque Boréale du Canada", "recrutement@ca.taleo.net"),
        "Confirmation de candidature / Application confirmation - 2601447",
        """Bonjour Mathieu Tremblay-Okonkwo,

Nous accusons réception de votre candidature pour le poste Directeur(trice), Contrôle financier - Marchés des capitaux (2601447).

Si votre profil correspond aux exigences du poste, un membre de l'équipe Acquisition de talents communiquera avec vous.

---

Hello Mathieu Tremblay-Okonkwo,

We acknowledge receipt of your application for Director, Financial Control - Capital Markets (2601447).

If your profile matches the requirements of the position, a member of the Talent Acquisition team will contact you.

Banque Boréale du Canada""",
        fmt="html", cte="qp"),
    Msg(A, "indeed_apply_confirm_employer", "en", "Harrow Point Hotels", "",
        ("Indeed Apply", "indeedapply@indeed.example.com"),
        "Application submitted: Assistant Director of Finance - Harrow Point Hotels",
        """Your application has been submitted

Assistant Director of Finance
Harrow Point Hotels - Miami, FL

The employer will review your application and contact you if they would like to move forward. Good luck!

Your application included: Resume (Mathieu_TO_CV_2026.pdf)

Indeed Apply - you received this email because you applied for a job on Indeed.""",
        fmt="html"),
    Msg(A, "jobillico_fr", "fr", "Transports Beaulac", "",
        ("Jobillico", "ne-pas-repondre@jobillico.example.com"),
        "Votre candidature a été transmise à Transports Beaulac inc.",
        """Bonjour Mathieu,

Votre candidature pour le poste de Contrôleur(euse) a bien été transmise à l'employeur Transports Beaulac inc.

L'employeur communiquera directement avec vous si votre profil est retenu.

Bonne chance!
L'équipe Jobillico""",
        fmt="html", charset="iso-8859-1", cte="qp"),
    Msg(A, "smartrecruiters_no_feedback", "en", "Cobalt Health Partners", "",
        ("Cobalt Health Partners", "noreply@smartrecruiters.com"),
        "Your application has been received",
        """Dear Mathieu,

Thank you for applying for the position of Manager, Revenue Cycle Finance at Cobalt Health Partners. This email confirms we have received your application.

We review every application carefully. Unfortunately, we are unable to provide individual feedback at this stage, and only shortlisted candidates will be contacted.

Sincerely,
Talent Acquisition
Cobalt Health Partners"""),
    Msg(A, "gc_jobs_submitted", "en", "Financial Transactions Oversight Agency of Canada", "",
        ("GC Jobs / Emplois GC", "noreply-nepasrepondre@jobs-emplois.example.gc.ca"),
        "Application submitted - 26-FTO-EA-0042 / Candidature soumise",
        """Your application to selection process 26-FTO-EA-0042, Financial Officer (FI-02), Financial Transactions Oversight Agency of Canada, has been submitted successfully on 2026-01-19 at 22:41 (ET).

You may modify your application until the closing date.

Votre candidature au processus de sélection 26-FTO-EA-0042 a été soumise avec succès.

Please do not reply to this e-mail."""),
    Msg(A, "small_firm_personal_ack", "fr", "Gagnon Bérubé CPA", "sophie.berube@gagnonberube.example.ca",
        ("Sophie Bérubé", "sophie.berube@gagnonberube.example.ca"),
        "CV reçu",
        """Bonjour Mathieu,

Juste un mot pour te dire que j'ai bien reçu ton CV pour le poste de chef d'équipe en audit. On est en pleine saison des impôts, alors je vais regarder les candidatures la semaine du 23 mars. Je te reviens à ce moment-là.

Sophie

Sophie Bérubé, CPA
Gagnon Bérubé CPA"""),
    Msg(A, "lever_ack_fr", "fr", "Studio Pixelbrume", "",
        ("Studio Pixelbrume", "no-reply@hire.lever.co"),
        "Merci pour ta candidature chez Studio Pixelbrume!",
        """Salut Mathieu,

On a bien reçu ta candidature pour le poste de Comptable principal(e). Merci de t'intéresser à Pixelbrume!

Notre équipe lit chaque candidature (oui, vraiment). Compte tenu du volume, on ne pourra pas répondre à tout le monde individuellement, mais si ton profil correspond, on te contacte d'ici deux semaines.

L'équipe Talents
Studio Pixelbrume""",
        fmt="alt", cte="b64"),
    Msg(A, "es_recibido_cv", "es", "Nubia Pagos", "",
        ("Nubia Pagos Talent", "jobs@nubiapagos.example.es"),
        "Hemos recibido tu candidatura",
        """¡Hola Mathieu!

Gracias por aplicar a la posición de Controller Financiero en Nubia Pagos. Hemos recibido tu candidatura correctamente.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas. Por el volumen de candidaturas, no podemos responder a todas de forma individual.

Un saludo,
Equipo de Talento de Nubia Pagos""",
        fmt="alt", cte="qp"),
    Msg(A, "es_mx_acuse", "es", "Grupo Financiero Altamira", "",
        ("Grupo Financiero Altamira", "talento@grupoaltamira.example.com.mx"),
        "Confirmación de registro - Gerente de Planeación Financiera",
        """Estimado Mathieu:

Le confirmamos que su postulación para la vacante Gerente de Planeación Financiera ha sido registrada exitosamente en nuestro sistema.

En caso de que su perfil sea seleccionado para continuar en el proceso, nuestro equipo se comunicará con usted.

Atracción de Talento
Grupo Financiero Altamira""",
        charset="iso-8859-1", cte="qp"),
    Msg(A, "de_eingangsbestaetigung", "de", "Rheinfeld Versicherung", "",
        ("Rheinfeld Versicherung Karriere", "karriere-noreply@rheinfeld-versicherung.example.de"),
        "Eingangsbestätigung Ihrer Bewerbung - Kennziffer 2026-114",
        """Sehr geehrter Herr Tremblay-Okonkwo,

vielen Dank für Ihre Bewerbung als Senior Controller (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis, dass dies einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinfeld Versicherung AG""",
        fmt="alt", charset="iso-8859-1", cte="qp"),
    Msg(A, "de_personio_danke", "de", "Kontor Neun", "",
        ("Kontor Neun", "notifications@kontor-neun.jobs.personio.de"),
        "Danke für deine Bewerbung!",
        """Hallo Mathieu,

vielen Dank für deine Bewerbung als Finance Manager (m/w/d)! Wir haben deine Unterlagen erhalten und schauen sie uns in Ruhe an. Du hörst in den nächsten zwei Wochen von uns.

Liebe Grüße
Dein People-Team von Kontor Neun""",
        fmt="html"),
    Msg(A, "ukg_hospital_ack", "en", "St. Brendan's Health Centre", "",
        ("St. Brendan's Health Centre", "donotreply@ultipro.example.com"),
        "Application Received - Payroll Supervisor (Req 2026-0391)",
        """Dear Mathieu Tremblay-Okonkwo,

Thank you for your interest in the Payroll Supervisor position at St. Brendan's Health Centre. Your application has been successfully received.

Please note that unfortunately we are unable to provide individual feedback at this stage. Applicants selected for an interview will be contacted by a member of our Human Resources team.

St. Brendan's Health Centre is committed to employment equity and welcomes applications from all qualified individuals.

Human Resources
St. Brendan's Health Centre
Halifax, NS""",
        fmt="html", charset="windows-1252", cte="qp"),
    Msg(A, "agency_submitted_to_client", "en", "Quarry Point Energy", "r.patel@westbankfinancepeople.example.com",
        ("Raj Patel", "r.patel@westbankfinancepeople.example.com"),
        "Submitted!",
        """Hi Mathieu,

Just confirming I've submitted your profile to Quarry Point Energy for the Senior Financial Analyst role this morning. Their process usually takes 1-2 weeks to get feedback so I'll keep you posted as soon as I hear anything.

Cheers,
Raj Patel
Westbank Finance People | Calgary
403-555-0137"""),
    Msg(A, "ashby_ack", "en", "Tallystream", "",
        ("Tallystream", "no-reply@ashbyhq.com"),
        "Thanks for applying to Tallystream",
        """Hi Mathieu,

Thanks for applying for Head of Finance Operations at Tallystream. We've got your application and will review it soon.

Because we get a lot of applications, we can't always reply to every applicant individually, but we'll reach out if there's a fit.

Team Tallystream""",
        fmt="alt"),
    Msg(A, "dayforce_retailer_fr", "fr", "Maison Lareau", "",
        ("Maison Lareau - Carrières", "noreply@dayforcehcm.example.com"),
        "Maison Lareau : confirmation de réception",
        """Bonjour Mathieu,

Merci de l'intérêt que vous portez à Maison Lareau! Votre candidature au poste de Directeur(trice) adjoint(e), Finances - Siège social a bien été reçue.

Nous communiquerons uniquement avec les personnes dont la candidature sera retenue pour une entrevue.

L'équipe Talent
Maison Lareau""",
        fmt="html", cte="qp"),
    Msg(A, "univ_job_posting_ack", "fr", "Université de Sherbrooke-Est", "",
        ("Service des ressources humaines - USE", "rh-ne-pas-repondre@usherbrooke-est.example.ca"),
        "Accusé de réception - Affichage 2026-ADM-0212",
        """Madame, Monsieur,

Nous accusons réception de votre candidature à l'affichage 2026-ADM-0212 (Conseiller aux finances, Service des finances).

Veuillez noter que seules les personnes retenues pour une entrevue seront contactées. Nous vous remercions de l'intérêt que vous portez à l'Université de Sherbrooke-Est.

Service des ressources humaines""",
        charset="iso-8859-1"),
    Msg(A, "jobvite_media_ack", "en", "Northlight Media Group", "",
        ("Northlight Media Group", "notification@jobvite.com"),
        "Northlight Media Group: We've received your application",
        """Hello Mathieu,

Thank you for applying to Northlight Media Group for the role of Manager, Financial Planning & Analysis (New York, NY). Your application has been received and will be reviewed by our hiring team.

Should your skills and experience match our needs, we will be in touch to discuss next steps.

Regards,
Northlight Media Group Recruiting""",
        fmt="html"),
    # offers
    Msg(OF, "pleased_to_offer_pdf", "en", "Pivotal Ledger", "s.obi@pivotalledger.example.com",
        ("Samuel Obi", "s.obi@pivotalledger.example.com"),
        "Offer - Controller, Pivotal Ledger",
        """Hi Mathieu,

On behalf of everyone at Pivotal Ledger, I'm pleased to offer you the position of Controller, reporting to Rachel Stein, CFO. Your offer letter is attached, with the base salary of $138,000, 15% target bonus and the equity grant we discussed.

The offer is conditional on satisfactory reference and background checks. Please review and sign via the DocuSign link by Friday, June 26.

Congratulations - Rachel and the team are really excited.

Samuel""",
        attach="Pivotal_Ledger_Offer_Letter_MTO.pdf"),
    Msg(OF, "verbal_offer_followup_fr", "fr", "Paie Nordique", "camille@paienordique.example.ca",
        ("Camille Tran", "camille@paienordique.example.ca"),
        "Suite à notre appel",
        """Salut Mathieu,

Comme promis au téléphone tantôt, voici le résumé de notre offre pour le poste de Responsable des opérations de paie :

- Salaire : 98 000 $ par année
- 4 semaines de vacances dès la première année
- REER collectif avec contribution de l'employeur de 5 %
- Date d'entrée : 4 mai 2026

La lettre d'offre officielle suivra demain via DocuSign. On est vraiment contents!!

Camille""",
        cte="qp"),
    Msg(OF, "conditional_gov_offer", "en", "Department of Northern Infrastructure Finance", "ntf-staffing@dnif.example.gc.ca",
        ("Staffing - DNIF", "ntf-staffing@dnif.example.gc.ca"),
        "Conditional offer of employment - FI-03",
        """Dear Mr. Tremblay-Okonkwo,

I am pleased to inform you that you are being offered an indeterminate appointment to the position of Financial Management Advisor (FI-03) with the Department of Northern Infrastructure Finance.

This offer is conditional upon obtaining and maintaining a Secret security clearance and confirmation of your CPA designation. The formal letter of offer is attached; please sign and return it within five (5) business days.

Staffing Unit - Department of Northern Infrastructure Finance""",
        attach="Letter_of_offer_FI03_26-DNIF-IA-017.pdf"),
    Msg(OF, "fr_lettre_offre_formelle", "fr", "Hydrovolt Québec", "isabelle.gauthier@hydrovolt.example.ca",
        ("Isabelle Gauthier", "isabelle.gauthier@hydrovolt.example.ca"),
        "Offre d'emploi - Analyste principal, contrôle de gestion",
        """Bonjour Mathieu,

Nous avons le plaisir de vous offrir le poste d'analyste principal, contrôle de gestion, au sein de la Direction Finances d'Hydrovolt Québec. Vous trouverez en pièce jointe la lettre d'offre détaillant les conditions salariales et les avantages sociaux.

Cette offre est conditionnelle à la vérification de vos antécédents judiciaires et de votre dossier de crédit. Nous vous saurions gré de nous retourner la lettre signée d'ici le 10 avril.

Félicitations et bienvenue parmi nous!

Isabelle Gauthier
Conseillère principale, acquisition de talents
Hydrovolt Québec""",
        attach="Lettre_offre_Tremblay-Okonkwo.pdf", cte="qp"),
    Msg(OF, "agency_offer_exclaim", "en", "Pinecrest Retail Group", "devon@talentharbour.example.com",
        ("Devon Clarke", "devon@talentharbour.example.com"),
        "YOU GOT IT!!!",
        """MATHIEU!!! Pinecrest just called - they want to make you an offer for the FP&A Manager role!! $112k base + 10% bonus, start date flexible. They're sending the formal offer letter tomorrow but I wanted you to hear it from me first!!!

Call me when you can so we can talk through it!!

Devon
C: 647-555-0109"""),
    Msg(OF, "de_vertragsangebot", "de", "Auenwerk Medizintechnik", "j.hartmann@auenwerk.example.de",
        ("Julia Hartmann", "j.hartmann@auenwerk.example.de"),
        "Ihr Vertragsangebot",
        """Sehr geehrter Herr Tremblay-Okonkwo,

wir freuen uns sehr, Ihnen die Position als Referent Konzerncontrolling anbieten zu dürfen. Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. Juli zurück. Für Fragen zum Relocation-Paket steht Ihnen Herr Dr. Weber gern zur Verfügung.

Mit freundlichen Grüßen
Julia Hartmann
Auenwerk Medizintechnik GmbH""",
        attach="Arbeitsvertrag_Tremblay-Okonkwo.pdf", charset="iso-8859-1", cte="qp"),
    Msg(OF, "es_oferta_carta", "es", "Banco Meridiano", "lucia.herrera@bancomeridiano.example.com.mx",
        ("Lucía Herrera", "lucia.herrera@bancomeridiano.example.com.mx"),
        "Propuesta económica - Subgerente de Contraloría",
        """Hola Mathieu,

¡Muchas felicidades! Nos da mucho gusto compartirte que has sido seleccionado para la posición de Subgerente de Contraloría. Te adjunto la carta oferta con la propuesta económica y prestaciones.

La oferta está sujeta a la validación de referencias y al estudio socioeconómico. ¿Podrías confirmarnos tu aceptación a más tardar el viernes?

Saludos,
Lucía Herrera
Banco Meridiano""",
        attach="Carta_oferta_MTO.pdf"),
    Msg(OF, "caisse_offer_esign", "fr", "Caisse Desjardins de Lachine", "marie-eve.ouellet@desjardins-lachine.example.ca",
        ("Marie-Ève Ouellet", "marie-eve.ouellet@desjardins-lachine.example.ca"),
        "Offre - Conseiller(ère) principal(e) FP&A",
        """Bonjour Mathieu,

Suite à nos échanges, c'est avec grand plaisir que je vous confirme notre offre pour le poste de conseiller principal FP&A. Le contrat de travail est prêt à être signé électroniquement; vous recevrez un courriel de notre plateforme de signature dans l'heure.

Les détails (salaire de 104 500 $, boni cible, régime de retraite) sont dans le contrat. N'hésitez pas à m'appeler si vous avez des questions.

Marie-Ève Ouellet
Conseillère, acquisition de talents
Caisse Desjardins de Lachine
514 555-0140"""),
    Msg(OF, "startup_offer_casual", "en", "Copperleaf Games", "g.haddad@copperleafgames.example.com",
        ("Georges Haddad", "g.haddad@copperleafgames.example.com"),
        "the offer",
        """Mathieu - as discussed on the phone, we'd love to have you as Studio Controller. Offer letter from HR coming through shortly, base is 118k plus the usual profit sharing. Take the weekend to think about it, no rush.

Georges"""),
    Msg(OF, "uk_firm_offer_contract", "en", "Kestrel Ridge Advisory", "h.greaves@kestrelridge.example.co.uk",
        ("Harriet Greaves", "h.greaves@kestrelridge.example.co.uk"),
        "Kestrel Ridge - contract of employment",
        """Dear Mathieu,

Further to your final interview with the partners, I am delighted to confirm Kestrel Ridge Advisory's offer of employment for the role of Tax Technology Manager in our Montreal office.

Please find attached your contract of employment and our employee handbook. Kindly sign and return the contract at your earliest convenience; do revert should you have any queries.

Kind regards,
Harriet Greaves
HR Manager, Kestrel Ridge Advisory LLP""",
        attach="KestrelRidge_Contract_MTremblayOkonkwo.pdf"),
]
