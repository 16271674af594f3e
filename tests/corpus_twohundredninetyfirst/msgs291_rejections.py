"""Corpus 291 - rejections (31). Hand-written; every message writes its own words."""

from msgs291_common import (
    CAND_ADDR,
    M,
    ats_card,
    attribution,
    outlook_block,
    outlook_html,
    pdf,
    quote,
    simple_html,
)
from msgs291_invites import GIRDLE_MISSED, NORDLICHT_INVITE, SAONE_MISSED
from msgs291_other import ASHGROVE_COLD, CAIRD_APOLOGY, CROIX_MERCI, SANTAJUSTA_GRACIAS

K = "rejection"

# ------------------------------------------------------------------ 001 Workday, HTML only
_skerry_html = ats_card(
    "Skerry Point Energy",
    "Update on your application",
    """Dear Callum,

Thank you for your interest in the Technical Training Coordinator position (R-10482) at our Dyce base.

We have reviewed your application against the requirements of the role and will not be progressing it any further. This decision was based on the shortlisting criteria, in particular the requirement for OPITO-approved training delivery experience.

Your candidate profile stays active, and you can set up job alerts for future vacancies from your candidate home.

Kind regards,
Talent Acquisition
Skerry Point Energy""",
    "This is an automated message from Workday. Please do not reply to this email.\n"
    "Skerry Point Energy Ltd, registered in Scotland SC418822.",
    accent="#00506e",
    button=("Go to candidate home", "https://skerrypoint.wd3.myworkday.com/skerry/login"),
)

# ------------------------------------------------------------------ 002 Caird Bank, soft

_caird_rej = """Hi Callum,

Thanks for letting me know about the fire drill, and for getting back to me so quickly - these things happen.

I've now had a chance to go through the shortlist with Graham, the hiring manager. Having reviewed everything, we've decided to move forward with candidates whose experience more closely matches the requirements of this particular role, mainly hands-on work with Articulate and SCORM packages in a regulated environment. So we won't be setting up the screening call after all.

I know you're making the move from teaching and your application stood out for the way you wrote about designing progression for mixed-ability groups. If a more facilitation-focused vacancy opens at Caird I'd be glad to hear from you again.

All the best,
Rhona

Rhona Keiller
Talent Partner | People Team
Caird Bank
Caird House, 21 Nethergate, Dundee DD1 4DH
T: 01382 604 117 | M: 07700 900 418

Caird Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.

""" + attribution("en", "Thu, 12 Feb 2026 at 12:05", "Callum Nakamura-Reid", CAND_ADDR) + quote(CAIRD_APOLOGY)

# ------------------------------------------------------------------ 003 Nordsjø on hold (Lever)
_nordsjo_text = """Hi Callum,

I promised to come back to you after we had to cancel the interview last month, and I'm sorry it has taken a while.

Following a review of our 2026 headcount plan, the Competence & Training Advisor role has been put on hold and we will not proceed with the recruitment at this time. That applies to every candidate in the process, and it is not a reflection of your application.

If the position is reopened later in the year we will post it again on our career site, and you would be very welcome to apply.

Best regards,
Ingrid Haugland
Senior Recruiter, Nordsjø Energi AS
Forusbeen 44, 4033 Stavanger, Norway
"""

# ------------------------------------------------------------------ 004 Kelvin Mutual, terse
_kelvin_text = """Callum - thanks for recording the answers. Not one we'll take forward I'm afraid, we need someone who has already run T&C schemes under the FCA regime. Good luck with the move.

Gregor

Sent from my iPhone
"""

# ------------------------------------------------------------------ 005 agency relays Girdle Ness no

_girdle_text = """Hi Callum,

Thanks for explaining - an accident on the A90 is nobody's fault, and I passed that on.

Unfortunately Girdle Ness Marine have told me they won't be rearranging. They had two other people through for the Training & Competence Coordinator job that week and have decided to go with one of them, so they're closing your application. I pushed back a bit, but Shirley was clear that the decision is made.

I'm sorry this one slipped away. I still think your background suits the marine and offshore crowd, so I'll keep sending you anything that fits.

Cheers,
Kirsty

Kirsty Mair
Senior Consultant - HR & Training
Thistle & Tide Recruitment
3rd Floor, 41 Union Terrace, Aberdeen AB10 1NJ
Direct: 01224 555 0193
thistleandtide.example.co.uk

""" + attribution("en", "Wed, 15 Apr 2026 at 10:31", "Kirsty Mair",
                  "kirsty.mair@thistleandtide.example.co.uk") + quote(GIRDLE_MISSED)

# ------------------------------------------------------------------ 006 Canongate after interview
_canongate_thanks = """Dear Eilidh,

Many thanks to you, Fraser and Amira for your time this afternoon. I particularly enjoyed the discussion about the new-starter academy and how the branch teams could own part of the onboarding.

I've attached the one-page outline of the induction session I sketched during the task, in case it is useful for the panel.

Best wishes,
Callum
"""

