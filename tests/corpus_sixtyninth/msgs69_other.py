"""Job-adjacent mail that is `other`: alerts, newsletters, outreach, press, research, own mail."""

from msgs69_base import CAND, m

X = "other"
LIST = {"List-Id": "<{0}>", "List-Unsubscribe": "<https://{0}/unsubscribe>",
        "Precedence": "bulk"}


def bulk(list_host: str) -> dict[str, str]:
    """Mailing-list headers a bulk sender adds."""
    return {name: value.format(list_host) for name, value in LIST.items()}


MESSAGES = [
    m(X, "linkedin_job_alert_es", "es",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "“analista de compras”: Vértice Retail y 14 empleos más",
      """Tus alertas de empleo

Analista de Compras Sr - Vértice Retail - Álvaro Obregón, CDMX (híbrido)
Hace 2 días · 38 solicitantes
https://www.linkedin.example.com/comm/jobs/view/410022

Comprador(a) Estratégico - Nordanía Autopartes - Saltillo, Coah.
Solicitud sencilla
https://www.linkedin.example.com/comm/jobs/view/410031

Procurement Analyst - Kargo Hub - Remoto
Tu perfil coincide con 8 de 10 aptitudes
https://www.linkedin.example.com/comm/jobs/view/410057

Ver todos los empleos: https://www.linkedin.example.com/comm/jobs/search

Recibes este email porque creaste una alerta de empleo. Darse de baja · Ayuda
© 2026 LinkedIn Corporation""",
      date="2026-01-12 07:05", fmt="alt", headers=bulk("jobs.linkedin.example.com")),

    m(X, "indeed_digest_en", "en",
      "Indeed <alert@indeed.example.com>",
      "20+ new Trade Compliance jobs in Houston, TX",
      """New jobs matching your search "trade compliance" in Houston, TX

Trade Compliance Specialist - Brazos Petrochem Supply - Houston, TX - $72,000 a year
Easily apply
Customs Broker (LCB preferred) - Gulfport Forwarding - Pasadena, TX
Import/Export Coordinator (Spanish bilingual) - Lone Star Appliance - Houston, TX
Urgently hiring

See all jobs: https://www.indeed.example.com/jobs?q=trade+compliance&l=Houston

You're receiving this because you signed up for job alerts. Unsubscribe.""",
      date="2026-02-08 06:30", fmt="html", headers=bulk("alerts.indeed.example.com")),

    m(X, "stepstone_jobagent_de", "de",
      "StepStone JobAgent <jobagent@stepstone.example.de>",
      "8 neue Jobs für „Einkäufer“ in München",
      """Hallo Sofía,

Ihr JobAgent hat 8 neue Stellenangebote für Sie gefunden:

Strategischer Einkäufer (m/w/d) Elektronikkomponenten – Alpenstrom Technik GmbH – München
Junior Category Manager Indirekter Einkauf (m/w/d) – Baywerk Holding – Garching
Supply Chain Planner (m/w/d) – Isarlog Spedition – Hallbergmoos

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent

Sie erhalten diese E-Mail, weil Sie einen JobAgent angelegt haben. Abmelden""",
      date="2026-03-01 05:00", fmt="html", headers=bulk("jobagent.stepstone.example.de")),

    m(X, "wttj_newsletter_fr", "fr",
      "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "Refus après entretien : comment rebondir ? + 12 offres pour vous",
      """Bonjour Sofía,

Cette semaine dans le Mag :
- « Nous ne donnerons pas suite à votre candidature » : 5 façons de transformer un refus en opportunité
- Entretien manqué, retard, bug de visio : que faire ?
- Acheteur·se : les salaires 2026 à Paris et en région

Les offres de la semaine pour vous :
Acheteuse projets – Chez Maison Lunetière – Lyon
Supply Chain Analyst – Chez Fret&Co – Paris

Lire le Mag : https://www.welcometothejungle.example.com/fr/articles

Se désabonner""",
      date="2026-03-06 08:00", fmt="html", headers=bulk("news.welcometothejungle.example.com")),

    m(X, "career_newsletter_rejection_en", "en",
      "The Ops Career Letter <letter@opscareer.example.net>",
      "Issue #87: 'We've decided to move forward with other candidates' - now what?",
      """Hi friends,

This week a reader asked: "I got to the final round, then got the dreaded 'we've decided to pursue other candidates whose background more closely aligns'. What did I do wrong?"

Short answer: maybe nothing. Here's what hiring managers told us about rejections after final interviews, how to ask for feedback without being pushy, and why you should still send a thank-you note.

Also inside: a template for rescheduling an interview gracefully, and what to do if you missed an interview.

Read the full issue: https://opscareer.example.net/87

You're receiving this because you subscribed at opscareer.example.net. Unsubscribe anytime.""",
      date="2026-03-15 12:00", fmt="alt", headers=bulk("letter.opscareer.example.net")),

    m(X, "bumeran_alerta_pe", "es",
      "Bumeran <avisos@bumeran.example.com.pe>",
      "Nuevos avisos de Comercio Exterior en Lima",
      """Hola Sofía, estos avisos pueden interesarte:

Asistente de Importaciones – Ferretería Los Andes – Lima (Ate)
Analista de Operaciones Aduaneras – Callao Global Cargo – Callao
Jefe de Compras – Textil Inca – Lima (Surquillo)

Postúlate en https://www.bumeran.example.com.pe

Para dejar de recibir estos correos haz clic aquí.""",
      date="2026-03-21 07:40", fmt="html", headers=bulk("avisos.bumeran.example.com.pe")),

    m(X, "headhunter_cold_outreach_es", "es",
      "Gabriel Montaño <gmontano@kestrel-partners.example.com>",
      "Oportunidad - Gerencia de Compras (automotriz)",
      """Hola Sofía, buen día.

Soy Gabriel, socio en Kestrel Partners. Estoy apoyando a una armadora asiática con operación en Guanajuato en la búsqueda de un(a) Gerente de Compras Indirectas.

Vi tu perfil y me pareció interesante por tu experiencia en IMMEX y proveeduría. Si te interesa conocer más del rol o sabes de alguien, con gusto te comparto la descripción.

Saludos cordiales,
Gabriel Montaño
Kestrel Partners | Executive Search
+52 55 5550 3140""",
      company="Kestrel Partners", contact="gmontano@kestrel-partners.example.com",
      date="2026-01-29 11:40", job=True),

    m(X, "inmail_style_en", "en",
      "Chloe Hartman via LinkedIn <inmail-hit-reply@linkedin.example.com>",
      "Sofía, exciting Demand Planning opportunity in Toronto",
      """Hi Sofía,

I came across your profile and was really impressed by your supply chain background! I'm recruiting for a fast-growing consumer goods brand in Toronto looking for a Demand Planning Analyst (hybrid, relocation support available).

Would you be open to hearing more? If not the right time, no worries at all!

Best,
Chloe Hartman
Talent Partner at Maplecrest Talent

Reply · Not interested""",
      company="Maplecrest Talent", date="2026-02-14 10:00", fmt="alt", job=True),

    m(X, "agency_marketing_en", "en",
      "Jess at HireLoop <jess@hireloop-staffing.example.com>",
      "🚀 Top 10 procurement roles this week (+ salary guide)",
      """Hey Sofia!!

Hope you're crushing it! Here are this week's hottest roles on our board - apply in 1 click!!

- Buyer II (Electronics) - Juárez, CHIH
- Logistics Analyst - El Paso, TX
- Sourcing Manager - Remote LATAM

PLUS download our 2026 Supply Chain Salary Guide!! https://hireloop-staffing.example.com/guide

Cheers!!
Jess & the HireLoop team

HireLoop Staffing, 100 Main St, El Paso TX. Unsubscribe""",
      date="2026-04-09 14:30", fmt="html", headers=bulk("news.hireloop-staffing.example.com")),

    m(X, "podcast_interview_es", "es",
      "Ximena Lara <ximena@podcast-cadenadesuministro.example.com>",
      "Invitación al podcast Cadena de Valor",
      """Hola Sofía,

Soy Ximena, conductora del podcast "Cadena de Valor". Leí tu post en LinkedIn sobre el nearshoring en el Bajío y nos encantaría entrevistarte para un episodio sobre T-MEC y reglas de origen.

La grabación sería por Zoom, 40 minutos, la semana del 20 de abril. ¿Te interesa? Te mando las preguntas con anticipación.

¡Saludos!
Ximena Lara
Cadena de Valor Podcast""",
      date="2026-04-10 17:00"),

    m(X, "press_interview_en", "en",
      "Mark Delaney <mdelaney@borderbusinessjournal.example.com>",
      "Interview request - nearshoring story",
      """Hi Sofía,

I'm a reporter with the Border Business Journal working on a piece about how Mexican supply-chain professionals see the USMCA review. A mutual contact suggested you. Would you be available for a 20-minute phone interview on Thursday or Friday? Happy to keep you anonymous if you prefer.

Thanks,
Mark Delaney
Staff Reporter, Border Business Journal
(915) 555-0190""",
      date="2026-05-05 12:20"),

    m(X, "user_research_es", "es",
      "Equipo de Investigación Mercado Libre <investigacion@mercadolibre.example.com.mx>",
      "¿Nos ayudas? Entrevista de 30 min sobre tus compras",
      """Hola Sofía,

Estamos buscando personas que compren seguido en Mercado Libre para una entrevista de investigación de 30 minutos por videollamada. Queremos entender cómo das seguimiento a tus envíos.

Como agradecimiento recibirás un cupón de $300 MXN.

Agenda tu entrevista aquí: https://research.mercadolibre.example.com.mx/agenda

Gracias,
Equipo de UX Research""",
      date="2026-05-12 13:00", fmt="html"),

    m(X, "user_research_en_saas", "en",
      "Lena from Flowport <lena@flowport.example.io>",
      "Quick 20-min user interview? ($50 gift card)",
      """Hi Sofía,

You signed up for a Flowport trial last month - thank you! I'm on the product research team and I'd love to interview you for 20 minutes about how you manage import documents. No sales pitch, promise.

Book a slot: https://cal.example.com/flowport-research

Lena
Product Researcher, Flowport""",
      date="2026-06-01 15:10"),

    m(X, "friend_own_rejection_es", "es",
      "Daniela Fuentes <dani.fuentes88@example.com>",
      "jaja ya me rechazaron",
      """Amiga!! Ya me contestaron de la naviera, me rechazaron 😭 dicen que "decidieron continuar con otros candidatos cuyo perfil se ajusta más". Después de 4 entrevistas!! Qué coraje.

Bueno, ¿cómo te fue a ti con lo de Querétaro? ¿Ya te dieron fecha para la entrevista con el gerente?

Chelas el viernes??
Dani""",
      date="2026-02-27 21:30"),

    m(X, "own_sent_followup_es", "es",
      CAND,
      "Seguimiento - Analista de Comercio Exterior",
      """Buen día Verónica,

Espero que se encuentre muy bien. Le escribo para dar seguimiento a mi entrevista del pasado viernes para la vacante de Analista de Comercio Exterior (IMMEX). Sigo muy interesada en la posición y quedo atenta a cualquier novedad.

Saludos cordiales,
Sofía Castellanos-Mbeki
55 5550 8821""",
      to="Verónica Aldana <talento.mx@fenixpack.example.com>", date="2026-02-23 09:05"),

    m(X, "own_sent_reschedule_en", "en",
      CAND,
      "Re: Interview Thursday!!",
      """Hi Tyler,

So sorry - I have a family emergency and can't make Monday's interview. Could we please ask the client for another time later this week? I'm really interested in the role.

Thanks,
Sofía""",
      to="Tyler Brooks <tyler.brooks@apexbridge-staffing.example.com>", date="2026-04-26 22:10",
      quote={"style": "gmail", "who": "Tyler Brooks <tyler.brooks@apexbridge-staffing.example.com>",
             "when": "Wed, Apr 22, 2026 at 9:40 AM",
             "text": "Hey Sofia - quick heads up, the client has to push Thursday's interview. They're asking for Monday 4/27 same time instead. Does that work??\nTyler"}),

    m(X, "ooo_recruiter_es", "es",
      "Mariana Echeverría <mariana.echeverria@vantiva-search.example.com>",
      "Respuesta automática: Seguimiento",
      """Gracias por tu correo. Me encuentro fuera de la oficina del 30 de marzo al 10 de abril (Semana Santa) con acceso limitado a correo. Para temas urgentes contacta a recepcion@vantiva-search.example.com.

Mariana Echeverría""",
      company="Vantiva Search", contact="mariana.echeverria@vantiva-search.example.com",
      date="2026-03-31 10:00", job=True,
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),

    m(X, "ooo_recruiter_de", "de",
      "Markus Hain <m.hain@bergsee-elektronik.example.de>",
      "Abwesenheitsnotiz: Bewerbung Einkauf Querétaro",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 21.08.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@bergsee-elektronik.example.de.

Mit freundlichen Grüßen
Markus Hain""",
      company="Bergsee Elektronik de México", contact="m.hain@bergsee-elektronik.example.de",
      date="2026-08-14 19:00", job=True, headers={"Auto-Submitted": "auto-replied"}),

    m(X, "ooo_recruiter_en", "en",
      "Hannah Ortiz <hannah.ortiz@corvane.example.com>",
      "Automatic reply: Question about offer",
      """Thanks for your email! I'm out of office until Monday, April 13 with limited access to email. If this is urgent, please reach out to recruiting-latam@corvane.example.com.

Hannah""",
      company="Corvane Systems", contact="hannah.ortiz@corvane.example.com",
      date="2026-04-08 20:00", job=True, headers={"Auto-Submitted": "auto-replied"}),

    m(X, "standup_calendar_en", "en",
      "Google Calendar <calendar-notification@google.example.com>",
      "Updated invitation: Daily standup - Freelance project @ Weekdays 9:30am - 9:45am (CST)",
      """This event has been changed.

Daily standup - Freelance project
When: Weekdays 9:30am - 9:45am Central Time - Mexico City (changed)
Joining info: meet.example.com/abc-defg-hij
Organizer: pablo@freightdash.example.io

Invitation from Google Calendar. You are receiving this email because you are an attendee of the event.""",
      date="2026-05-18 08:00", fmt="alt",
      ics={"uid": "standup-fd-2026@google.example.com", "start": "20260519T153000Z",
           "end": "20260519T154500Z", "summary": "Daily standup - Freelance project",
           "organizer": "pablo@freightdash.example.io", "cn": "Pablo Ruiz",
           "location": "meet.example.com/abc-defg-hij", "seq": "3"}),

    m(X, "exalumnos_newsletter_es", "es",
      "Red de Exalumnos ITAM-Ejemplo <exalumnos@red-egresados.example.edu.mx>",
      "Boletín de Empleabilidad | Octubre",
      """Querida comunidad de egresados:

En este número:
• Taller: "Cómo preparar una entrevista por competencias" (jueves 8, 19:00 h, Zoom)
• Testimonio: "Me rechazaron en 12 procesos antes de mi trabajo actual" — Andrea, generación 2018
• Bolsa de trabajo: 45 vacantes nuevas en logística y finanzas

Consulta la bolsa: https://red-egresados.example.edu.mx/bolsa

Si no deseas recibir este boletín, da clic aquí.""",
      date="2026-10-01 10:00", fmt="html", headers=bulk("boletin.red-egresados.example.edu.mx")),

    m(X, "glassdoor_interview_tips", "en",
      "Glassdoor Community <community@glassdoor.example.com>",
      "What candidates said about interviewing at Halvorsen Electronics",
      """New interview reviews for companies you follow

Halvorsen Electronics - Procurement Specialist interview
"Phone screen with a recruiter, then a panel. They rescheduled twice and eventually cancelled the role." - Anonymous candidate in Reynosa

Corvane Systems - Trade Compliance Analyst interview
"Onsite panel of 4. Got an offer two weeks later."

Read more reviews: https://www.glassdoor.example.com/Interview

Manage email settings · Unsubscribe""",
      date="2026-02-19 07:00", fmt="html", headers=bulk("community.glassdoor.example.com")),

    m(X, "candidate_survey_ashby", "en",
      "Ravenlight <no-reply@ashbyhq.example.com>",
      "How was your interview experience with Ravenlight?",
      """Hi Sofía,

You recently interviewed with Ravenlight. We'd love to hear how it went - your feedback helps us improve our hiring process. The survey takes 2 minutes and is anonymous.

Take the survey: https://survey.ashbyhq.example.com/r/8812

Thanks!
Ravenlight Recruiting""",
      date="2026-08-01 10:00", fmt="html"),

    m(X, "webinar_career_center_es", "es",
      "Centro de Desarrollo Profesional <carrera@universidad-norte.example.edu.mx>",
      "Simulacro de entrevistas en inglés - ¡inscríbete!",
      """Hola egresada,

El Centro de Desarrollo Profesional te invita al Simulacro de Entrevistas en Inglés con reclutadores de empresas del sector automotriz.

Fecha: sábado 13 de junio, 10:00 a 14:00 h
Modalidad: presencial, Auditorio B

Cupo limitado, regístrate aquí: https://universidad-norte.example.edu.mx/simulacro

Centro de Desarrollo Profesional""",
      date="2026-06-04 11:00", fmt="alt", headers=bulk("avisos.universidad-norte.example.edu.mx")),

    m(X, "recruiter_cold_de", "de",
      "Felix Brandauer <f.brandauer@brandauer-personal.example.de>",
      "Spannende Position im Einkauf – Interesse?",
      """Hallo Frau Castellanos-Mbeki,

ich bin Personalberater und betreue aktuell die Suche nach einer/einem Einkäufer/in Lateinamerika für einen Zulieferer der Automobilindustrie mit Sitz bei Stuttgart und Werk in Saltillo.

Hätten Sie grundsätzlich Interesse an einem Austausch? Ich freue mich über eine kurze Rückmeldung.

Beste Grüße
Felix Brandauer
Brandauer Personalberatung""",
      company="Brandauer Personalberatung", contact="f.brandauer@brandauer-personal.example.de",
      date="2026-07-13 08:30", job=True),

    m(X, "headhunter_cold_es_tu", "es",
      "Sebastián Cárdenas <scardenas@orbital-headhunting.example.com>",
      "¿Te interesaría explorar algo nuevo?",
      """Hola Sofía! ¿Qué tal?

Te contacto porque tengo una posición de Trade Compliance Lead para una empresa de electrónica coreana en Tijuana, esquema 100% presencial, paquete muy competitivo. ¿Te late platicarlo? Si no es para ti, ¿me recomiendas a alguien?

Saludos!
Sebastián Cárdenas
Orbital
+52 664 555 0902""",
      company="Orbital", contact="scardenas@orbital-headhunting.example.com",
      date="2026-08-21 12:15", job=True),

    m(X, "fwd_job_posting_from_friend", "es",
      "Jorge Mbeki <jorge.mbeki@example.net>",
      "Fwd: Vacante Analista de Aduanas - por si te interesa",
      """Sofi, me llegó esto en el grupo de exalumnos, ¿no es lo tuyo? Besos, tu primo""",
      date="2026-09-03 20:30",
      quote={"style": "fwd", "who": "Bolsa de Trabajo <bolsa@red-egresados.example.edu.mx>",
             "when": "Thu, Sep 3, 2026 at 6:00 PM",
             "subject": "Vacante Analista de Aduanas",
             "to": "egresados@red-egresados.example.edu.mx",
             "text": "Empresa: Agencia Aduanal del Centro\nPuesto: Analista de Aduanas\nRequisitos: 2 años de experiencia en pedimentos, inglés intermedio\nInteresados enviar CV a vacantes@agencia-centro.example.com"}),

    m(X, "fr_newsletter_cadremploi", "fr",
      "Carrières Supply <newsletter@carrieres-supply.example.fr>",
      "Votre sélection d'offres Achats & Logistique",
      """Bonjour,

Voici les offres de la semaine correspondant à vos critères :
- Acheteur international H/F – Lyon – CDI
- Responsable ADV export H/F – Marseille – CDI
- Déclarant en douane H/F – Le Havre – CDD 6 mois

Nos conseils : comment relancer un recruteur après un entretien sans réponse.

Gérer mes alertes | Se désinscrire""",
      date="2026-05-26 06:00", fmt="html", headers=bulk("newsletter.carrieres-supply.example.fr")),
]
