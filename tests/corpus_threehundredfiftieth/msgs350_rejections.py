"""Rejections of the threehundredfiftieth corpus (outside the threads): every soft or plain "no"."""

from __future__ import annotations

from msgs350_common import M, html_of, outlook, reply

MESSAGES = []
add = MESSAGES.append
R = "rejection"

# ------------------------------------------------------------------ English
add(M("northgate_lever_no", R, "en", "Northgate Diagnostics", "",
      ("Northgate Diagnostics", "no-reply@hire.lever.co"),
      "Your application to Northgate Diagnostics", "2026-01-26 17:02 +0000",
      """Hi Rosalind,

Thank you for your interest in the Key Account Manager - Veterinary Reference Laboratory
role at Northgate Diagnostics, and for the time you put into your application.

We've now reviewed all applications and, on this occasion, we will not be inviting you to
interview. The role attracted a very high number of applicants, and we've shortlisted those
with direct experience of selling laboratory services.

We'll keep your details on file for six months in line with our privacy notice.

Kind regards,
The Northgate Diagnostics Recruitment Team
Manchester Science Park, Manchester M15 6SE
""", fmt="alt", html=html_of("""Hi Rosalind,

Thank you for your interest in the Key Account Manager - Veterinary Reference Laboratory
role at Northgate Diagnostics, and for the time you put into your application.

We've now reviewed all applications and, on this occasion, we will not be inviting you to
interview. The role attracted a very high number of applicants, and we've shortlisted those
with direct experience of selling laboratory services.

We'll keep your details on file for six months in line with our privacy notice.

Kind regards,
The Northgate Diagnostics Recruitment Team""", "Northgate Diagnostics", "#00727a")))

add(M("pennine_sr_no", R, "en", "Pennine Farmers Feed Co-operative", "",
      ("Pennine Farmers Feed Co-operative", "noreply@smartrecruiters.com"),
      "Update on your application: Ruminant Nutrition Sales Specialist", "2026-02-19 09:31 +0000",
      """Dear Rosalind,

Thank you for applying for the Ruminant Nutrition Sales Specialist position at Pennine
Farmers Feed Co-operative.

After careful consideration, we have decided to move forward with candidates whose
experience more closely matches the requirements of this role, particularly on-farm
nutrition advice for dairy and beef units.

We appreciate your interest in our co-operative and wish you every success in the future.

Best regards,
Pennine Farmers Feed Co-operative
Recruitment Team

Powered by SmartRecruiters
""", cte="quoted-printable"))

add(M("halcyon_icims_filled", R, "en", "Halcyon Animal Health", "",
      ("Halcyon Animal Health Careers", "donotreply@icims.com"),
      "Halcyon Animal Health - Requisition 2026-1187 Sales Representative, South Wales",
      "2026-03-04 13:15 +0000",
      """Dear Rosalind Achterberg-Osei,

We are writing to update you on requisition 2026-1187, Sales Representative - Companion
Animal, South Wales.

This position has now been filled by an internal candidate. As a result, your application
for this requisition has been closed.

We encourage you to visit our careers site regularly and to apply for other positions that
match your skills and interests.

Sincerely,
Halcyon Animal Health Talent Acquisition

Please do not reply to this message. This mailbox is not monitored.
""", charset="iso-8859-1"))

SEVERN = ("Niamh Hollis", "niamh.hollis@severnsales.example.co.uk")
add(M("severn_marlowe_no", R, "en", "Marlowe Pet Foods", "niamh.hollis@severnsales.example.co.uk",
      SEVERN, "Marlowe Pet Foods - feedback", "2026-03-12 12:44 +0000",
      """Hi Rosalind,

I've just had feedback from Marlowe Pet Foods on the Veterinary Channel Manager role in
Reading. I'm sorry to say they won't be taking you forward to the second interview - they
felt you interviewed really well on the clinical side but they've gone with someone who has
managed a sales budget before.

I know that's disappointing. I'll keep my eyes open for similar roles; there are two or
three vet-channel jobs I'm expecting to come in next month and you'd be a strong fit.

Speak soon,

Niamh Hollis
Senior Consultant - Animal Health & Veterinary
Severn Sales Recruitment | Temple Quay, Bristol BS1 6DG
T: 0117 496 0210 | M: 07700 900 315
"""))