_canongate_text = """Dear Callum,

Thank you for your kind note after Thursday's interview, and for the session outline - the panel appreciated it.

We have now completed the final interviews for the Onboarding & Induction Lead role. I'm sorry to let you know that the panel has offered the post to a candidate with several years of experience running onboarding in a regulated bank, which they felt gave them the edge for the first year of the programme.

Fraser asked me to pass on that your practical session was one of the best they saw. If it would help, I can arrange ten minutes with him for more detailed feedback.

With best wishes,
Eilidh

Eilidh Fraser
Talent Acquisition Partner
Canongate Bank
1 Calton Square, Edinburgh EH1 3AD
Tel: 0131 496 0772

This e-mail is confidential and may be privileged. Canongate Bank plc, registered in Scotland No. SC302115, registered office 1 Calton Square, Edinburgh EH1 3AD. Authorised by the PRA and regulated by the FCA and the PRA.
""" + outlook_block("en", "Callum Nakamura-Reid <callum.nr@example.co.uk>",
                    "30 April 2026 17:48", "Eilidh Fraser <eilidh.fraser@canongatebank.example.co.uk>",
                    "Thank you - Onboarding & Induction Lead interview") + _canongate_thanks

# ------------------------------------------------------------------ 007 council, filled internally (cp1252)
_clyde_text = """Dear Mr Nakamura-Reid

Workforce Development Officer \u2013 Ref CVC/HR/0611

Thank you for attending the rearranged interview on 14 July, and for your patience after the technical problems with the first appointment.

I am writing to let you know that the post has now been filled by an existing member of staff through the Council\u2019s redeployment procedure. Under our Redeployment Policy, employees at risk of redundancy who meet the essential criteria must be offered a suitable vacancy before external candidates can be appointed, and a match was confirmed last week.

I appreciate this will be disappointing after the time you have given to the process. Your details will be kept on file for six months in line with our privacy notice, and you are welcome to apply for any future vacancies.

Yours sincerely

Alison McBride
HR Adviser (Recruitment)
Clyde Valley Council
Council Offices, 40 Cadogan Street, Glasgow G2 7HF
Tel: 0141 496 0200
"""

# ------------------------------------------------------------------ 008 charity, role cancelled (latin-1)
_cairngorm_text = """Dear Callum,

I wanted to write to you personally rather than send a standard letter.

Last Tuesday we heard that our bid for \u00a3180,000 from the National Lottery Community Fund was not successful. The Youth Leadership Trainer post was entirely dependent on that funding, so the board has agreed that we cannot go ahead with the appointment, and we have withdrawn the vacancy. We will not be holding the interviews planned for the end of the month.

I'm very sorry. Your application was one of the strongest we received, and the way you described running the Duke of Edinburgh expeditions at Westburn was exactly what we had in mind. If we secure funding in the autumn round I will get in touch before the post is re-advertised.

Warm regards,

Morven Grant
Chief Executive
Cairngorm Youth Trust
The Old Schoolhouse, Station Road, Aviemore PH22 1PD
01479 555 284

Scottish Charitable Incorporated Organisation SC046301
"""

# ------------------------------------------------------------------ 009 ex-colleague, casual
_bonaccord_text = """Callum,

Gutted to be the one sending this. The panel went with the other finalist for the Sports & Wellbeing Development Lead job - she's been running the staff coaching programme at Robert's old place in Elgin for three years and in the end that tipped it. Purely a numbers thing on the scoring sheet, you were a close second.

I know you'll be disappointed but honestly you came across really well, and Fiona from HR said the same. Pint on Friday? I'm buying.

Struan

--
Struan Ogilvie
Head of Sport & Active Campus
Bon Accord University
"""

# ------------------------------------------------------------------ 010 Greenhouse, base64
_haymarket_text = """Hi Callum,

Thank you for your interest in the People Development Specialist role at Haymarket Pay and for the time you gave us.

We've reviewed your profile carefully and we're not able to offer you a place in the next stage of our process. We appreciate that this isn't the news you were hoping for.

We'd encourage you to keep an eye on our careers page, as our team is growing quickly.

The Haymarket Pay Talent Team
"""

_haymarket_html = ats_card(
    "Haymarket Pay",
    "Your application for People Development Specialist",
    _haymarket_text,
    "Sent via Greenhouse on behalf of Haymarket Pay Ltd.\n"
    "You are receiving this email because you applied for a role at Haymarket Pay.",
    accent="#4b2a85",
)

# ------------------------------------------------------------------ 011 SmartRecruiters, not shortlisted
_tayside_text = """Dear Callum,

Shortlisting for the HSE Training Coordinator vacancy (Dundee, ref. TR-2026-014) is now complete. We received a high number of applications, and on this occasion yours has not been shortlisted for interview.

Because of the volume of applications, we are not able to give individual feedback at this stage.

Thank you for considering Tayside Renewables as your next employer.

Tayside Renewables Recruitment
"""

