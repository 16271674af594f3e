"""Corpus 346: the threads (acknowledgement -> invitation -> moved slot -> thank-you -> outcome)."""

from __future__ import annotations

from msgs346_common import ME, spec

REJ = "rejection"
INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"
ACK = "application_received"
OFF = "offer"
OTH = "other"

ORLA = ("Orla Geraghty", "orla.geraghty@atelierlumen.example.fr")
CLAIRE = ("Claire Vautrin", "claire.vautrin@atelierlumen.example.fr")
LUCIA = ("Lucía Barrenechea", "lucia.barrenechea@bancoalmenara.example.es")
DECLAN = ("Declan Furlong", "declan.furlong@bancoalmenara.example.es")
NIAMH = ("Niamh Kavanagh", "niamh.kavanagh@brightforge.example.com")
KATHARINA = ("Katharina Lindqvist", "k.lindqvist@meditrel.example.de")
HELENE = ("Hélène Marchetti", "helene.marchetti@univ-confluence.example.fr")
FIACHRA = ("Fiachra Doolan", "fiachra.doolan@skerryair.example.ie")
IMOGEN = ("Imogen Tarrant", "imogen.tarrant@quillsearch.example.co.uk")
BRANDL = ("Thomas Brandl", "t.brandl@hofmann-personal.example.de")
NURIA = ("Nuria Sotomayor", "nuria.sotomayor@selectatalento.example.es")
GAELLE = ("Gaëlle Perrin", "gaelle.perrin@talentia-interim.example.fr")

SIG_ORLA = """Orla Geraghty
Studio Lead, Galway
Atelier Lumen | Learning experiences that stick
Unit 4, Docklands Innovation Park, Galway H91 X2C7
+353 91 555 0142"""

SIG_LUCIA = """Lucía Barrenechea
Talent Acquisition · Escuela de Formación
Banco Almenara
Paseo de la Castellana 211, 28046 Madrid
Tel. +34 91 555 38 20

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su borrado. Banco Almenara, S.A. no se responsabiliza de las opiniones personales expresadas en este mensaje."""

SIG_KATHARINA = """Mit freundlichen Grüßen

Katharina Lindqvist
Talent Acquisition Partner
Meditrel GmbH · Lilienthalallee 12 · 80939 München
Tel.: +49 89 5550 7714

Meditrel GmbH, Sitz München, Registergericht München HRB 219944
Geschäftsführung: Dr. Jonas Reiter, Petra Aumüller
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""

SIG_HELENE = """Hélène Marchetti
Chargée de recrutement – Centre de formation continue
Université Confluence
16 quai Claude-Bernard, 69007 Lyon
04 72 55 01 36"""

SPECS = [
    # ---------------- Atelier Lumen (e-learning studio, Lyon HQ + Galway studio) -> offers
    spec(id="lumen_ack", kind=ACK, lang="en", company="Atelier Lumen", contact="",
         date="2026-02-09 08:41 +0100", frm=("Atelier Lumen", "no-reply@teamtailor-mail.com"),
         subject="Thanks for applying to Atelier Lumen!", fmt="alt", brand="Atelier Lumen",
         accent="#7a3e9d",
         text="""Hi Siobhán,

Thank you for applying for the Learning Experience Designer role at our Galway studio. We have received your application and our team will now look through it.

We read every application ourselves, so it can take up to two weeks before you hear from us. You can follow the status of your application in your candidate profile at any time.

Best wishes,
The Atelier Lumen team

You are receiving this email because you applied for a job at Atelier Lumen via Teamtailor."""),
    spec(id="lumen_invite", kind=INV, lang="en", company="Atelier Lumen",
         contact="orla.geraghty@atelierlumen.example.fr",
         date="2026-02-17 14:22 +0000", frm=ORLA,
         subject="Learning Experience Designer – chat with the Galway studio?",
         text=f"""Hi Siobhán,

Thanks for your application and the lovely sample storyboard on fractions – the team enjoyed it.

We would like to invite you to a first interview with me and our senior instructional designer, Cathal. It will be about 45 minutes on Google Meet and mostly a conversation about how you plan a lesson and how you would approach an adult learner.

Would any of these suit you?
- Tuesday 24 February, 16:00
- Wednesday 25 February, 15:30
- Thursday 26 February, 16:30 (Irish time)

Just reply with what works and I'll send the invite.

Kind regards,
{SIG_ORLA}"""),
    spec(id="lumen_accept", kind=OTH, lang="en", date="2026-02-17 20:05 +0000", frm=ME,
         to=[ORLA], subject="Re: Learning Experience Designer – chat with the Galway studio?",
         reply_of="lumen_invite", quote="en",
         text="""Hi Orla,

Thank you so much – I'm delighted. Wednesday 25 February at 15:30 would be perfect, as school finishes at 14:40 that day.

Looking forward to meeting you and Cathal.

Best wishes,
Siobhán"""),
    spec(id="lumen_moved", kind=RES, lang="en", company="Atelier Lumen",
         contact="orla.geraghty@atelierlumen.example.fr",
         date="2026-02-20 11:37 +0000", frm=ORLA,
         subject="Re: Learning Experience Designer – chat with the Galway studio?",
         reply_of="lumen_accept", quote="en", fmt="alt", ics_inline=True,
         ics={"method": "REQUEST", "uid": "lumen-galway-first-0225@atelierlumen.example.fr",
              "seq": 1, "start": "20260226T163000", "end": "20260226T171500",
              "tz": "Europe/Dublin", "summary": "Atelier Lumen – first interview (Siobhán)",
              "location": "Google Meet", "organizer": ORLA},
         text="""Hi Siobhán,

I'm really sorry to do this, but Cathal has been pulled into a client workshop in Lyon on Wednesday. Could we move our chat to Thursday 26 February at 16:30 instead? I've updated the calendar invitation – the Meet link stays the same.

If Thursday doesn't work, tell me and we'll find another slot.

Orla"""),
    spec(id="lumen_thanks", kind=OTH, lang="en", date="2026-02-26 19:48 +0000", frm=ME,
         to=[ORLA], cc=[("Cathal Rooney", "cathal.rooney@atelierlumen.example.fr")],
         subject="Thank you – Learning Experience Designer interview",
         text="""Dear Orla and Cathal,

Thank you both for the conversation this afternoon. I really enjoyed hearing about the onboarding programme you are building for the hospital group, and the idea of testing every module with three real learners before sign-off made a lot of sense to me.