add(M("severn_unnamed_no", R, "en", "Severn Sales Recruitment",
      "niamh.hollis@severnsales.example.co.uk", SEVERN,
      "Re: Medical Sales Rep (animal health) - Cardiff", "2026-05-06 16:27 +0100",
      reply("""Hi Rosalind,

Quick update on the Cardiff role with my client (the animal-health manufacturer we spoke
about). They've reviewed the shortlist and unfortunately decided not to progress your
application; they're prioritising candidates who already hold the NAHP qualification.

Happy to talk about how we could get you there - it's a short course.

Niamh""", "On 29 Apr 2026, at 10:02, Rosalind Achterberg-Osei "
            "<rosalind.achterberg@example.co.uk> wrote:",
            """Hi Niamh,

Thanks for the call - yes, please do send my CV over for the Cardiff role.

Rosalind"""), cte="quoted-printable"))

add(M("kestrel_unnamed_no", R, "en", "Kestrel Life Science Search",
      "h.ferreira-long@kestrelsearch.example.com",
      ("Helena Ferreira-Long", "h.ferreira-long@kestrelsearch.example.com"),
      "Confidential search - Technical Sales Lead", "2026-07-08 18:05 +0100",
      """Dear Rosalind,

Thank you again for meeting my client's UK commercial director last Thursday. I have now
received their decision: they have chosen to proceed with another finalist, whose
experience in production-animal diagnostics was felt to be a closer fit for the first
eighteen months of the role.

Their feedback on you was warm - in particular your structured answer on practice
adoption barriers - and I would like to stay in touch for future mandates.

With kind regards,

Helena Ferreira-Long
Partner, Animal Health Practice
Kestrel Life Science Search | 1 King William Street, London EC4N 7AR

CONFIDENTIALITY: This message may contain confidential information about a client search.
If you are not the intended recipient, please delete it and inform the sender.
""", fmt="alt", html=html_of("""Dear Rosalind,

Thank you again for meeting my client's UK commercial director last Thursday. I have now
received their decision: they have chosen to proceed with another finalist, whose
experience in production-animal diagnostics was felt to be a closer fit for the first
eighteen months of the role.

Their feedback on you was warm - in particular your structured answer on practice
adoption barriers - and I would like to stay in touch for future mandates.

With kind regards,

Helena Ferreira-Long
Partner, Animal Health Practice
Kestrel Life Science Search"""), cte="base64"))

add(M("vanderhoek_recruitee_cancel", R, "en", "Vanderhoek Veterinary Diagnostics", "",
      ("Vanderhoek Veterinary Diagnostics", "no-reply@recruitee.com"),
      "Regarding your application: Sales Specialist Benelux & UK", "2026-04-16 10:40 +0200",
      """Dear Rosalind,

Thank you for applying for the position of Sales Specialist Benelux & UK at Vanderhoek
Veterinary Diagnostics in Utrecht.

Due to a change in our commercial strategy, we have decided to cancel this vacancy. This
means we will not proceed with any of the applications we received, including yours.

We are sorry for any inconvenience and thank you for your interest in Vanderhoek.

Kind regards,
Sanne de Wit
HR Advisor
Vanderhoek Veterinary Diagnostics | Yalelaan 44, 3584 CM Utrecht
"""))