# ------------------------------------------------------------------ 012 after assessment centre, feedback
_bennachie_text = """Dear Callum,

Thank you for taking part in the assessment centre for the Learning & Development Advisor post on Tuesday. I know it was a long day, and the panel valued the energy you brought to it.

We have now scored all six candidates across the four exercises. I'm sorry to tell you that you have not been successful, and we will be offering the position to another candidate.

Because you asked for feedback on the day, here is a summary from the assessors:

- Group exercise: strong. You kept the group to time and brought quieter members in.
- Training delivery (10 minutes): strong. Clear objectives, good check for understanding.
- In-tray exercise: adequate. Some prioritisation of the health and safety items was missed.
- Competency interview: the main gap. Examples leaned heavily on the classroom, and the panel wanted more evidence of working with adult learners and line managers.

The full scoring sheet is attached. I'd encourage you to apply to Bennachie Utilities again - the adult-learning evidence is something you can build quickly.

Best wishes,

Lorna Sim
People Development Manager
Bennachie Utilities
Kintore Business Park, Kintore AB51 0YQ
Tel: 01467 555 302
"""

# ------------------------------------------------------------------ 013 headhunter, client unnamed

_ashgrove_text = """Hi Callum,

My client has come back to me after reviewing the shortlist for the Learning Lead search, and I'm afraid they have chosen not to take your candidacy further. Their feedback was that they loved the coaching angle but, for a first hire building the function from scratch, they want someone who has already sat inside a corporate L&D team.

That's a fair reading of the brief, if a frustrating one. I'll keep you in mind for searches where the client is open to career changers - there are a few on the horizon.

Best,
Duncan Fyfe
Partner, Ashgrove Search
07700 900 662

""" + attribution("en", "25 Jun 2026, at 08:14", "Duncan Fyfe", "duncan@ashgrovesearch.example.com") + quote(ASHGROVE_COLD)

# ------------------------------------------------------------------ 014 Teamtailor, Stavanger
_sola_text = """Hi Callum,

Thank you for travelling to Stavanger for the on-site round and for the presentation you gave the operations team - it sparked a good discussion afterwards.

After comparing the final candidates we've chosen another person for the Learning Partner role, mainly because of their experience with offshore safety-critical training, which is a big part of the first year.

I know this is disappointing after a long process. We would be glad to stay in touch, and you are welcome to connect with me on LinkedIn.

Kind regards,
Marte Eik
Talent Acquisition, Sola Subsea AS
"""

# ------------------------------------------------------------------ 015 iCIMS
_leith_text = """Dear Callum Nakamura-Reid,

Re: Training & Competence Consultant (Req ID 2026-3318)

Regrettably, we will not be taking your application forward for this role. We have received applications from many qualified people and our hiring team has selected candidates whose experience is closest to the immediate needs of the position.

We'd like to thank you for your interest in Leith Harbour Insurance and hope you will consider applying for future opportunities.

Sincerely,
Leith Harbour Insurance Recruitment Team

Please do not reply to this message; this mailbox is not monitored.
"""

# ------------------------------------------------------------------ 016 Ashby after missed interview
_moray_text = """Hi Callum,

Thanks for your patience over the past week.

Since we weren't able to connect for the interview on 8 April, and we've since moved two other candidates to the final stage of the Learning Experience Designer process, we won't be moving ahead with your application.

We're grateful for the interest you've shown in Moray Ledger, and we wish you every success with your search.

- The Moray Ledger Team
"""

# ------------------------------------------------------------------ 017 Recruitee, charity
_govan_text = """Dear Callum,

We were overwhelmed by the response to our Volunteer Training Coordinator vacancy - more than 140 people applied, many of them from teaching and youth work.

The panel met on Monday to agree the interview list. Your application has not been successful this time, and we won't be inviting you to the next stage.

If you would like a short note on how your application was scored, reply to this email and Aisha will send it to you.

With thanks,
Govan Futures
"""

# ------------------------------------------------------------------ 018 after second interview, feedback call
_moray_firth_invite = """Dear Callum,

Thank you for meeting us last week. We'd like to invite you to a second interview for the Staff Learning & Wellbeing Officer post on Thursday 13 August at 11:00 at our Inverness office (Lotland Street). The panel will be me, our Head of Housing Services and a tenant board member, and we will ask you to run a 15-minute wellbeing session for the panel.

Please confirm you can attend.

Ewan
"""

_moray_firth_text = """Dear Callum,

Thank you for coming up to Inverness again last Thursday, and for the wellbeing session, which the tenant representative in particular enjoyed.

I'm sorry to tell you that after a lot of discussion the panel decided to appoint another applicant, who has worked in a housing association and already knows the regulatory framework for tenant-facing staff.

I would be happy to talk you through the panel's notes. If a 15-minute phone call would be useful, let me know a couple of times that suit and I'll ring you - there is no obligation at all.

Kind regards,

Ewan Macrae
Head of People & Culture
Moray Firth Housing Trust
14 Lotland Street, Inverness IV1 1ST
Tel: 01463 555 740

""" + attribution("en", "Mon, 3 Aug 2026 at 16:22", "Ewan Macrae",
                  "ewan.macrae@morayfirthhousing.example.org.uk") + quote(_moray_firth_invite)

# ------------------------------------------------------------------ 019 Elbwind, quoting thank-you (de)
_elbwind_thanks = """Sehr geehrte Frau Petersen,

vielen Dank für das angenehme Gespräch heute Vormittag. Besonders interessant fand ich Ihre Pläne für das Einarbeitungsprogramm der Servicetechniker in Cuxhaven.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Callum Nakamura-Reid
"""

