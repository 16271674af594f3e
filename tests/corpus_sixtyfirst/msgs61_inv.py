"""Interview invitations for the sixty-first corpus (content only)."""

from msgs61_base import M, ics, outlook

MESSAGES = [
    M("interview_invitation", "ing_like_phone_screen", "fr",
      "Camille Horward <camille.horward@banque-meuse.example.be>", "Votre candidature – Contrôleur de gestion Retail",
      """Bonjour Amélie,

Merci pour votre candidature au poste de Contrôleur de gestion Retail. Votre profil a retenu notre attention et j'aimerais vous proposer un premier entretien téléphonique d'environ 20 minutes.

Seriez-vous disponible mardi 10 février entre 9h et 12h, ou jeudi 12 février après 14h ? Merci de me dire ce qui vous convient le mieux.

Bien à vous,

Camille Horward
Talent Acquisition Specialist
Banque de la Meuse
+32 2 228 44 90
""", company="Banque de la Meuse", contact="camille.horward@banque-meuse.example.be", cte="quoted-printable"),
    M("interview_invitation", "calendly_chasseur", "fr",
      "Olivier Dewaele <olivier@dewaele-executive.example.be>", "Opportunité DAF adjoint - Namur",
      """Bonjour Amélie,

Suite à votre réponse à mon message, je vous propose qu'on en parle de vive voix. Vous pouvez réserver un créneau de 30 minutes directement dans mon agenda :

https://calendly.com/olivier-dewaele/30min

Mon client est une PME industrielle namuroise (±250 personnes) qui cherche son futur DAF adjoint. Le package est attractif.

À très vite,
Olivier Dewaele
Dewaele Executive
GSM 0496 12 78 45
""", company="Dewaele Executive", contact="olivier@dewaele-executive.example.be", reply=True),
    M("interview_invitation", "assessment_center_selor", "fr",
      "Selor <noreply@bosa.example.be>", "Invitation : assessment center - AFG26031",
      """Madame,

Nous avons le plaisir de vous informer que vous avez réussi la présélection pour la fonction AFG26031 - Expert budget et contrôle de gestion (m/f/x) pour le SPF Mobilité et Transports.

Vous êtes invitée à l'assessment center qui aura lieu le mercredi 18 mars 2026 à 8h30, WTC III, boulevard Simon Bolivar 30, 1000 Bruxelles. Durée : une journée. Veuillez vous munir de votre carte d'identité.

Merci de confirmer votre présence via votre compte sur le Talent Portal avant le 11 mars.

Service Sélection - BOSA
""", company="SPF Mobilité et Transports", cte="quoted-printable"),
    M("interview_invitation", "entretien_daf_ics", "fr",
      "Isabelle Noël <isabelle.noel@solvane-chimie.example.com>", "Entretien avec notre DAF - jeudi 5 mars",
      """Bonjour Amélie,

Comme convenu par téléphone, je vous confirme votre entretien avec Monsieur Renard, notre Directeur Administratif et Financier, le jeudi 5 mars à 14h00 dans nos bureaux de Neder-Over-Heembeek (rue de Ransbeek 310). Vous trouverez l'invitation en pièce jointe.

Merci de vous présenter à l'accueil du bâtiment B, un badge visiteur vous sera remis.

Cordialement,
Isabelle Noël
HR Business Partner - Solvane
""", company="Solvane", contact="isabelle.noel@solvane-chimie.example.com",
      ics=ics("solvane-daf-2026-0305@solvane-chimie.example.com", "Entretien A. Vandenbroucke-Diallo / DAF",
              "20260305T130000Z", "20260305T140000Z", "isabelle.noel@solvane-chimie.example.com",
              location="Rue de Ransbeek 310, 1120 Bruxelles")),
    M("interview_invitation", "next_round_tu", "fr",
      "Mathis Leroy <mathis@greenbox-energie.example.fr>", "La suite ?",
      """Salut Amélie,

On a bien aimé notre échange de lundi avec Clara ! On aimerait te faire passer l'étape suivante : une étude de cas (modèle budgétaire, 1h30) puis un échange avec notre CFO dans la foulée.

Tu serais dispo le 24 ou le 26 à Lyon ? Sinon on peut le faire en visio.

À plus,
Mathis
Head of Finance – Greenbox Énergie
06 12 34 56 78
""", company="Greenbox Énergie", contact="mathis@greenbox-energie.example.fr"),
    M("interview_invitation", "teams_video_fr", "fr",
      "Recrutement AssurLux <recrutement@assurlux.example.lu>", "Invitation à un entretien vidéo",
      """Madame Vandenbroucke-Diallo,

Nous avons le plaisir de vous convier à un entretien vidéo pour le poste d'Analyste Solvabilité II / Reporting réglementaire.

Date : lundi 23 mars 2026
Heure : 10h00 (heure de Luxembourg)
Durée : 45 minutes
Lien Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzY4ZjQ5

Participants : Mme Schmit (Head of Actuarial Reporting) et M. Weber (HR).

Merci de bien vouloir confirmer votre présence en réponse à ce courriel.

Sincères salutations,
Service Recrutement
AssurLux S.A.
""", company="AssurLux", contact="recrutement@assurlux.example.lu", charset="iso-8859-1", cte="quoted-printable"),
    M("interview_invitation", "interim_tu_entretien_client", "fr",
      "Gaëlle Mertens <gaelle.mertens@optima-staffing.example.be>", "Bonne nouvelle !!!",
      """Hello Amélie !!!

Super nouvelle : mon client (secteur retail, siège à Gand) veut te rencontrer pour la mission de controller 6 mois !! Entretien jeudi à 11h chez eux, je t'envoie l'adresse par SMS.

Tu me confirmes vite stp ? 😊

Gaëlle
Optima
0478 90 12 34
""", company="Optima", contact="gaelle.mertens@optima-staffing.example.be"),
    M("interview_invitation", "tests_psychotechniques", "fr",
      "Le Forem - Service Recrutement <recrutement@forem.example.be>", "Convocation - épreuves de sélection",
      """Madame,

Dans le cadre de votre candidature à la fonction d'Attaché(e) financier(ère) - Direction financière du Forem, vous êtes convoquée aux tests psychotechniques et à l'épreuve écrite le samedi 7 février 2026 à 9h00, Boulevard Tirou 104, 6000 Charleroi.

Les candidat·e·s ayant réussi ces épreuves seront invité·e·s à un entretien oral.

Veuillez confirmer votre présence avant le 2 février.

Service Recrutement
Le Forem
""", company="Le Forem", contact="recrutement@forem.example.be"),
    M("interview_invitation", "big4_goodtime_fr", "fr",
      "Vanhove & Associés via GoodTime <scheduling@goodtime.example.io>", "Planifiez vos entretiens - Senior Audit Manager",
      """Bonjour Amélie,

Félicitations, vous passez au tour suivant ! Merci de sélectionner vos disponibilités pour les entretiens avec deux associés du département Audit (2 x 45 min) via le lien ci-dessous :

https://app.goodtime.example.io/availability/8f2c1e

Pour toute question, contactez Hélène Carpentier (helene.carpentier@vanhove-associes.example.be).

Vanhove & Associés
""", company="Vanhove & Associés", reply_to="Hélène Carpentier <helene.carpentier@vanhove-associes.example.be>",
      contact="helene.carpentier@vanhove-associes.example.be"),
    M("interview_invitation", "commune_jury_oral", "fr",
      "Commune d'Ixelles - GRH <grh@ixelles.example.be>", "Épreuve orale - Receveur communal adjoint",
      """Madame,

Suite à votre réussite de l'épreuve écrite (score : 14,5/20), nous avons l'honneur de vous inviter à l'épreuve orale devant le jury le mardi 28 avril 2026 à 10h15, salle du Conseil, Maison communale d'Ixelles.

L'épreuve consiste en un entretien de 40 minutes portant sur vos motivations et une mise en situation.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le Secrétaire communal
""", company="Commune d'Ixelles", contact="grh@ixelles.example.be", charset="windows-1252", cte="quoted-printable"),
    M("interview_invitation", "reply_chain_2e_entretien", "fr",
      "François Hubin <f.hubin@mutualia.example.be>", "RE: Candidature - Auditeur interne",
      """Bonjour Madame,

Merci pour votre retour rapide. Je vous propose donc le second entretien avec Madame Jacobs (Head of Internal Audit) le vendredi 15 mai à 9h30, au siège (chaussée de Haecht 579).

Pourriez-vous également nous transmettre un extrait de casier judiciaire (modèle 1) récent avant cette date ?

Bien cordialement,
François Hubin
Recrutement & Sélection | Mutualia
""" + outlook("Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>", "mardi 5 mai 2026 17:42",
              "François Hubin <f.hubin@mutualia.example.be>", "RE: Candidature - Auditeur interne",
              "Bonjour Monsieur Hubin,\n\nMerci pour ce premier entretien. Je suis disponible toute la semaine prochaine sauf le mercredi.\n\nBien à vous,\nAmélie Vandenbroucke-Diallo", lang="fr")
      + outlook("François Hubin", "mardi 5 mai 2026 11:02", "Amélie Vandenbroucke-Diallo", "Candidature - Auditeur interne",
                "Bonjour Madame,\n\nSuite à notre entretien de ce matin, nous souhaitons poursuivre avec vous. Quelles seraient vos disponibilités pour un second entretien ?\n\nCordialement,\nF. Hubin", lang="fr"),
      company="Mutualia", contact="f.hubin@mutualia.example.be", reply=True),
    M("interview_invitation", "recruitee_visio_paris", "fr",
      "Hexa Conseil <hexa-conseil@inbound.recruitee.example.com>", "Hexa Conseil : invitation à un échange",
      """Bonjour Amélie,

Nous avons étudié votre candidature pour le poste de Consultant(e) Senior Performance Financière avec beaucoup d'intérêt et souhaiterions échanger avec vous lors d'un premier entretien en visio (45 min).

Choisissez le créneau qui vous convient : https://hexaconseil.recruitee.example.com/o/consultant-senior/schedule/a81b

Répondez directement à ce message si aucun créneau ne vous convient.

Bien à vous,
Julien Marty
Talent Manager, Hexa Conseil
""", company="Hexa Conseil", reply_to="Julien Marty <julien.marty@hexa-conseil.example.fr>",
      contact="julien.marty@hexa-conseil.example.fr"),
    M("interview_invitation", "quick_chat_en", "en",
      "Sarah O'Donnell <sarah.odonnell@brightwater-pay.example.ie>", "Quick question",
      """Hi Amélie,

Saw your application come through for the Finance Business Partner role - would you be free for a quick chat sometime this week? 20 mins, just to get to know each other and talk through the role. Thursday afternoon works well on my side (Irish time).

Thanks,
Sarah

Sarah O'Donnell | Talent Partner | Brightwater Payments
Dublin 2, Ireland
""", company="Brightwater Payments", contact="sarah.odonnell@brightwater-pay.example.ie"),
    M("interview_invitation", "panel_onsite_uk", "en",
      "Recruitment Team <recruitment@harbourline-bank.example.co.uk>", "Interview invitation: Treasury Risk Analyst",
      """Dear Amélie,

Thank you for your application for the role of Treasury Risk Analyst. We are pleased to invite you to a panel interview at our London office:

Date: Tuesday 21 April 2026
Time: 14:00 - 15:15 BST
Venue: 8 Canada Square (ask for Harbourline at reception)
Panel: Mark Evans (Head of ALM), Dr. Aisha Khan (Treasury), Laura Pike (HR)

The interview will include a 15-minute presentation on a topic we will send you 48 hours beforehand. Please bring photo ID for building security.

Kindly confirm your attendance by replying to this email.

Yours sincerely,
Laura Pike
Recruitment Team, Harbourline Bank
""", company="Harbourline Bank", contact="recruitment@harbourline-bank.example.co.uk",
      ics=ics("hb-treasury-0421-avd@harbourline-bank.example.co.uk", "Panel interview - Treasury Risk Analyst",
              "20260421T130000Z", "20260421T141500Z", "recruitment@harbourline-bank.example.co.uk",
              location="8 Canada Square, London")),
    M("interview_invitation", "workday_selfschedule_en", "en",
      "Valmont Pharmaceuticals <valmont@myworkday.com>", "Action required: schedule your interview",
      """Hello Amelie,

You have been invited to schedule an interview for Job Requisition R-2026-0391 Finance Business Partner - R&D (Beerse, BE).

Please sign in to the candidate home page and select a time slot within the next 5 days:
https://valmont.wd3.myworkday.com/valmont/d/task/2997$1234.htmld

Interview type: Video (Microsoft Teams)
Duration: 60 minutes

Thank you,
Valmont Talent Acquisition

This is a system generated email. Replies to this mailbox are not monitored.
""", company="Valmont Pharmaceuticals"),
    M("interview_invitation", "moroccan_owned_en", "en",
      "Youssef El Amrani <y.elamrani@atlas-phosphates-eu.example.com>", "Next steps - Group Reporting Analyst",
      """Dear Ms Vandenbroucke-Diallo,

Further to your application, I am pleased to let you know that we'd love to move you to the next stage of our process. This will be a technical interview (IFRS consolidation and a short Excel exercise) with our Group Reporting Manager, in our Antwerp office or on Teams, as you prefer.

Could you please share 2-3 slots next week?

Best regards,
Youssef El Amrani
HR Officer - Atlas Phosphates Europe
Antwerp | Casablanca
""", company="Atlas Phosphates Europe", contact="y.elamrani@atlas-phosphates-eu.example.com"),
    M("interview_invitation", "brazilian_owned_en", "en",
      "Rafaela Cunha <rafaela.cunha@verdemar-foods.example.com>", "Re: your application",
      """Hi Amelie, how are you?

Our CFO Europe, Mr. Tavares, would like to meet you for the Controller position in Rotterdam. Is next Wednesday 3pm CET ok for you? It will be on Google Meet: https://meet.google.com/abc-defg-hij

Looking forward!
Rafaela Cunha
People & Culture | Verdemar Foods
""", company="Verdemar Foods", contact="rafaela.cunha@verdemar-foods.example.com", reply=True),
    M("interview_invitation", "agency_en_exclaim", "en",
      "Danny Whitlock <danny.w@prospero-people.example.co.uk>", "Great news!!",
      """Hi Amelie!!

Brilliant news - my client (a leading FTSE 250 insurer, can't say who just yet!) LOVED your CV and want to see you for a first stage video interview with the FD!! They've got Monday 4pm or Tuesday 9am UK time.

Which works best?? Give me a bell on +44 7700 900123 when you can!!

Cheers,
Danny
Prospero
""", company="Prospero", contact="danny.w@prospero-people.example.co.uk"),
    M("interview_invitation", "smartrecruiters_en", "en",
      "Oakridge Retail <noreply@smartrecruiters.example.com>", "Interview with Oakridge Retail",
      """Dear Amelie,

We would like to invite you to an interview for the position Senior Financial Analyst.

When: Friday, 12 June 2026, 10:00 - 10:45 (CEST)
Where: Microsoft Teams (link to follow from your interviewer)
Interviewer: Ben Maes, Finance Manager Benelux

If you are unable to attend, please use the link in your candidate portal to request a new time.

Kind regards,
Oakridge Retail Talent Team
""", company="Oakridge Retail",
      ics=ics("sr-oakridge-7781@smartrecruiters.example.com", "Interview: Senior Financial Analyst - Oakridge Retail",
              "20260612T080000Z", "20260612T084500Z", "noreply@smartrecruiters.example.com", location="Microsoft Teams")),
    M("interview_invitation", "hm_terse_en", "en",
      "Anil Kapoor <anil.kapoor@meridian-audit.example.com>", "Tomorrow?",
      """Amelie - can you do 30 min tmrw at 8.30 by phone? will call your GSM. Anil

Sent from Outlook for iOS
""", company="Meridian Audit", contact="anil.kapoor@meridian-audit.example.com"),
    M("interview_invitation", "de_einladung_formal", "de",
      "Sabine Krüger <sabine.krueger@domstadt-bank.example.de>", "Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Vandenbroucke-Diallo,

vielen Dank für Ihre Bewerbung als Referentin Treasury (m/w/d). Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Mittwoch, den 25. März 2026, um 10:00 Uhr in unsere Zentrale am Rheinufer 12, 50668 Köln, ein. Gesprächspartner sind Herr Dr. Vogt (Bereichsleiter Treasury) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Sabine Krüger
Personalreferentin
Domstadt Bank AG
""", company="Domstadt Bank", contact="sabine.krueger@domstadt-bank.example.de", charset="iso-8859-1", cte="quoted-printable"),
    M("interview_invitation", "de_telefoninterview_du", "de",
      "Lukas | Finlytics <lukas@finlytics.example.de>", "Kurzer Call?",
      """Hey Amélie,

danke für deine Bewerbung als Finance Manager! Hättest du Lust auf einen kurzen Call (ca. 30 Min.), damit wir uns gegenseitig kennenlernen? Such dir einfach einen Slot aus: https://cal.example.com/lukas-finlytics/intro

Viele Grüße aus Frankfurt
Lukas
Talent Acquisition @ Finlytics
""", company="Finlytics", contact="lukas@finlytics.example.de"),
    M("interview_invitation", "de_zweite_runde_ics", "de",
      "Teamtailor <noreply@teamtailor.example.com>", "Einladung: Zweites Gespräch bei Grünfeld Energie",
      """Hallo Amélie,

wir freuen uns, dich zur zweiten Runde einzuladen! Du sprichst mit unserer CFO Miriam Haas und einem Kollegen aus dem Controlling.

Termin: Donnerstag, 7. Mai 2026, 13:00-14:00 Uhr
Ort: Grünfeld Energie, Hohenzollernring 55, Köln

Die Kalendereinladung findest du im Anhang.

Bis bald!
Das Recruiting-Team von Grünfeld Energie
""", company="Grünfeld Energie", reply_to="Nina Bauer <nina.bauer@gruenfeld-energie.example.de>",
      contact="nina.bauer@gruenfeld-energie.example.de",
      ics=ics("tt-gruenfeld-2nd-5521@teamtailor.example.com", "Zweites Gespräch: Amélie Vandenbroucke-Diallo",
              "20260507T110000Z", "20260507T120000Z", "nina.bauer@gruenfeld-energie.example.de",
              location="Hohenzollernring 55, Köln")),
    M("interview_invitation", "es_entrevista_formal", "es",
      "Lucía Navarro <lucia.navarro@aguasdelmediterraneo.example.es>", "Entrevista - Analista de Tesorería",
      """Estimada Amélie:

Nos complace comunicarle que ha sido preseleccionada para el puesto de Analista de Tesorería. Nos gustaría mantener una entrevista con usted el próximo martes 19 de mayo a las 11:00 h en nuestras oficinas de Barcelona (Passeig de Gràcia 88) o, si lo prefiere, por videoconferencia.

Le rogamos que nos confirme su disponibilidad.

Atentamente,
Lucía Navarro
Técnica de Selección
Aguas del Mediterráneo
""", company="Aguas del Mediterráneo", contact="lucia.navarro@aguasdelmediterraneo.example.es", charset="iso-8859-1", cte="8bit"),
    M("interview_invitation", "es_charla_casual", "es",
      "Pablo Ortega <pablo@nubeconta.example.es>", "¿Hablamos?",
      """¡Hola Amélie!

He visto tu candidatura para Finance Lead en NubeConta y me ha encantado tu perfil. ¿Te apetece una llamada rápida esta semana para contarte más del puesto? ¿Jueves a las 17h te va bien?

Un saludo,
Pablo
Cofundador & CEO · NubeConta
""", company="NubeConta", contact="pablo@nubeconta.example.es"),
]