add(M("orchard_bamboo_no", R, "en", "Orchard Lane Veterinary Group",
      "sophie.kerr@orchardlanevets.example.co.uk",
      ("Orchard Lane Veterinary Group", "notifications@bamboohr.com"),
      "Practice Growth Coordinator - Orchard Lane Veterinary Group", "2026-04-21 11:11 +0100",
      """Hi Rosalind,

Thank you for applying for the Practice Growth Coordinator role and for your patience while
we reviewed applications.

We have decided not to move forward with your application at this time. It was a difficult
decision, as we had many strong applicants.

If you'd like brief feedback, just reply to this email and I'll be happy to help.

Thanks again,
Sophie Kerr
People & Culture Manager
Orchard Lane Veterinary Group, Reading
""", reply_to=("Sophie Kerr", "sophie.kerr@orchardlanevets.example.co.uk")))

add(M("albion_taleo_suspended", R, "en", "Albion Animal Pharma", "",
      ("Albion Animal Pharma Recruiting", "albion@taleo.net"),
      "Job Submission Update - Territory Account Manager (Job Number 26000412)",
      "2026-05-19 07:58 +0100",
      """Dear Rosalind,

Thank you for your interest in Albion Animal Pharma and in the Territory Account Manager
position (Job Number 26000412).

Due to an internal reorganisation of our UK commercial team, the recruitment process for
this position has been suspended. We will therefore not be proceeding with your application.
Should the position be re-opened in the future, it will be advertised on our careers site
and you are welcome to apply again.

We thank you for the time you invested in your application.

Albion Animal Pharma - Global Talent Acquisition

*** This is an automatically generated email, please do not reply ***
""", charset="windows-1252", cte="quoted-printable"))

add(M("dunmore_after_interview", R, "en", "Dunmore Pet Insurance",
      "callum.reid@dunmorepet.example.co.uk", ("Callum Reid", "callum.reid@dunmorepet.example.co.uk"),
      "Your second interview with Dunmore", "2026-06-03 15:40 +0100",
      html_of("""Dear Rosalind,

Thank you for coming to Haymarket on Monday for your second interview for our Veterinary
Practice Relationship Manager post. The panel enjoyed meeting you.

I'm afraid I have disappointing news. We have offered the position to another candidate,
whose experience of insurance claims handling gave them the edge. It was a very close call.

I'd be glad to give you more detailed feedback by phone if you'd find that useful.

Kind regards,
Callum Reid
Recruitment Manager | Dunmore Pet Insurance
12 Haymarket Yards, Edinburgh EH12 5BH""", "Dunmore Pet Insurance", "#c0392b"), fmt="html",
      cte="quoted-printable"))

MERIDIAN_TEAM = ("Meridian Pharma Sales Staffing", "candidates@meridiansales.example.com")
add(M("meridian_caledon_no", R, "en", "Caledon Animal Health", "tariq.bains@meridiansales.example.com",
      MERIDIAN_TEAM, "Caledon Animal Health - Edinburgh Territory Manager: update",
      "2026-07-22 09:14 +0100",
      """Hello Rosalind,

Thanks for your patience on the Edinburgh Territory Manager vacancy with Caledon Animal
Health.

Caledon have now completed their first-round reviews and, I'm sorry to say, they have
decided not to shortlist you on this occasion. Their hiring manager is looking for someone
already based in Scotland who can start quickly.

Please reply to me directly (not the team inbox) if you'd like to chat about other roles.

Best regards,
Tariq Bains
Recruitment Consultant | Meridian Pharma Sales Staffing
""", reply_to=("Tariq Bains", "tariq.bains@meridiansales.example.com")))

add(M("vetcareers_declined", R, "en", "Westcountry Vet Partners", "",
      ("VetCareers Hub", "noreply@vetcareershub.example.com"),
      "Update on your application: Clinical Sales Liaison at Westcountry Vet Partners",
      "2026-08-12 06:30 +0100",
      """Hi Rosalind,

Westcountry Vet Partners has reviewed your application for Clinical Sales Liaison
(Exeter, full time) and has decided not to progress it further.

Don't be discouraged - there are 48 new animal-health sales jobs on VetCareers Hub this
week. Keep your profile up to date to be seen by more employers.

The VetCareers Hub team

You received this email because you applied through VetCareers Hub.
""", fmt="alt", html=html_of("""Hi Rosalind,

Westcountry Vet Partners has reviewed your application for Clinical Sales Liaison
(Exeter, full time) and has decided not to progress it further.

Don't be discouraged - there are 48 new animal-health sales jobs on VetCareers Hub this
week. Keep your profile up to date to be seen by more employers.

The VetCareers Hub team""", "VetCareers Hub", "#e67e22")))