As promised, I'll send the short reflection on my Seachtain na Gaeilge project over the weekend.

Kind regards,
Siobhán Ní Mhurchú-Adeyemi"""),
    spec(id="lumen_lyon_invite", kind=INV, lang="fr", company="Atelier Lumen",
         contact="claire.vautrin@atelierlumen.example.fr",
         date="2026-03-04 10:12 +0100", frm=CLAIRE, cc=[ORLA],
         subject="Atelier Lumen – second entretien avec la direction du studio",
         cs="iso-8859-1", cte="8bit",
         text="""Bonjour Siobhán,

Orla m'a transmis un retour très positif sur votre premier échange. Nous aimerions poursuivre avec un second entretien en visioconférence avec Bastien Roux, directeur pédagogique, et moi-même.

Seriez-vous disponible le mardi 10 mars à 17h (heure de Lyon, 16h à Galway) ? L'entretien durera une heure environ ; nous vous demanderons de présenter en 10 minutes un court module que vous avez conçu.

Je vous enverrai le lien Teams dès votre confirmation.

Bien cordialement,

Claire Vautrin
Responsable RH
Atelier Lumen, 27 rue Sergent Michel Berthet, 69009 Lyon"""),
    spec(id="lumen_offer_verbal", kind=OFF, lang="en", company="Atelier Lumen",
         contact="orla.geraghty@atelierlumen.example.fr",
         date="2026-03-16 12:03 +0000", frm=ORLA,
         subject="Great news from Atelier Lumen",
         text=f"""Hi Siobhán,

Lovely to speak with you on the phone this morning. As I said, we would love you to join the Galway studio as a Learning Experience Designer, and I'm putting our offer in writing here so you have it:

- Salary: €46,500 a year, reviewed after six months
- Hybrid: two days a week in the studio
- Start date: to suit your school's notice period, ideally late April

Claire's team in Lyon will send you the formal documents in the next few days. Take the time you need, and ring me with any questions.

Orla
{SIG_ORLA}"""),
    spec(id="lumen_offer_letter", kind=OFF, lang="en", company="Atelier Lumen",
         contact="orla.geraghty@atelierlumen.example.fr",
         date="2026-03-18 09:15 +0000", frm=ORLA, reply_of="lumen_offer_verbal", quote="en",
         subject="Re: Great news from Atelier Lumen – offer letter attached",
         pdf=[("Atelier_Lumen_Offer_Letter_SNMA.pdf",
               ["Atelier Lumen - Galway studio", "Offer of employment",
                "Siobhan Ni Mhurchu-Adeyemi", "Role: Learning Experience Designer",
                "Salary: EUR 46,500 per annum", "Start: 27 April 2026",
                "Please sign and return within 10 working days."])],
         text="""Hi again,

Attached is your offer letter for the Irish contract. Please sign and return it by 1 April if you are happy; the French "promesse d'embauche" Claire mentioned is only for our group records.

Orla"""),
    spec(id="lumen_promesse", kind=OFF, lang="fr", company="Atelier Lumen",
         contact="claire.vautrin@atelierlumen.example.fr",
         date="2026-03-19 16:40 +0100",
         frm=("Atelier Lumen – Ressources humaines", "rh@atelierlumen.example.fr"),
         reply_to=CLAIRE, subject="Votre promesse d'embauche – Atelier Lumen",
         subj_enc=("windows-1252", "q"),
         pdf=[("Promesse_embauche_Atelier_Lumen.pdf",
               ["Atelier Lumen", "Promesse d'embauche", "Poste : Learning Experience Designer",
                "Lieu : studio de Galway (Irlande)", "Remuneration annuelle brute : 46 500 EUR"])],
         text="""Bonjour Madame Ní Mhurchú-Adeyemi,

Suite à vos entretiens, nous avons le plaisir de vous confirmer notre proposition d'embauche au poste de Learning Experience Designer au sein de notre studio de Galway.

Vous trouverez ci-joint votre promesse d'embauche. Nous vous remercions de nous la retourner datée et signée, précédée de la mention « bon pour accord ».

Pour toute question, vous pouvez répondre directement à ce message : il sera transmis à Claire Vautrin.