_elbwind_text = """Sehr geehrter Herr Nakamura-Reid,

herzlichen Dank für Ihre freundliche Nachricht nach unserem Gespräch und noch einmal für Ihre Zeit.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung mit der Einarbeitung technischer Fachkräfte in der Windbranche mitbringt. Wir können Ihnen die Stelle als Referent Personalentwicklung daher nicht anbieten.

Ihr Ansatz, Lernziele wie im Sportunterricht in kleine, messbare Schritte zu zerlegen, hat uns gut gefallen. Wir wünschen Ihnen für Ihren Wechsel in die Personalentwicklung viel Erfolg.

Mit freundlichen Grüßen

Janne Petersen
Recruiting & Talent Management
Elbwind Energie GmbH
Am Sandtorkai 58, 20457 Hamburg
Tel. +49 40 555 271 30

Elbwind Energie GmbH | Sitz: Hamburg | Amtsgericht Hamburg HRB 155290 | Geschäftsführung: Dr. Hauke Lorenzen

""" + attribution("de", "26.03.2026 um 17:12", "Callum Nakamura-Reid", CAND_ADDR) + quote(_elbwind_thanks)

# ------------------------------------------------------------------ 020 Personio, latin-1 QP
_hafencity_text = """Sehr geehrter Herr Nakamura-Reid,

vielen Dank für Ihr Interesse an der Position Trainer für digitale Lernformate (m/w/d) und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Ausschlaggebend waren die geforderten Kenntnisse in der Erstellung von E-Learning-Modulen sowie sehr gute Deutschkenntnisse für Präsenzschulungen.

Ihre Unterlagen werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Ihr Team der HafenCity Lernwerk GmbH

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.
"""

# ------------------------------------------------------------------ 021 agency relays Reederei no (de)

_nordlicht_text = """Lieber Herr Nakamura-Reid,

ich habe heute Rückmeldung von der Reederei Kehrwieder bekommen - leider keine gute. Frau Claußen war von Ihrem Auftreten im Gespräch angetan, das Haus hat sich aber für einen Bewerber entschieden, der fließend Deutsch spricht und die Schulungen für das Bordpersonal ohne Dolmetscher übernehmen kann. Für die Reederei ist das bei dieser Stelle ein Muss.

Das tut mir leid, gerade weil die Chemie im Gespräch gestimmt hat. Ich melde mich, sobald ich eine Vakanz mit englischsprachigem Trainingsschwerpunkt habe - in Hamburg gibt es da durchaus Bewegung.

Herzliche Grüße
Jürgen Böttcher

Nordlicht Personal GmbH
Personalberatung für HR & Training
Große Elbstraße 145, 22767 Hamburg
Mobil +49 170 5550 418

""" + attribution("de", "Mo., 16. Feb. 2026 um 11:05", "Jürgen Böttcher",
                  "j.boettcher@nordlicht-personal.example.de") + quote(NORDLICHT_INVITE)

# ------------------------------------------------------------------ 022 softgarden, filled internally (de)
_harburg_text = """Sehr geehrter Herr Nakamura-Reid,

zunächst möchten wir uns für Ihre Bewerbung als Fachreferent Aus- und Weiterbildung bei den Stadtwerken Harburg-Süd bedanken.

Wir müssen Ihnen jedoch mitteilen, dass die ausgeschriebene Position zwischenzeitlich intern besetzt wurde. Das Auswahlverfahren ist damit abgeschlossen, und wir werden keine weiteren Gespräche führen.

Bei Fragen wenden Sie sich gern an Frau Aydin (Antwort auf diese E-Mail).

Freundliche Grüße
Ihr Recruiting-Team
Stadtwerke Harburg-Süd
"""

# ------------------------------------------------------------------ 023 casual Du (de)
_fleetwerk_text = """Hey Callum,

kurz und ehrlich, weil du dir die Mühe mit der Probeaufgabe gemacht hast: Wir haben uns für jemand anderen entschieden. Am Ende hat den Ausschlag gegeben, dass wir für die Stelle jemanden brauchen, der schon mit Articulate Rise gebaut hat - unsere Kunden wollen ab Januar fertige Module sehen.

Deine Idee mit den Mini-Challenges für Schichtarbeiter fanden wir richtig gut, die klauen wir vielleicht ein bisschen ;)

Alles Gute für die Suche!
Nele

--
Nele Krüger | Co-Founder
Fleetwerk Learning GmbH | Schanzenstraße 71 | 20357 Hamburg
"""

# ------------------------------------------------------------------ 024 Taleo (fr)
_rhone_text = """Bonjour Monsieur Nakamura-Reid,

Nous vous remercions de l'intérêt que vous portez à la Banque Rhône-Saône et du temps consacré à votre candidature au poste de Chargé de développement des compétences (réf. 26-0087).

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus. Nous conservons néanmoins votre profil dans notre vivier pendant 24 mois, sauf opposition de votre part.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Banque Rhône-Saône

Ce message est généré automatiquement, merci de ne pas y répondre.
"""

_rhone_html = ats_card(
    "Banque Rhône-Saône - Carrières",
    "Votre candidature",
    _rhone_text,
    "Banque Rhône-Saône SA - 12 quai Saint-Antoine, 69002 Lyon\n"
    "Message envoyé via Taleo.",
    accent="#8a1538", lang="fr",
)