# ------------------------------------------------------------------ French
add(M("sorelis_workday_non", R, "fr", "Laboratoires Sorelis", "",
      ("Laboratoires Sorelis - Recrutement", "sorelis@myworkday.com"),
      "Votre candidature - Délégué(e) vétérinaire animaux de compagnie",
      "2026-02-25 08:02 +0100",
      """Bonjour Rosalind,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Sorelis et du temps
consacré à votre candidature au poste de Délégué(e) vétérinaire animaux de compagnie.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous
ne donnerons pas une suite favorable à votre candidature. Nous avons en effet retenu des
profils disposant d'une expérience confirmée de la visite médicale vétérinaire.

Nous conservons vos coordonnées afin de pouvoir vous recontacter si une opportunité
correspondant à votre profil se présentait.

Cordialement,
La Direction des Ressources Humaines
Laboratoires Sorelis - Lyon
""", fmt="alt", html=html_of("""Bonjour Rosalind,

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Sorelis et du temps
consacré à votre candidature au poste de Délégué(e) vétérinaire animaux de compagnie.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous
ne donnerons pas une suite favorable à votre candidature.

Cordialement,
La Direction des Ressources Humaines""", "Laboratoires Sorelis", "#004b87"),
      cte="quoted-printable", subj_enc=("iso-8859-1", "q")))

add(M("gamelle_interne", R, "fr", "Maison Gamelle", "lucie.brunet@maisongamelle.example.fr",
      ("Lucie Brunet", "lucie.brunet@maisongamelle.example.fr"),
      "Poste de chargée de développement réseau vétérinaire", "2026-04-09 14:20 +0200",
      """Bonjour Madame Achterberg-Osei,

Je reviens vers vous au sujet de votre candidature pour le poste de chargée de
développement réseau vétérinaire.

Le poste a finalement été pourvu en interne par une collaboratrice de notre service
consommateurs, qui connaissait déjà bien nos gammes. Nous ne pourrons donc pas poursuivre
le processus avec vous.

Je vous remercie sincèrement pour l'intérêt porté à Maison Gamelle et vous souhaite bonne
chance dans vos recherches.

Lucie Brunet
Chargée de recrutement
Maison Gamelle - Croquettes et pâtées artisanales
12 rue de la Charité, 69002 Lyon
""", charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "b")))

add(M("montslyonnais_non", R, "fr", "Coopérative des Monts du Lyonnais", "",
      ("Coopérative des Monts du Lyonnais", "noreply@smartrecruiters.com"),
      "Suite donnée à votre candidature", "2026-05-27 10:00 +0200",
      """Madame,

Nous avons bien étudié votre candidature au poste de Technico-commercial(e) nutrition
animale - ruminants, et nous vous en remercions.

Malheureusement, nous avons retenu des candidatures dont le profil correspond davantage aux
besoins du poste, notamment en matière de conseil en élevage laitier.

Nous vous souhaitons pleine réussite dans vos démarches.

Le service Ressources Humaines
Coopérative des Monts du Lyonnais - 69590 Saint-Symphorien-sur-Coise
""", cte="base64"))