Le service RH d'Atelier Lumen"""),
    spec(id="lumen_offer_revised", kind=OFF, lang="en", company="Atelier Lumen",
         contact="orla.geraghty@atelierlumen.example.fr",
         date="2026-03-23 17:26 +0000", frm=ORLA,
         subject="Revised offer – Learning Experience Designer",
         fmt="alt",
         text="""Hi Siobhán,

Thanks for being so open about the relocation costs and the Friday-afternoon question. I've spoken with Bastien and we can improve the offer:

- Salary: €48,000
- A one-off €1,500 towards moving to Galway
- Fridays from 13:00 are yours once the onboarding month is over

The updated letter replaces the one from 18 March. Everything else stays as it was. I hope this helps you say yes!

Orla
Studio Lead, Atelier Lumen Galway"""),
    spec(id="lumen_contrat", kind=OFF, lang="fr", company="Atelier Lumen",
         contact="claire.vautrin@atelierlumen.example.fr",
         date="2026-03-27 11:02 +0100", frm=CLAIRE,
         subject="Contrat de travail à signer – Atelier Lumen",
         cs="windows-1252", cte="quoted-printable", fmt="alt",
         text="""Bonjour Siobhán,

Comme convenu avec Orla, voici le lien vers votre contrat de travail pour signature électronique. Il reprend les conditions révisées du 23 mars (48 000 € bruts annuels, prime d’installation de 1 500 €).

Le lien reste valable 7 jours. Une fois le contrat signé par vous, Bastien le contresignera et vous recevrez une copie par e-mail.

Belle fin de semaine,
Claire Vautrin
Responsable RH – Atelier Lumen"""),
    spec(id="lumen_avenant", kind=OFF, lang="fr", company="Atelier Lumen",
         contact="claire.vautrin@atelierlumen.example.fr",
         date="2026-03-31 09:47 +0200", frm=CLAIRE, reply_of="lumen_contrat", quote="fr",
         subject="RE: Contrat de travail à signer – Atelier Lumen",
         cs="windows-1252", cte="quoted-printable",
         text="""Bonjour Siobhán,

Vous avez raison, la date d'entrée indiquée était erronée. Je vous renvoie le contrat corrigé (début le 4 mai 2026) pour signature ; l'ancien lien est désactivé.

Merci pour votre vigilance !
Claire"""),

    # ---------------- Banco Almenara (bank training department, Madrid) -> offers
    spec(id="almenara_ack", kind=ACK, lang="es", company="Banco Almenara", contact="",
         date="2026-04-02 07:58 +0000",
         frm=("Banco Almenara", "no-reply@smartrecruiters.com"),
         subject="Hemos recibido tu candidatura – Diseñador/a Instruccional (Madrid)",
         subj_enc=("utf-8", "b"), fmt="html", brand="Banco Almenara · Talento", accent="#b3261e",
         text="""Hola Siobhán:

Gracias por tu interés en Banco Almenara. Te confirmamos que hemos recibido correctamente tu candidatura para el puesto de Diseñador/a Instruccional en nuestra Escuela de Formación (Madrid).

Nuestro equipo de Talento revisará tu perfil con atención. Si encaja con lo que buscamos, nos pondremos en contacto contigo en las próximas semanas.

Un saludo,
Equipo de Talento de Banco Almenara

Este mensaje se ha enviado desde una dirección que no admite respuestas."""),
    spec(id="almenara_invite", kind=INV, lang="es", company="Banco Almenara",
         contact="lucia.barrenechea@bancoalmenara.example.es",
         date="2026-04-10 13:20 +0200", frm=LUCIA,
         subject="Entrevista – Diseñador/a Instruccional, Escuela de Formación",
         ics={"method": "REQUEST", "uid": "EF-2026-0419-snma@bancoalmenara.example.es",
              "seq": 0, "start": "20260416T110000", "end": "20260416T120000",
              "tz": "Europe/Madrid", "summary": "Entrevista Banco Almenara – Escuela de Formación",
              "location": "Microsoft Teams", "organizer": LUCIA},
         text=f"""Hola, Siobhán:

Tras revisar tu candidatura, nos gustaría conocerte. Te propongo una entrevista por Teams el jueves 16 de abril a las 11:00 (hora peninsular) con Marta Ocaña, responsable de la Escuela de Formación, y conmigo.

Te adjunto la convocatoria. Si el horario no te viene bien, dímelo y buscamos otro hueco.

Un saludo,
{SIG_LUCIA}"""),
    spec(id="almenara_accept", kind=OTH, lang="es", date="2026-04-10 18:31 +0100", frm=ME,
         to=[LUCIA], subject="RE: Entrevista – Diseñador/a Instruccional, Escuela de Formación",
         reply_of="almenara_invite", quote="es",
         text="""Hola, Lucía:

Muchas gracias por la invitación. Confirmo mi asistencia el jueves 16 de abril a las 11:00 (hora peninsular). Aceptaré también la convocatoria de Teams.

Un saludo cordial,
Siobhán Ní Mhurchú-Adeyemi"""),
    spec(id="almenara_moved", kind=RES, lang="es", company="Banco Almenara",
         contact="lucia.barrenechea@bancoalmenara.example.es",
         date="2026-04-14 09:05 +0200", frm=LUCIA, reply_of="almenara_accept", quote="es",
         subject="RE: Entrevista – Diseñador/a Instruccional, Escuela de Formación",
         ics={"method": "REQUEST", "uid": "EF-2026-0419-snma@bancoalmenara.example.es",
              "seq": 1, "start": "20260417T093000", "end": "20260417T103000",
              "tz": "Europe/Madrid", "summary": "Entrevista Banco Almenara – Escuela de Formación",
              "location": "Microsoft Teams", "organizer": LUCIA},
         text="""Hola de nuevo, Siobhán:

Marta tiene un comité el jueves por la mañana que no puede mover, así que tenemos que cambiar la hora de la entrevista. ¿Te vendría bien el viernes 17 de abril a las 9:30? Te envío la convocatoria actualizada; el enlace de Teams es el mismo.

Disculpa las molestias.
Lucía"""),
    spec(id="almenara_panel", kind=INV, lang="en", company="Banco Almenara",
         contact="declan.furlong@bancoalmenara.example.es",
         date="2026-04-28 10:44 +0100", frm=DECLAN, cc=[LUCIA],
         subject="Banco Almenara – final round: design exercise and panel (Madrid)",
         fmt="alt",
         text="""Dear Siobhán,

I'm the Talent Partner for the Escuela de Formación's international team, based in our Dublin office. Lucía and Marta were very impressed on 17 April, and we would like to invite you to the final round in Madrid on Thursday 7 May.

The day runs from 10:00 to 14:00 at our Castellana campus:
1. A 90-minute design exercise (turning a branch compliance procedure into a 20-minute micro-learning)
2. A panel interview with Marta Ocaña and two colleagues from Retail Training
3. Lunch with the team

We will book and pay for your flights from Cork and one night's hotel. Could you confirm by Friday?

Best regards,
Declan Furlong
Talent Partner, International
Banco Almenara – Dublin office, 2 Grand Canal Square, Dublin 2"""),
    spec(id="almenara_offer_verbal", kind=OFF, lang="es", company="Banco Almenara",
         contact="lucia.barrenechea@bancoalmenara.example.es",
         date="2026-05-12 17:55 +0200", frm=LUCIA,
         subject="Nuestra oferta – Escuela de Formación",
         text=f"""Hola, Siobhán:

Como te he adelantado por teléfono, ¡enhorabuena! Queremos ofrecerte el puesto de Diseñadora Instruccional en la Escuela de Formación de Banco Almenara.

Resumen de la oferta:
· Salario bruto anual: 44.000 € + retribución variable de hasta el 8 %
· Contrato indefinido, jornada completa, teletrabajo dos días por semana
· Incorporación prevista: 1 de julio de 2026

Declan te enviará la carta de oferta en inglés con el paquete de reubicación. Cualquier duda, llámame.

{SIG_LUCIA}"""),
    spec(id="almenara_offer_letter", kind=OFF, lang="en", company="Banco Almenara",
         contact="declan.furlong@bancoalmenara.example.es",
         date="2026-05-14 08:30 +0100", frm=DECLAN,
         subject="Your offer from Banco Almenara",
         pdf=[("Banco_Almenara_Offer_Letter.pdf",
               ["Banco Almenara - Escuela de Formacion", "Offer letter",
                "Position: Instructional Designer (Madrid)", "Gross annual salary: EUR 44,000",
                "Variable pay: up to 8%", "Relocation support: EUR 4,000",
                "Start date: 1 July 2026"])],
         text="""Dear Siobhán,

Following Lucía's call, please find attached your formal offer letter for the Instructional Designer position in Madrid, including the relocation support we discussed (€4,000 and two weeks of temporary accommodation).

Please let us know your decision by 22 May. If you accept, our Madrid HR team will prepare the employment contract for signature.

Warm regards,
Declan"""),
    spec(id="almenara_offer_update", kind=OFF, lang="en", company="Banco Almenara",
         contact="declan.furlong@bancoalmenara.example.es",
         date="2026-05-19 15:12 +0100", frm=DECLAN, reply_of="almenara_offer_letter",
         quote="outlook", subject="RE: Your offer from Banco Almenara",
         text="""Hi Siobhán,

Good news – Marta has agreed to a start date of 1 September so you can finish the school year, and we can raise the base salary to €45,500. The rest of the offer stays as in the attached letter of 14 May.

Let me know if that makes the decision easier.

Declan"""),
    spec(id="almenara_contrato", kind=OFF, lang="es", company="Banco Almenara",
         contact="lucia.barrenechea@bancoalmenara.example.es",
         date="2026-05-26 12:10 +0200",
         frm=("RRHH Banco Almenara", "contratacion@bancoalmenara.example.es"),
         reply_to=LUCIA, subject="Contrato de trabajo para firma – Siobhán Ní Mhurchú-Adeyemi",
         subj_enc=("windows-1252", "b"), cs="iso-8859-1", cte="base64",
         pdf=[("Contrato_Banco_Almenara.pdf",
               ["Banco Almenara", "Contrato de trabajo indefinido",
                "Trabajadora: Siobhan Ni Mhurchu-Adeyemi", "Fecha de inicio: 1 de septiembre de 2026"])],
         text="""Estimada Siobhán:

Tras tu aceptación de la oferta, te enviamos el contrato de trabajo indefinido para su firma. Por favor, revisa los datos personales, firma todas las páginas y devuélvenoslo escaneado antes del 5 de junio.

Si tienes cualquier consulta sobre el contrato, responde a este correo y te atenderá Lucía Barrenechea.

Atentamente,
Departamento de Personas
Banco Almenara"""),

    # ---------------- Brightforge (software company academy, Dublin; Greenhouse)
    spec(id="brightforge_ack", kind=ACK, lang="en", company="Brightforge", contact="",
         date="2026-01-12 16:04 +0000", frm=("Brightforge", "no-reply@greenhouse-mail.io"),
         subject="Thank you for applying to Brightforge", fmt="alt", brand="Brightforge Academy",
         text="""Hi Siobhán,

Thanks for applying to the Learning Designer, Brightforge Academy role. Your application has been received and we will review it right away.

If your experience is a good match for the position, someone from our recruiting team will reach out to you. Because of the number of applications we receive, we are not able to respond to every applicant individually.

Regards,
Brightforge Recruiting

Powered by Greenhouse"""),
    spec(id="brightforge_invite", kind=INV, lang="en", company="Brightforge",
         contact="niamh.kavanagh@brightforge.example.com",
         date="2026-01-20 11:18 +0000",
         frm=("Niamh Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io"),
         reply_to=NIAMH, subject="Interview invitation: Learning Designer, Brightforge Academy",
         fmt="alt", ics_inline=True,
         ics={"method": "REQUEST", "uid": "gh-4471203-interview@greenhouse-mail.io", "seq": 0,
              "start": "20260127T140000", "end": "20260127T144500", "tz": "Europe/Dublin",
              "summary": "Brightforge Academy: Learning Designer – recruiter screen",
              "location": "Zoom", "organizer": NIAMH},
         text="""Hi Siobhán,

Thank you for your interest in Brightforge! I'd like to invite you to a 45-minute video interview for the Learning Designer position in Brightforge Academy, our customer training team.

When: Tuesday 27 January, 14:00–14:45 (Dublin)
Where: Zoom (link in the calendar invitation)
With: Niamh Kavanagh, Technical Recruiter

Please accept the invitation to confirm, or reply to this email if you need a different time.

Best,
Niamh"""),
    spec(id="brightforge_moved", kind=RES, lang="en", company="Brightforge",
         contact="niamh.kavanagh@brightforge.example.com",
         date="2026-01-22 09:51 +0000",
         frm=("Niamh Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io"),
         reply_to=NIAMH, subject="Updated invitation: Learning Designer, Brightforge Academy",
         reply_of="brightforge_invite", fmt="alt", ics_inline=True,
         ics={"method": "REQUEST", "uid": "gh-4471203-interview@greenhouse-mail.io", "seq": 1,
              "start": "20260129T150000", "end": "20260129T154500", "tz": "Europe/Dublin",
              "summary": "Brightforge Academy: Learning Designer – recruiter screen",
              "location": "Zoom", "organizer": NIAMH},
         text="""Hi Siobhán,

Apologies – I've had a clash come up on Tuesday. I've moved our interview to Thursday 29 January, 15:00–15:45 (Dublin). The Zoom link is unchanged.

If the new time doesn't suit, just reply and we'll sort something out.

Best,
Niamh"""),
    spec(id="brightforge_thanks", kind=OTH, lang="en", date="2026-01-29 17:12 +0000", frm=ME,
         to=[NIAMH], subject="Thank you – Learning Designer interview",
         text="""Hi Niamh,

Thank you for taking the time to talk with me today. I appreciated hearing about how the Academy certifies partners, and I'm even more excited about the role now.

If it helps, I'm happy to share the unit plan I mentioned.

Best regards,
Siobhán"""),
    spec(id="brightforge_no", kind=REJ, lang="en", company="Brightforge",
         contact="niamh.kavanagh@brightforge.example.com",
         date="2026-02-10 10:26 +0000", frm=NIAMH, reply_of="brightforge_thanks", quote="en",
         subject="Re: Thank you – Learning Designer interview",
         text="""Hi Siobhán,

Thanks again for your time and for the unit plan – it was a pleasure to speak with you.

I've now discussed your application with the hiring manager. While we were impressed with your classroom experience, we've decided to move forward with candidates who have more hands-on experience with authoring tools and SaaS products, so we won't be progressing your application further.

I'd encourage you to keep an eye on our careers page, and I wish you the very best in your move into learning design.

Kind regards,
Niamh Kavanagh
Technical Recruiter | Brightforge"""),

    # ---------------- Meditrel (medical devices, Munich; SuccessFactors)
    spec(id="meditrel_ack", kind=ACK, lang="de", company="Meditrel", contact="",
         date="2026-03-02 06:15 +0100",
         frm=("Meditrel Karriere", "noreply@successfactors.eu"),
         subject="Eingangsbestätigung Ihrer Bewerbung: Learning Designer (m/w/d)",
         subj_enc=("iso-8859-1", "q"), fmt="html", brand="Meditrel – Karriere",
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

vielen Dank für Ihre Bewerbung als Learning Designer (m/w/d) im Bereich Clinical Education und für Ihr Interesse an Meditrel.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Meditrel GmbH

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail."""),
    spec(id="meditrel_invite", kind=INV, lang="de", company="Meditrel",
         contact="k.lindqvist@meditrel.example.de",
         date="2026-03-11 15:48 +0100", frm=KATHARINA,
         subject="Einladung zum Interview – Learning Designer (m/w/d)",
         ics={"method": "REQUEST", "uid": "mdt-ld-2026-031@meditrel.example.de", "seq": 0,
              "start": "20260318T100000", "end": "20260318T110000", "tz": "Europe/Berlin",
              "summary": "Interview Meditrel – Learning Designer", "location": "Microsoft Teams",
              "organizer": KATHARINA},
         cs="iso-8859-1", cte="quoted-printable",
         text=f"""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

Ihre Bewerbung hat uns sehr angesprochen. Gerne möchten wir Sie zu einem ersten Online-Interview einladen:

Datum: Mittwoch, 18. März 2026
Uhrzeit: 10:00 bis 11:00 Uhr (MEZ)
Teilnehmende: Dr. Stefan Oberhuber (Head of Clinical Education), Katharina Lindqvist (HR)

Die Einladung für Microsoft Teams finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

{SIG_KATHARINA}"""),
    spec(id="meditrel_accept", kind=OTH, lang="de", date="2026-03-11 21:02 +0000", frm=ME,
         to=[KATHARINA], subject="AW: Einladung zum Interview – Learning Designer (m/w/d)",
         reply_of="meditrel_invite", quote="de",
         text="""Sehr geehrte Frau Lindqvist,

vielen Dank für die Einladung. Den Termin am Mittwoch, 18. März, um 10:00 Uhr bestätige ich gerne.

Mit freundlichen Grüßen
Siobhán Ní Mhurchú-Adeyemi"""),
    spec(id="meditrel_moved", kind=RES, lang="de", company="Meditrel",
         contact="k.lindqvist@meditrel.example.de",
         date="2026-03-16 08:22 +0100", frm=KATHARINA, reply_of="meditrel_accept", quote="de",
         subject="AW: AW: Einladung zum Interview – Learning Designer (m/w/d)",
         ics={"method": "REQUEST", "uid": "mdt-ld-2026-031@meditrel.example.de", "seq": 1,
              "start": "20260320T133000", "end": "20260320T143000", "tz": "Europe/Berlin",
              "summary": "Interview Meditrel – Learning Designer (neuer Termin)",
              "location": "Microsoft Teams", "organizer": KATHARINA},
         text="""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

leider ist Dr. Oberhuber am Mittwoch kurzfristig auf einer Kundenschulung in Wien. Wir müssen unser Gespräch daher verschieben und schlagen Freitag, den 20. März, 13:30 Uhr vor. Die aktualisierte Einladung liegt bei.

Entschuldigen Sie bitte die Umstände.

Viele Grüße
Katharina Lindqvist"""),
    spec(id="meditrel_absage", kind=REJ, lang="de", company="Meditrel",
         contact="k.lindqvist@meditrel.example.de",
         date="2026-04-02 14:37 +0200", frm=KATHARINA,
         subject="Ihre Bewerbung bei Meditrel – Learning Designer (m/w/d)",
         fmt="alt",
         text=f"""Sehr geehrte Frau Ní Mhurchú-Adeyemi,

nochmals herzlichen Dank für das offene und angenehme Gespräch am 20. März.

Nach sorgfältiger Abwägung haben wir uns entschieden, die Position mit einer Kandidatin zu besetzen, die bereits Erfahrung mit regulatorischen Schulungen in der Medizintechnik mitbringt. Wir können Ihnen daher leider keine Zusage geben.

Ihre pädagogische Begeisterung hat uns beeindruckt, und wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

{SIG_KATHARINA}"""),

    # ---------------- Université Confluence (continuing-education centre, Lyon)
    spec(id="confluence_ack", kind=ACK, lang="fr", company="Université Confluence", contact="",
         date="2026-04-07 09:00 +0200",
         frm=("Université Confluence – Recrutement", "ne-pas-repondre@univ-confluence.example.fr"),
         frm_enc=("utf-8", "b"),
         subject="Accusé de réception de votre candidature – Ingénieur·e pédagogique",
         text="""Madame,

Nous accusons réception de votre candidature au poste d'ingénieur·e pédagogique (CDD 18 mois) au Centre de formation continue de l'Université Confluence.

Votre dossier sera examiné par la commission de recrutement après la date de clôture de l'offre, le 24 avril 2026. Les candidat·e·s retenu·e·s pour un entretien seront contacté·e·s par courriel.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

Direction des ressources humaines
Université Confluence"""),
    spec(id="confluence_invite", kind=INV, lang="fr", company="Université Confluence",
         contact="helene.marchetti@univ-confluence.example.fr",
         date="2026-04-29 11:25 +0200", frm=HELENE,
         subject="Convocation à un entretien – Ingénieur·e pédagogique (CFC)",
         fmt="alt",
         text=f"""Madame,

La commission de recrutement a le plaisir de vous convier à un entretien pour le poste d'ingénieur·e pédagogique au Centre de formation continue.

L'entretien se tiendra en visioconférence le mardi 5 mai 2026 à 10h00 (heure de Paris) et durera 40 minutes : 10 minutes de présentation de votre parcours, puis un échange avec le jury.

Lien de connexion : https://visio.univ-confluence.example.fr/jury-cfc-0505

Merci de confirmer votre présence par retour de courriel.

Bien cordialement,
{SIG_HELENE}"""),
    spec(id="confluence_missed", kind=MIS, lang="fr", company="Université Confluence",
         contact="helene.marchetti@univ-confluence.example.fr",
         date="2026-05-05 10:38 +0200", frm=HELENE, reply_of="confluence_invite", quote="fr",
         subject="RE: Convocation à un entretien – Ingénieur·e pédagogique (CFC)",
         cs="windows-1252", cte="8bit",
         text="""Madame,

Le jury vous a attendue ce matin à 10h00 sur le lien de visioconférence, sans nouvelles de votre part. Nous avons également tenté de vous joindre au numéro indiqué sur votre CV, sans succès.

Pouvez-vous nous faire savoir ce qui s'est passé ?

Cordialement,
Hélène Marchetti"""),
    spec(id="confluence_sorry", kind=OTH, lang="fr", date="2026-05-05 11:10 +0100", frm=ME,
         to=[HELENE], subject="RE: Convocation à un entretien – Ingénieur·e pédagogique (CFC)",
         reply_of="confluence_missed", quote="fr",
         text="""Madame Marchetti,

Je vous présente toutes mes excuses. J'ai noté l'entretien à 10h heure irlandaise au lieu de 10h heure de Paris, et je me suis connectée avec une heure de retard. C'est entièrement ma faute.

Si le jury pouvait m'accorder un autre créneau, j'en serais très reconnaissante.

Bien cordialement,
Siobhán Ní Mhurchú-Adeyemi"""),
    spec(id="confluence_reinvite", kind=INV, lang="fr", company="Université Confluence",
         contact="helene.marchetti@univ-confluence.example.fr",
         date="2026-05-07 14:02 +0200", frm=HELENE, reply_of="confluence_sorry", quote="fr",
         subject="RE: Convocation à un entretien – Ingénieur·e pédagogique (CFC)",
         text="""Madame,

Ce sont des choses qui arrivent. Le jury accepte de vous recevoir le lundi 11 mai à 14h30 (heure de Paris, soit 13h30 à Cork), sur le même lien de visioconférence.

Merci de me confirmer votre disponibilité.

Hélène Marchetti"""),
    spec(id="confluence_refus", kind=REJ, lang="fr", company="Université Confluence",
         contact="helene.marchetti@univ-confluence.example.fr",
         date="2026-05-27 16:45 +0200", frm=HELENE,
         subject="Suite de votre candidature – Ingénieur·e pédagogique (CFC)",
         text=f"""Madame,

Nous vous remercions d'avoir présenté votre candidature et d'avoir participé à l'entretien du 11 mai.

Après délibération, la commission a retenu une autre candidature pour ce poste. Nous ne sommes donc pas en mesure de donner une suite favorable à votre demande.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

{SIG_HELENE}"""),

    # ---------------- Skerry Air (airline training centre, Dublin; iCIMS)
    spec(id="skerry_ack", kind=ACK, lang="en", company="Skerry Air", contact="",
         date="2026-05-04 12:00 -0400",
         frm=("Skerry Air Careers", "careers-noreply@icims.com"),
         subject="Skerry Air: we have received your application (Req #2026-0418)",
         fmt="html",
         html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><img src="https://careers.skerryair.example.ie/logo.png" alt="Skerry Air"></p>
<p>Dear Siobhán,</p>
<p>Thank you for applying for <b>Cabin Crew Training Designer</b> (Req #2026-0418) at the Skerry Air Training Centre, Dublin Airport.</p>
<p>Your application is now with our Talent Acquisition team. You can check its status at any time by logging in to the Skerry Air Careers Portal.</p>
<p>Kind regards,<br>Talent Acquisition<br>Skerry Air</p>
<p style="color:#888;font-size:11px">Please do not reply to this message; this mailbox is not monitored.</p>
</body></html>
""",
         text=""),
    spec(id="skerry_invite", kind=INV, lang="en", company="Skerry Air",
         contact="fiachra.doolan@skerryair.example.ie",
         date="2026-05-13 10:09 +0100", frm=FIACHRA,
         subject="Assessment centre invitation – Cabin Crew Training Designer",
         ics={"method": "REQUEST", "uid": "skerry-ac-20260521-07@skerryair.example.ie", "seq": 0,
              "start": "20260521T093000", "end": "20260521T153000", "tz": "Europe/Dublin",
              "summary": "Skerry Air – assessment centre (Training Designer)",
              "location": "Skerry Air Training Centre, Corballis Road, Dublin Airport",
              "organizer": FIACHRA},
         text="""Dear Siobhán,

Congratulations – you have been shortlisted for the Cabin Crew Training Designer role. We would like you to attend our assessment centre at the Skerry Air Training Centre on Thursday 21 May from 09:30 to 15:30.

The day includes a group exercise, a 15-minute teach-back on a safety topic of your choice, and an interview with the Head of Cabin Training. Please bring photo ID; lunch is provided.

Kind regards,
Fiachra Doolan
Talent Acquisition Partner
Skerry Air Training Centre | Corballis Road, Dublin Airport, K67 P2W8 | +353 1 555 8830"""),
    spec(id="skerry_cancel", kind=RES, lang="en", company="Skerry Air",
         contact="fiachra.doolan@skerryair.example.ie",
         date="2026-05-19 17:41 +0100", frm=FIACHRA, reply_of="skerry_invite",
         subject="Cancelled: Skerry Air – assessment centre (Training Designer)",
         ics={"method": "CANCEL", "uid": "skerry-ac-20260521-07@skerryair.example.ie", "seq": 1,
              "start": "20260521T093000", "end": "20260521T153000", "tz": "Europe/Dublin",
              "summary": "Skerry Air – assessment centre (Training Designer)",
              "location": "Skerry Air Training Centre, Corballis Road, Dublin Airport",
              "organizer": FIACHRA},
         text="""Dear Siobhán,

Unfortunately we have to cancel Thursday's assessment centre: the training rooms are needed for an unplanned regulatory audit. Your application is still very much active and I will come back to you with a new date within the next two weeks.

Apologies for the short notice.

Fiachra"""),
    spec(id="skerry_newdate", kind=INV, lang="en", company="Skerry Air",
         contact="fiachra.doolan@skerryair.example.ie",
         date="2026-06-02 09:14 +0100", frm=FIACHRA,
         subject="New date: assessment centre – Cabin Crew Training Designer",
         ics={"method": "REQUEST", "uid": "skerry-ac-20260611-03@skerryair.example.ie", "seq": 0,
              "start": "20260611T093000", "end": "20260611T153000", "tz": "Europe/Dublin",
              "summary": "Skerry Air – assessment centre (Training Designer)",
              "location": "Skerry Air Training Centre, Corballis Road, Dublin Airport",
              "organizer": FIACHRA},
         text="""Dear Siobhán,

As promised, here is the new date for the assessment centre: Thursday 11 June, 09:30–15:30, same location and format as before. Please accept the calendar invitation to confirm your place.

Kind regards,
Fiachra
Skerry Air Training Centre"""),
    spec(id="skerry_missed_call", kind=MIS, lang="en", company="Skerry Air",
         contact="fiachra.doolan@skerryair.example.ie",
         date="2026-06-18 11:22 +0100", frm=FIACHRA,
         subject="Missed call – follow-up interview with the Head of Cabin Training",
         text="""Hi Siobhán,

Aoibheann tried to ring you at 11:00 as agreed for the follow-up phone interview but it went to voicemail twice. I hope everything is OK.

Could you let me know when you are free over the next couple of days so we can set it up again?

Fiachra Doolan | Skerry Air"""),
    spec(id="skerry_no", kind=REJ, lang="en", company="Skerry Air",
         contact="fiachra.doolan@skerryair.example.ie",
         date="2026-07-02 15:03 +0100", frm=FIACHRA,
         subject="Your application – Cabin Crew Training Designer",
         text="""Dear Siobhán,

Thank you for the time and energy you put into the assessment centre and the follow-up call. The panel enjoyed your teach-back on brace positions.

After a very close decision, we have offered the role to a candidate with a cabin crew background. I'm sorry this isn't better news. We'll keep your details on file for future training roles, if you're happy for us to do so.

Kind regards,
Fiachra Doolan
Talent Acquisition Partner, Skerry Air"""),

    # ---------------- Quill Search Partners (L&D head-hunter, London)
    spec(id="quill_cold", kind=OTH, contact="imogen.tarrant@quillsearch.example.co.uk", lang="en", date="2026-03-03 08:52 +0000", frm=IMOGEN,
         subject="Teachers moving into learning design – quick hello",
         text="""Hi Siobhán,

I came across your profile and your post about moving from the classroom into corporate learning. I run the learning & development desk at Quill Search Partners and we place instructional designers and L&D specialists across the UK and Ireland.

There's nothing specific on my desk that I'd put you forward for today, but I'd be glad to keep your details on file. If you'd like that, just send me an up-to-date CV.

Best,
Imogen Tarrant
Principal Consultant, Learning & Development
Quill Search Partners | 40 Clerkenwell Road, London EC1M 5PS | +44 20 7946 0381"""),
    spec(id="quill_cv", kind=OTH, lang="en", date="2026-03-03 21:15 +0000", frm=ME,
         to=[IMOGEN], subject="Re: Teachers moving into learning design – quick hello",
         reply_of="quill_cold", quote="en",
         pdf=[("Siobhan_NiMhurchu-Adeyemi_CV.pdf",
               ["Siobhan Ni Mhurchu-Adeyemi", "Primary teacher, Cork (2017-2026)",
                "Learning design portfolio: https://portfolio.example.ie"])],
         text="""Hi Imogen,

Thanks for getting in touch – yes please! My CV is attached. I'm open to London, Dublin and remote roles, and I'm available from the end of June.

Best wishes,
Siobhán"""),
    spec(id="quill_thamesgate_invite", kind=INV, lang="en", company="Thamesgate Learning",
         contact="imogen.tarrant@quillsearch.example.co.uk",
         date="2026-03-17 13:40 +0000", frm=IMOGEN,
         subject="Thamesgate Learning would like to meet you",
         text="""Hi Siobhán,

Great news: Thamesgate Learning, the e-learning team behind several NHS induction programmes, liked your CV and would like to interview you for their Junior Instructional Designer role.

They've suggested a video call on Monday 23 March at 12:00 (UK time) with their Head of Design, Priya Ramanathan. It's 45 minutes, mostly portfolio-based.

Can I confirm that for you?

Imogen"""),
    spec(id="quill_thamesgate_no", kind=REJ, lang="en", company="Thamesgate Learning",
         contact="imogen.tarrant@quillsearch.example.co.uk",
         date="2026-04-01 16:58 +0100", frm=IMOGEN,
         subject="Feedback from Thamesgate Learning",
         text="""Hi Siobhán,

I've just had feedback from Thamesgate Learning. Priya really liked your storyboard, but they've decided to go with a candidate who already has Articulate Storyline experience in a corporate setting, so they won't be taking things further with you.

I know that's disappointing. Their feedback was genuinely positive and I'd be very happy to keep working with you – I'll be in touch as soon as I see something suitable.

Imogen"""),
    spec(id="quill_unnamed_invite", kind=INV, lang="en", company="Quill Search Partners",
         contact="imogen.tarrant@quillsearch.example.co.uk",
         date="2026-06-15 09:33 +0100", frm=IMOGEN,
         subject="Confidential role – first call with my client",
         text="""Hi Siobhán,

I'm working on a confidential search for a global medical-technology client with a site in the west of Ireland. They are building a clinical education team and like the idea of someone with a teaching background.

They'd like a 30-minute introductory Teams call with their L&D Director on Friday 19 June at 10:00. I can't share the company name until after that first call, I'm afraid – client's request.

Shall I book it in?

Imogen Tarrant
Quill Search Partners"""),

    # ---------------- Hofmann Personal (agency, Munich)
    spec(id="hofmann_ack", kind=ACK, lang="de", company="Hofmann Personal",
         contact="t.brandl@hofmann-personal.example.de",
         date="2026-06-08 09:12 +0200", frm=BRANDL,
         subject="Ihre Bewerbung bei Hofmann Personal",
         cs="windows-1252", cte="8bit",
         text="""Guten Tag Frau Ní Mhurchú-Adeyemi,

vielen Dank für Ihre Bewerbung über unser Portal. Ihre Unterlagen sind bei uns eingegangen und liegen mir vor.

Ich gleiche Ihr Profil in den nächsten Tagen mit den offenen Positionen unserer Kunden im Bereich Training & Weiterbildung ab und melde mich dann telefonisch bei Ihnen.

Freundliche Grüße

Thomas Brandl
Personalberater
Hofmann Personal · Leopoldstraße 88 · 80802 München
Tel. 089 5559 2041"""),
    spec(id="hofmann_alpenflug_invite", kind=INV, lang="de", company="Alpenflug",
         contact="t.brandl@hofmann-personal.example.de",
         date="2026-06-16 14:27 +0200", frm=BRANDL, reply_of="hofmann_ack", quote="de",
         subject="AW: Ihre Bewerbung bei Hofmann Personal – Vorstellungsgespräch Alpenflug",
         text="""Guten Tag Frau Ní Mhurchú-Adeyemi,

gute Nachrichten: Unser Kunde, das Alpenflug Training Center am Flughafen München, möchte Sie gerne kennenlernen. Es geht um die Stelle als Trainingskonzepterin für die Crew-Schulungen.

Das Gespräch findet am Dienstag, 23. Juni, um 14:00 Uhr vor Ort statt (Gebäude T3, Empfang Alpenflug). Ansprechpartner ist Herr Jürgen Kessler, Leiter Crew Training. Die Reisekosten übernimmt der Kunde.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Freundliche Grüße
Thomas Brandl"""),
    spec(id="hofmann_alpenflug_missed", kind=MIS, lang="de", company="Alpenflug",
         contact="t.brandl@hofmann-personal.example.de",
         date="2026-06-23 15:04 +0200", frm=BRANDL,
         subject="Termin bei Alpenflug heute 14 Uhr",
         text="""Frau Ní Mhurchú-Adeyemi,

Herr Kessler vom Alpenflug Training Center hat mich eben angerufen: Er hat heute um 14:00 Uhr am Empfang auf Sie gewartet, Sie sind aber nicht erschienen. Auch telefonisch konnte ich Sie nicht erreichen.

Bitte melden Sie sich so schnell wie möglich bei mir, damit ich das mit dem Kunden klären kann.

Thomas Brandl
Hofmann Personal"""),

    # ---------------- Selecta Talento (agency, Madrid) -> Aerolíneas Cierzo
    spec(id="selecta_cierzo_invite", kind=INV, lang="es", company="Aerolíneas Cierzo",
         contact="nuria.sotomayor@selectatalento.example.es",
         date="2026-07-06 10:50 +0200", frm=NURIA,
         subject="Entrevista con Aerolíneas Cierzo – Formadora de tripulaciones",
         text="""Hola Siobhán,

Te escribo de Selecta Talento. Nuestro cliente Aerolíneas Cierzo ha revisado tu perfil y quiere hacerte una primera entrevista para el puesto de Diseñadora de Formación en su centro de formación de Barajas.

Sería el martes 14 de julio a las 12:00, por videollamada, con Álvaro Peña (jefe de Formación de Tripulaciones). Dura unos 45 minutos.

¿Te encaja? Confírmame y te paso el enlace.

Un abrazo,
Nuria Sotomayor
Consultora de Selección · Selecta Talento
C/ Orense 34, 28020 Madrid · 91 555 72 14"""),
    spec(id="selecta_cierzo_moved", kind=RES, lang="es", company="Aerolíneas Cierzo",
         contact="nuria.sotomayor@selectatalento.example.es",
         date="2026-07-10 18:05 +0200", frm=NURIA, reply_of="selecta_cierzo_invite", quote="es",
         subject="RE: Entrevista con Aerolíneas Cierzo – Formadora de tripulaciones",
         cs="iso-8859-1", cte="quoted-printable",
         text="""Hola de nuevo,

Álvaro me pide aplazar la entrevista del martes: le han convocado a una auditoría de la Agencia Estatal de Seguridad Aérea. Me dice que te llamará él mismo la semana del 20 de julio para fijar la nueva fecha. Tu candidatura sigue adelante.

Perdona el cambio,
Nuria"""),
    spec(id="selecta_cierzo_no", kind=REJ, lang="es", company="Aerolíneas Cierzo",
         contact="nuria.sotomayor@selectatalento.example.es",
         date="2026-08-04 12:31 +0200", frm=NURIA,
         subject="Novedades sobre Aerolíneas Cierzo",
         text="""Hola Siobhán,

Te escribo con noticias que no son las que esperábamos. Aerolíneas Cierzo ha decidido congelar la contratación del puesto de Diseñadora de Formación hasta 2027 por la revisión de su plan de flota, así que el proceso queda cerrado y no seguirá adelante con ninguna candidatura.

Siento mucho que haya sido así después de todo el proceso. Si te parece bien, te tengo en cuenta para otras posiciones de formación en Madrid.

Un abrazo,
Nuria"""),

    # ---------------- Talentia Intérim (temp agency, Lyon)
    spec(id="talentia_ack", kind=ACK, lang="fr", company="Talentia Intérim",
         contact="gaelle.perrin@talentia-interim.example.fr",
         date="2026-08-24 09:40 +0200", frm=GAELLE,
         subject="Votre candidature – Formatrice / conceptrice e-learning (mission 6 mois)",
         text="""Bonjour Siobhán,

Merci pour votre candidature à notre annonce de formatrice / conceptrice e-learning. Je l'ai bien reçue et je l'étudie avec attention.

Je reviens vers vous d'ici la fin de la semaine pour un premier échange téléphonique si votre profil correspond.

Bonne journée,
Gaëlle Perrin
Chargée de recrutement – Talentia Intérim, agence Lyon Part-Dieu
04 78 55 19 62"""),
    spec(id="talentia_missed", kind=MIS, lang="fr", company="Talentia Intérim",
         contact="gaelle.perrin@talentia-interim.example.fr",
         date="2026-08-28 10:17 +0200", frm=GAELLE, reply_of="talentia_ack", quote="fr",
         subject="RE: Votre candidature – Formatrice / conceptrice e-learning (mission 6 mois)",
         text="""Bonjour Siobhán,

J'ai essayé de vous appeler à 10h comme convenu pour notre entretien téléphonique, mais je suis tombée sur votre messagerie. Je vous ai laissé un message.

N'hésitez pas à me rappeler ou à me proposer un autre moment cette semaine.

Gaëlle"""),
    spec(id="talentia_no", kind=REJ, lang="fr", company="Talentia Intérim",
         contact="gaelle.perrin@talentia-interim.example.fr",
         date="2026-09-08 15:26 +0200", frm=GAELLE,
         subject="Mission formatrice e-learning – retour",
         text="""Bonjour Siobhán,

Je reviens vers vous au sujet de la mission de formatrice / conceptrice e-learning. Notre client a finalement pourvu le poste en interne, par une salariée de son service formation. La mission est donc close et je ne pourrai pas présenter votre candidature.

Je garde précieusement votre profil pour de prochaines missions dans la région lyonnaise.

Belle journée,
Gaëlle Perrin – Talentia Intérim"""),
]