# ------------------------------------------------------------------ 025 Croix-Rousse after interview (fr)

_croix_text = """Bonjour Monsieur Nakamura-Reid,

Merci pour votre message après notre entretien du 17 juin, et pardon pour le délai de réponse.

Après avoir rencontré l'ensemble des candidats, nous avons finalement choisi un profil qui a déjà piloté des projets de formation en entreprise, notamment dans l'industrie. Nous ne donnerons donc pas suite à votre candidature pour le poste de Formateur consultant.

Votre approche pédagogique, très concrète, a été appréciée par toute l'équipe. N'hésitez pas à nous recontacter d'ici quelques mois : nous ouvrons régulièrement des missions en anglais pour nos clients internationaux.

Bien à vous,

Camille Berthier
Responsable pédagogique
Croix-Rousse Formation
8 rue d'Austerlitz, 69004 Lyon
04 78 55 12 60

""" + attribution("fr", "mer. 17 juin 2026 à 12:26", "Callum Nakamura-Reid", CAND_ADDR) + quote(CROIX_MERCI)

# ------------------------------------------------------------------ 026 agency relays Saône no (fr)

_saone_text = """Bonjour Callum,

Merci pour vos explications concernant le lien de visio.

J'ai transmis votre message à Saône Logistique, mais ils ont décidé de ne pas reprogrammer l'entretien : ils ont eu un très bon échange avec deux autres candidats et préfèrent avancer avec eux. C'est donc terminé pour ce poste de Responsable formation.

Je suis désolé de l'issue. Je garde évidemment votre dossier ouvert chez nous et je vous appelle dès que j'ai un poste adapté à votre profil bilingue.

Bien à vous,
Hugo Lambert
Consultant senior
Talents & Traboules - Cabinet de recrutement
27 rue de la République, 69002 Lyon

""" + attribution("fr", "4 mars 2026 à 09:12", "Hugo Lambert",
                  "hugo.lambert@talents-traboules.example.fr") + quote(SAONE_MISSED)

# ------------------------------------------------------------------ 027 poste gelé (cp1252 8bit, fr)
_confluence_text = """Bonjour Monsieur Nakamura-Reid,

Je reviens vers vous au sujet du poste d\u2019ingénieur pédagogique au service Formation continue, pour lequel votre entretien avait été reporté au 15 septembre.

Le conseil d\u2019administration a voté la semaine dernière une révision du budget 2026 et ce poste fait partie des recrutements gelés jusqu\u2019à nouvel ordre. Nous sommes donc contraints de mettre fin à la procédure, et l\u2019entretien n\u2019aura pas lieu.

Je mesure la déception que cela peut représenter, d\u2019autant que votre candidature avait retenu toute notre attention. Si le poste est rouvert, nous publierons une nouvelle offre et nous vous en informerons.

Avec mes sincères regrets et mes salutations distinguées,

Sandrine Vidal
Responsable du recrutement \u2013 Direction des ressources humaines
Université Confluence
86 rue Pasteur, 69007 Lyon
"""

# ------------------------------------------------------------------ 028 Banco Giralda after no-show (es)
_giralda_text = """Estimado Callum:

Gracias por su correo explicando lo ocurrido con la conexión el día 21.

Lamentablemente, el calendario del proceso para el puesto de Técnico de Formación y Desarrollo no nos permite abrir nuevas fechas, y hemos continuado con otras candidaturas que ya están en la fase final. Por tanto, su candidatura queda cerrada en este proceso.

Le animamos a seguir atento a nuestras ofertas; valoramos mucho su experiencia como docente.

Un saludo cordial,

Lucía Montero
Selección y Talento
Banco Giralda
Avenida de la Constitución 22, 41004 Sevilla
Tel. +34 954 55 21 90
"""

# ------------------------------------------------------------------ 029 SuccessFactors (es), base64
_energia_text = """Estimado/a Callum Nakamura-Reid:

Le agradecemos el interés mostrado en Energía Guadalquivir y en la posición de Responsable de Formación Técnica (ID 48213).

Tras analizar detenidamente su perfil, lamentamos comunicarle que no continuará en el proceso de selección para esta vacante. Conservaremos sus datos en nuestra base de candidatos, de acuerdo con la política de privacidad aceptada.

Atentamente,
Departamento de Personas
Energía Guadalquivir

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.
"""

_energia_html = ats_card(
    "Energía Guadalquivir | Empleo",
    "Actualización de su candidatura",
    _energia_text,
    "Energía Guadalquivir, S.A. - Calle Torneo 40, 41002 Sevilla\n"
    "Enviado mediante SAP SuccessFactors.",
    accent="#f39200", lang="es",
)

# ------------------------------------------------------------------ 030 agency, client unnamed (es)
_alameda_text = """Hola Callum:

Te escribo con la respuesta de mi cliente sobre la posición de Coordinador de Formación en Sevilla. Han revisado con calma los tres perfiles que les presenté y, aunque el tuyo les resultó muy interesante por la parte de gestión de grupos, finalmente prefieren a alguien con experiencia previa en el sector energético. No seguirán adelante con tu candidatura.

Sé que tenías ganas de esta, y lo siento. Sigo contando contigo para otros procesos: en septiembre se mueven muchas posiciones de formación en Andalucía.

Un abrazo,
Rocío Benítez
Consultora de Selección | Alameda Talento
C/ Feria 112, 41002 Sevilla
+34 600 555 731
"""