add(M("vernay_confluence_non", R, "fr", "Cliniques Vétérinaires Confluence",
      "j.vernay@vernay-conseil.example.fr", ("Julien Vernay", "j.vernay@vernay-conseil.example.fr"),
      "Retour des Cliniques Confluence", "2026-06-12 18:10 +0200",
      """Bonjour Rosalind,

J'ai eu ce matin le retour des Cliniques Vétérinaires Confluence pour le poste de
responsable partenariats. Ils ont apprécié votre échange avec le Dr Moreau mais ne
souhaitent pas donner suite : ils privilégient finalement un profil déjà installé dans la
région, disponible immédiatement.

Je suis désolé pour cette réponse. Je continue de vous tenir informée des postes qui
pourraient vous correspondre.

Bien cordialement,
Julien Vernay
Vernay Conseil
""", cte="quoted-printable", charset="windows-1252"))

add(M("assurcompagnon_suspendu", R, "fr", "Assur'Compagnon", "",
      ("Assur'Compagnon Recrutement", "recrutement-noreply@assurcompagnon.example.fr"),
      "Information concernant le poste de Chargé(e) de partenariats vétérinaires",
      "2026-07-01 09:45 +0200",
      """Bonjour,

Vous avez postulé au poste de Chargé(e) de partenariats vétérinaires et nous vous en
remercions.

En raison d'une réorganisation interne, nous avons décidé de suspendre ce recrutement
jusqu'à nouvel ordre. Nous ne sommes donc pas en mesure de donner suite à votre
candidature.

Nous vous prions d'accepter nos excuses pour ce contretemps et vous souhaitons une bonne
continuation.

L'équipe RH d'Assur'Compagnon
Merci de ne pas répondre à ce message automatique.
""", fmt="html", charset="utf-8", cte="base64"))
MESSAGES[-1]["body"] = html_of(MESSAGES[-1]["body"], "Assur'Compagnon", "#f39c12")

bio_old = """Bonjour Rosalind,

Merci pour votre disponibilité. Nous vous confirmons l'entretien avec Mme Garnier le
mercredi 8 juillet à 15h dans nos locaux de Vénissieux.

Cordialement,
Sébastien Roux"""
add(M("biolabrhone_apres_entretien", R, "fr", "Biolab Vétérinaire du Rhône",
      "s.roux@biolabrhone.example.fr", ("Sébastien Roux", "s.roux@biolabrhone.example.fr"),
      "RE: Entretien - Attaché(e) commercial(e) laboratoire", "2026-07-17 11:55 +0200",
      outlook("""Bonjour Rosalind,

Je vous remercie d'être venue nous rencontrer à Vénissieux le 8 juillet.

Après réflexion, Mme Garnier et moi-même avons décidé de ne pas retenir votre candidature
pour ce poste : nous recherchons finalement une personne ayant déjà une expérience de la
vente de prestations d'analyses aux laboratoires privés.

Nous vous souhaitons une bonne continuation.

Cordialement,
Sébastien Roux
Responsable commercial
Biolab Vétérinaire du Rhône - 5 avenue de la République, 69200 Vénissieux""",
              "Sébastien Roux <s.roux@biolabrhone.example.fr>", "jeudi 25 juin 2026 10:12",
              "Rosalind Achterberg-Osei", "Entretien - Attaché(e) commercial(e) laboratoire",
              bio_old, labels=("De", "Envoyé", "À", "Objet")),
      name_enc=("iso-8859-1", "b"), subj_enc=("utf-8", "q"), cte="quoted-printable"))

# ------------------------------------------------------------------ German
add(M("lindner_personio_absage", R, "de", "Lindner Heimtiernahrung", "",
      ("Lindner Heimtiernahrung", "noreply@personio.de"),
      "Ihre Bewerbung als Key Account Manager Tierarztpraxen (m/w/d)", "2026-03-20 14:03 +0100",
      """Hallo Frau Achterberg-Osei,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Lindner
Heimtiernahrung.

Wir haben Ihre Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir
Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese
Entscheidung ist keine Bewertung Ihrer Qualifikation - wir hatten viele Bewerbungen von
Kandidatinnen und Kandidaten mit Vertriebserfahrung im Fachhandel.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Viele Grüße
Ihr People-Team von Lindner Heimtiernahrung
Lindner Heimtiernahrung GmbH · Podbielskistraße 301 · 30655 Hannover
""", fmt="alt", html=html_of("""Hallo Frau Achterberg-Osei,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Lindner
Heimtiernahrung.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren
nicht berücksichtigen können.

Viele Grüße
Ihr People-Team von Lindner Heimtiernahrung""", "Lindner Heimtiernahrung", "#8e44ad"),
      cte="quoted-printable", subj_enc=("utf-8", "b")))

add(M("leinetal_intern", R, "de", "VetLab Leinetal", "",
      ("VetLab Leinetal Bewerbermanagement", "noreply@softgarden.io"),
      "Ihre Bewerbung bei VetLab Leinetal", "2026-04-24 10:20 +0200",
      """Sehr geehrte Frau Achterberg-Osei,

vielen Dank für Ihr Interesse an der Position Außendienstmitarbeiter/in Labordiagnostik
(m/w/d).

Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern besetzt werden
konnte. Ihre Bewerbung können wir daher leider nicht weiter berücksichtigen.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung VetLab Leinetal
Am Lindener Hafen 9, 30453 Hannover
""", charset="iso-8859-1", cte="quoted-printable"))

add(M("falkenrath_absage", R, "de", "Personalberatung Falkenrath",
      "m.falkenrath@falkenrath.example.de", ("Moritz Falkenrath", "m.falkenrath@falkenrath.example.de"),
      "AW: Vertriebsposition Tiergesundheit Raum Hannover", "2026-06-30 19:12 +0200",
      reply("""Liebe Frau Achterberg-Osei,

heute habe ich die Rückmeldung meines Mandanten erhalten. Leider hat sich das Unternehmen
gegen eine Einladung zum Zweitgespräch entschieden; man sucht nun doch jemanden mit
mehrjähriger Erfahrung im Großtierbereich.

Ich bedaure das sehr, weil ich Ihr Profil für überzeugend halte, und melde mich, sobald
ich ein passendes Mandat habe.

Herzliche Grüße
Moritz Falkenrath
Personalberatung Falkenrath | Georgstraße 12 | 30159 Hannover | +49 511 333 9090""",
            "Am 18.06.2026 um 08:44 schrieb Rosalind Achterberg-Osei "
            "<rosalind.achterberg@example.co.uk>:",
            """Lieber Herr Falkenrath,

vielen Dank für das angenehme Telefonat. Ich freue mich auf die Rückmeldung Ihres
Mandanten.

Beste Grüße
Rosalind Achterberg-Osei"""), charset="utf-8", cte="8bit"))

add(M("pfotenschutz_gestrichen", R, "de", "Pfotenschutz Versicherung",
      "jana.brinkmann@pfotenschutz.example.de",
      ("Jana Brinkmann", "jana.brinkmann@pfotenschutz.example.de"),
      "Ihre Bewerbung: Partnermanager/in Tierarztpraxen", "2026-08-05 12:30 +0200",
      """Sehr geehrte Frau Achterberg-Osei,

wir hatten Ihnen für Ende August ein Kennenlernen in Aussicht gestellt. Inzwischen hat
unsere Geschäftsleitung entschieden, die Position Partnermanager/in Tierarztpraxen in
diesem Jahr nicht zu besetzen. Das Auswahlverfahren ist damit beendet, und wir können Ihre
Bewerbung leider nicht weiterverfolgen.

Wir bedauern sehr, Ihnen keine andere Nachricht geben zu können, und danken Ihnen für Ihr
Interesse.

Freundliche Grüße
Jana Brinkmann
Recruiting
Pfotenschutz Versicherung AG · Aegidientorplatz 2 · 30159 Hannover
""", charset="windows-1252", cte="8bit", subj_enc=("windows-1252", "q")))