# ------------------------------------------------------------------ 031 university after interview (es)

_santajusta_text = """Estimado Callum:

Le agradezco sinceramente su amable mensaje tras la entrevista y el interés que ha mostrado por nuestro programa.

La comisión de selección se reunió ayer y, tras valorar todas las entrevistas, ha propuesto para la plaza de Técnico de Desarrollo Profesional a otra persona candidata, con experiencia previa en la gestión de formación universitaria. Siento no poder darle una respuesta más favorable.

Su presentación sobre el aprendizaje a través del deporte fue muy bien recibida, y le animo a presentarse a futuras convocatorias.

Atentamente,

Dr. Álvaro Quintero
Director del Servicio de Formación del Profesorado
Universidad de Santa Justa
Campus de la Cartuja, 41092 Sevilla

""" + attribution("es", "mar, 3 mar 2026 a las 13:40", "Callum Nakamura-Reid", CAND_ADDR) + quote(SANTAJUSTA_GRACIAS)


MESSAGES = [
    M(K, "workday_formal_skerry", "en", "Skerry Point Energy", "",
      ("Skerry Point Energy", "skerrypoint@myworkday.com"),
      "Your application for Technical Training Coordinator (R-10482)", "2026-01-22 16:02 uk",
      html=_skerry_html, html_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    M(K, "soft_closer_match_caird", "en", "Caird Bank", "rhona.keiller@cairdbank.example.co.uk",
      ("Rhona Keiller", "rhona.keiller@cairdbank.example.co.uk"),
      "Re: Sorry I missed your call \u2013 Learning Designer", "2026-02-27 14:37 uk",
      text=_caird_rej, key="caird_rej", reply="caird_apology", subj_enc=("utf-8", "B")),
    M(K, "on_hold_lever_nordsjo", "en", "Nordsjø Energi", "ingrid.haugland@nordsjo-energi.example.no",
      ("Ingrid Haugland", "no-reply@hire.lever.co"),
      "Competence & Training Advisor \u2013 update from Nordsjø Energi", "2026-02-16 10:48 cet",
      text=_nordsjo_text, html=simple_html(_nordsjo_text), cte="quoted-printable",
      reply_to=("Ingrid Haugland", "ingrid.haugland@nordsjo-energi.example.no"),
      key="nordsjo_rej", reply="nordsjo_cancel", subj_enc=("utf-8", "B")),
    M(K, "terse_human_kelvin", "en", "Kelvin Mutual", "gregor.baillie@kelvinmutual.example.co.uk",
      ("Gregor Baillie", "gregor.baillie@kelvinmutual.example.co.uk"),
      "Re: Recorded interview - L&D Advisor", "2026-02-03 07:51 uk",
      text=_kelvin_text, reply="kelvin_invite", key="kelvin_rej"),
    M(K, "agency_relays_client_no_girdle", "en", "Girdle Ness Marine",
      "kirsty.mair@thistleandtide.example.co.uk",
      ("Kirsty Mair", "kirsty.mair@thistleandtide.example.co.uk"),
      "Re: Girdle Ness Marine - this morning", "2026-04-21 15:09 uk",
      text=_girdle_text, reply="girdle_missed", refs=["<CAKx7Rp2m9q1Wd@mail.example.co.uk>"]),
    M(K, "after_interview_quotes_thanks_canongate", "en", "Canongate Bank",
      "eilidh.fraser@canongatebank.example.co.uk",
      ("Eilidh Fraser", "eilidh.fraser@canongatebank.example.co.uk"),
      "RE: Thank you - Onboarding & Induction Lead interview", "2026-05-05 11:20 uk",
      text=_canongate_text, html=outlook_html(_canongate_text), cte="quoted-printable",
      reply="<291.canongate.thanks.3a9e@example.co.uk>", refs=["canongate_resched"],
      headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Thank you - Onboarding & Induction Lead interview")]),
    M(K, "filled_internally_council", "en", "Clyde Valley Council",
      "alison.mcbride@clydevalley.example.gov.uk",
      ("Alison McBride", "alison.mcbride@clydevalley.example.gov.uk"),
      "Workforce Development Officer \u2013 outcome of interview", "2026-07-28 12:03 uk",
      text=_clyde_text, charset="windows-1252", cte="quoted-printable",
      subj_enc=("utf-8", "Q"), reply="clyde_resched"),
    M(K, "role_cancelled_funding_charity", "en", "Cairngorm Youth Trust",
      "morven@cairngormyouth.example.org.uk",
      ("Morven Grant", "morven@cairngormyouth.example.org.uk"),
      "Youth Leadership Trainer vacancy", "2026-05-15 09:30 uk",
      text=_cairngorm_text, charset="iso-8859-1", cte="8bit"),
    M(K, "casual_ex_colleague_bonaccord", "en", "Bon Accord University",
      "s.ogilvie@bonaccord-uni.example.ac.uk",
      ("Struan Ogilvie", "s.ogilvie@bonaccord-uni.example.ac.uk"),
      "Sports & Wellbeing Development Lead", "2026-10-06 18:44 uk",
      text=_bonaccord_text, reply="bonaccord_invite"),
    M(K, "greenhouse_formal_haymarket", "en", "Haymarket Pay", "",
      ("Haymarket Pay Talent", "no-reply@greenhouse-mail.io"),
      "Your application to Haymarket Pay", "2026-07-31 17:15 +0000",
      text=_haymarket_text, html=_haymarket_html, cte="base64",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(K, "smartrecruiters_not_shortlisted_tayside", "en", "Tayside Renewables", "",
      ("Tayside Renewables", "noreply@smartrecruiters.com"),
      "HSE Training Coordinator - application update", "2026-02-11 13:00 +0000",
      text=_tayside_text, html=simple_html(_tayside_text),
      reply="tayside_ack"),
    M(K, "after_assessment_centre_feedback_bennachie", "en", "Bennachie Utilities",
      "lorna.sim@bennachie-utilities.example.co.uk",
      ("Lorna Sim", "lorna.sim@bennachie-utilities.example.co.uk"),
      "Assessment centre - Learning & Development Advisor", "2026-03-20 15:52 uk",
      text=_bennachie_text,
      attach=[pdf("Assessment_feedback_CNakamuraReid.pdf", [
          "Bennachie Utilities - Assessment Centre Scoring Summary",
          "Post: Learning & Development Advisor    Date: 17 March 2026",
          "Candidate: Callum Nakamura-Reid",
          "Group exercise: 4 / 5", "Training delivery: 4 / 5", "In-tray exercise: 3 / 5",
          "Competency interview: 2 / 5", "Outcome: not appointed",
      ])]),
    M(K, "headhunter_unnamed_client_ashgrove", "en", "Ashgrove Search",
      "duncan@ashgrovesearch.example.com",
      ("Duncan Fyfe", "duncan@ashgrovesearch.example.com"),
      "Re: A confidential learning role in Aberdeen", "2026-07-16 09:02 uk",
      text=_ashgrove_text, reply="ashgrove_cold", refs=["<CAH5kq0Zz1LrT@mail.example.co.uk>"]),
    M(K, "teamtailor_after_onsite_sola", "en", "Sola Subsea", "marte.eik@solasubsea.example.no",
      ("Sola Subsea", "notifications@teamtailor-mail.com"),
      "Learning Partner at Sola Subsea", "2026-10-02 14:26 cet",
      text=_sola_text, html=simple_html(_sola_text), cte="quoted-printable",
      reply_to=("Marte Eik", "marte.eik@solasubsea.example.no"), reply="sola_resched"),
    M(K, "icims_regrettably_leith", "en", "Leith Harbour Insurance", "",
      ("Leith Harbour Insurance Careers", "leithharbour-notifications@icims.com"),
      "Your application: Training & Competence Consultant", "2026-06-24 22:10 -0400",
      text=_leith_text, html=simple_html(_leith_text)),
    M(K, "ashby_after_missed_moray_ledger", "en", "Moray Ledger", "",
      ("Moray Ledger Hiring", "no-reply@ashbyhq.com"),
      "Update on your Moray Ledger application", "2026-04-14 16:40 +0000",
      text=_moray_text, reply="moray_missed"),
    M(K, "recruitee_high_volume_govan", "en", "Govan Futures",
      "aisha.rahman@govanfutures.example.org.uk",
      ("Govan Futures", "noreply@jobs.recruitee.com"),
      "Volunteer Training Coordinator - your application", "2026-04-22 10:05 uk",
      text=_govan_text, html=ats_card("Govan Futures", "Your application", _govan_text,
                                       "Sent with Recruitee", accent="#2e7d32"),
      reply_to=("Aisha Rahman", "aisha.rahman@govanfutures.example.org.uk"),
      reply="govan_ack"),
    M(K, "after_second_interview_feedback_offer_moray_firth", "en", "Moray Firth Housing Trust",
      "ewan.macrae@morayfirthhousing.example.org.uk",
      ("Ewan Macrae", "ewan.macrae@morayfirthhousing.example.org.uk"),
      "Re: Second interview - Staff Learning & Wellbeing Officer", "2026-08-19 10:14 uk",
      text=_moray_firth_text, reply="<29a1f0c3.0b77e2@morayfirthhousing.example.org.uk>"),
    M(K, "absage_nach_gespraech_elbwind", "de", "Elbwind Energie",
      "janne.petersen@elbwind.example.de",
      ("Janne Petersen", "janne.petersen@elbwind.example.de"),
      "AW: Vielen Dank für das Gespräch", "2026-04-08 09:41 cet",
      text=_elbwind_text, cte="quoted-printable", subj_enc=("iso-8859-1", "Q"),
      reply="<291.elbwind.danke.77c1@example.co.uk>", refs=["elbwind_invite"]),
    M(K, "absage_personio_hafencity", "de", "HafenCity Lernwerk", "",
      ("HafenCity Lernwerk GmbH", "noreply@personio.de"),
      "Rückmeldung zu Ihrer Bewerbung: Trainer für digitale Lernformate", "2026-10-05 08:15 cet",
      text=_hafencity_text, charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "Q"), headers=[("Auto-Submitted", "auto-generated")]),
    M(K, "absage_agentur_reederei", "de", "Reederei Kehrwieder",
      "j.boettcher@nordlicht-personal.example.de",
      ("Jürgen Böttcher", "j.boettcher@nordlicht-personal.example.de"),
      "Re: Vorstellungsgespräch Reederei Kehrwieder", "2026-03-04 17:22 cet",
      text=_nordlicht_text, cte="8bit", name_enc=("iso-8859-1", "B"), reply="nordlicht_invite"),
    M(K, "absage_intern_besetzt_softgarden", "de", "Stadtwerke Harburg-Süd",
      "d.aydin@stadtwerke-harburg.example.de",
      ("Stadtwerke Harburg-Süd", "noreply@softgarden.io"),
      "Ihre Bewerbung als Fachreferent Aus- und Weiterbildung", "2026-09-03 11:48 cet",
      text=_harburg_text, html=simple_html(_harburg_text, "de"), cte="quoted-printable",
      name_enc=("utf-8", "Q"), reply_to=("Dilara Aydin", "d.aydin@stadtwerke-harburg.example.de"),
      reply="harburg_ack"),
    M(K, "absage_kurz_du_fleetwerk", "de", "Fleetwerk Learning", "nele@fleetwerk.example.de",
      ("Nele Krüger", "nele@fleetwerk.example.de"),
      "Deine Bewerbung bei Fleetwerk", "2026-10-14 19:03 cet",
      text=_fleetwerk_text, name_enc=("utf-8", "B")),
    M(K, "refus_taleo_banque_rhone", "fr", "Banque Rhône-Saône", "",
      ("Banque Rhône-Saône - Recrutement", "noreply@taleo.net"),
      "Votre candidature \u2013 Banque Rhône-Saône", "2026-02-09 18:30 cet",
      text=_rhone_text, html=_rhone_html, cte="quoted-printable",
      name_enc=("utf-8", "B"), subj_enc=("utf-8", "Q")),
    M(K, "refus_apres_entretien_croix_rousse", "fr", "Croix-Rousse Formation",
      "camille.berthier@croixrousse-formation.example.fr",
      ("Camille Berthier", "camille.berthier@croixrousse-formation.example.fr"),
      "Re: Remerciements - entretien Formateur consultant", "2026-06-30 16:05 cet",
      text=_croix_text, reply="croix_merci"),
    M(K, "refus_cabinet_relais_saone", "fr", "Saône Logistique",
      "hugo.lambert@talents-traboules.example.fr",
      ("Hugo Lambert", "hugo.lambert@talents-traboules.example.fr"),
      "Re: Entretien Saône Logistique", "2026-03-10 12:47 cet",
      text=_saone_text, reply="saone_missed", refs=["<CAJ8w0Lr4mPq@mail.example.co.uk>"]),
    M(K, "refus_poste_gele_confluence", "fr", "Université Confluence",
      "sandrine.vidal@univ-confluence.example.fr",
      ("Sandrine Vidal", "sandrine.vidal@univ-confluence.example.fr"),
      "Poste d\u2019ingénieur\u00b7e pédagogique \u2013 fin de la procédure", "2026-09-24 10:12 cet",
      text=_confluence_text, charset="windows-1252", cte="8bit", reply="confluence_resched"),
    M(K, "rechazo_tras_ausencia_giralda", "es", "Banco Giralda",
      "lucia.montero@bancogiralda.example.es",
      ("Lucía Montero", "lucia.montero@bancogiralda.example.es"),
      "RE: Entrevista 21 de mayo", "2026-06-03 13:18 cet",
      text=_giralda_text, html=outlook_html(_giralda_text, "ES"), cte="quoted-printable",
      name_enc=("iso-8859-1", "Q"), reply="<291.giralda.explica.51d0@example.co.uk>",
      refs=["giralda_missed"]),
    M(K, "rechazo_successfactors_energia", "es", "Energía Guadalquivir", "",
      ("Energía Guadalquivir Talento", "noreply@successfactors.eu"),
      "Su candidatura a Responsable de Formación Técnica", "2026-04-27 09:00 +0000",
      text=_energia_text, html=_energia_html, cte="base64", name_enc=("utf-8", "B"),
      subj_enc=("iso-8859-1", "B"), reply="energia_ack"),
    M(K, "rechazo_consultora_cliente_anonimo", "es", "Alameda Talento",
      "rocio.benitez@alamedatalento.example.es",
      ("Rocío Benítez", "rocio.benitez@alamedatalento.example.es"),
      "Coordinador de Formación - respuesta del cliente", "2026-07-09 18:20 cet",
      text=_alameda_text, cte="quoted-printable"),
    M(K, "rechazo_tras_entrevista_santa_justa", "es", "Universidad de Santa Justa",
      "aquintero@usjusta.example.es",
      ("Dr. Álvaro Quintero", "aquintero@usjusta.example.es"),
      "Re: Agradecimiento entrevista", "2026-03-17 12:55 cet",
      text=_santajusta_text, cte="quoted-printable", reply="santajusta_gracias"),
]