# ------------------------------------------------------------------ Spanish
add(M("moncayo_no_preseleccion", R, "es", "Laboratorios Moncayo Salud Animal", "",
      ("Laboratorios Moncayo - Selección", "moncayo@myworkday.com"),
      "Tu candidatura a Delegada Comercial Veterinaria - Aragón", "2026-03-27 13:00 +0100",
      """Hola Rosalind:

Gracias por tu interés en Laboratorios Moncayo Salud Animal y por inscribirte en nuestra
oferta de Delegado/a Comercial Veterinario/a para Aragón.

Tras revisar detenidamente tu perfil, lamentamos comunicarte que en esta ocasión no has sido
preseleccionada para continuar en el proceso. Hemos recibido un gran número de candidaturas
con experiencia previa en visita veterinaria.

Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario.

Un cordial saludo,
Equipo de Selección
Laboratorios Moncayo Salud Animal, S.A. - Polígono Plaza, Zaragoza
""", fmt="alt", html=html_of("""Hola Rosalind:

Gracias por tu interés en Laboratorios Moncayo Salud Animal y por inscribirte en nuestra
oferta de Delegado/a Comercial Veterinario/a para Aragón.

Tras revisar detenidamente tu perfil, lamentamos comunicarte que en esta ocasión no has sido
preseleccionada para continuar en el proceso.

Un cordial saludo,
Equipo de Selección""", "Laboratorios Moncayo", "#16a085"), cte="quoted-printable",
      subj_enc=("utf-8", "q")))

add(M("aragonvet_cubierta", R, "es", "AragónVet", "pilar.anson@aragonvet.example.es",
      ("Pilar Ansón", "pilar.anson@aragonvet.example.es"),
      "Vacante de Responsable de Desarrollo de Clínicas", "2026-06-04 09:50 +0200",
      """Estimada Rosalind:

Le escribimos en relación con su candidatura a la vacante de Responsable de Desarrollo de
Clínicas en nuestro grupo.

Le informamos de que la vacante ya ha sido cubierta, por lo que no podremos continuar con
su proceso. Agradecemos sinceramente el tiempo que ha dedicado.

Reciba un cordial saludo,

Pilar Ansón
Recursos Humanos
AragónVet - Clínicas Veterinarias
Paseo de Sagasta 40, 50006 Zaragoza - Tel. 976 55 44 33
""", charset="iso-8859-1", cte="quoted-printable", name_enc=("iso-8859-1", "q")))

add(M("talento_nutrican_no", R, "es", "Nutrican Ibérica", "sergio.blasco@talentocomercial.example.es",
      ("Sergio Blasco", "sergio.blasco@talentocomercial.example.es"),
      "Feedback Nutrican", "2026-07-14 17:35 +0200",
      """Hola Rosalind:

Ya tengo respuesta de Nutrican Ibérica sobre el puesto de Key Account de canal veterinario.
Lamentablemente han decidido no seguir adelante contigo: buscan a alguien con cartera de
clientes propia en tiendas especializadas de Zaragoza.

Me quedo con tu perfil y te aviso en cuanto me entre algo que encaje mejor.

Un abrazo,
Sergio Blasco
Consultor - Talento Comercial
""", cte="base64", charset="windows-1252"))

add(M("mascotasegura_cancelado", R, "es", "Mascota Segura", "",
      ("Mascota Segura - Empleo", "no-reply@workablemail.com"),
      "Actualización sobre el proceso: Gestor/a de Alianzas Veterinarias",
      "2026-09-09 08:15 +0200",
      """Hola Rosalind:

Gracias por participar en nuestro proceso de selección para el puesto de Gestor/a de
Alianzas Veterinarias.

Queremos informarte de que, por motivos organizativos, la empresa ha cancelado esta
posición y el proceso queda cerrado. Por tanto, no seguiremos adelante con tu candidatura.

Lamentamos las molestias y te agradecemos el tiempo que nos has dedicado.

Atentamente,
Equipo de Personas de Mascota Segura
""", fmt="html", cte="quoted-printable", subj_enc=("iso-8859-1", "b")))
MESSAGES[-1]["body"] = html_of(MESSAGES[-1]["body"], "Mascota Segura", "#2980b9")
