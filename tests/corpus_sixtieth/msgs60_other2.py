"""Mail labelled `other` in English, French and Spanish (data only)."""

from __future__ import annotations

from msgs60_other import KAI, X, bulk

MESSAGES = [
    X("linkedin_job_alert", "en", "", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
      "\"supply chain planner\": 12 new jobs in Vienna", """
      Your job alert for supply chain planner in Vienna, Austria
      12 new jobs match your preferences.

      Supply Chain Planner - Corvane Biologics - Vienna (Hybrid) - Actively recruiting
      S&OP Analyst - Brightmile Energy - Remote - Be an early applicant
      Demand Planning Lead - Veltrix Medical - Vienna - 3 connections work here
      Procurement Analyst - Nordlys Grid - Vienna - Easy Apply

      See all jobs

      You are receiving Job Alert emails. Unsubscribe · Help
      © 2026 LinkedIn Corporation
      """, fmt="alt", headers=bulk("jobalerts.linkedin.com")),

    X("indeed_digest", "en", "", "Indeed <alert@indeed.example.com>",
      "Operations Manager jobs in Munich - 9 new", """
      9 new jobs for Operations Manager in Munich

      Operations Manager Warehouse - Valtera Mobility - München - €70,000 - €85,000 a year
      Interviewing now · Urgently hiring
      Site Operations Lead - Freightloop - Remote in Germany
      Responds to applications within 1 day

      Manage job alerts | Unsubscribe
      Indeed, 6433 Champion Grandview Way, Austin, TX
      """, fmt="html", headers=bulk("alerts.indeed.example.com")),

    X("career_newsletter_final_round", "en", "", "The Offer Letter <hello@theofferletter.example.com>",
      "Why you got rejected after the final round (and what to do next)", """
      Hey friend,

      This week's issue is about the worst email in job hunting: "Unfortunately, we have decided to move
      forward with other candidates." I spoke to six hiring managers about what actually happens after
      the final round, why candidates get ghosted, and how to handle a missed interview without burning
      the bridge.

      Plus: three templates for asking for feedback after a rejection.

      Read the full issue ->

      You're getting this because you subscribed to The Offer Letter. Unsubscribe anytime.
      """, fmt="html", headers=bulk("theofferletter.example.com")),

    X("recruiter_inmail_cold", "en", "rachel.kim@talentbridge-partners.example.com",
      "Rachel Kim <rachel.kim@talentbridge-partners.example.com>", "Exciting opportunities in SAP consulting", """
      Hi Kai,

      I came across your profile and was really impressed by your SAP S/4HANA logistics background!

      I'm currently partnering with several leading consultancies across DACH who are growing their
      supply chain practices. If you're open to exploring new opportunities, feel free to send over
      your latest CV and salary expectations and I'll keep you in mind as roles come up.

      Best,
      Rachel Kim
      Senior Talent Partner | TalentBridge Partners
      """, fmt="alt"),

    X("colleague_forwards_posting", "en", "marek.lis@example.com",
      "Marek Lis <marek.lis@example.com>", "Fwd: Senior S&OP Planner - Warsaw/remote", """
      Kai, saw this and thought of you - the team lead is a friend of mine, happy to put in a word
      if you apply. No pressure!

      Marek
      """, quote=("fwd", "Vistula Home Careers <careers@vistulahome.example.pl>", """
      Senior S&OP Planner (Warsaw or remote, EU)

      We are looking for an experienced planner with SAP APO/IBP background to lead our monthly S&OP
      cycle for 14 markets. Apply via our careers page by 30 September.
      """)),

    X("press_interview_request", "en", "j.morrow@freightweek.example.com",
      "James Morrow <j.morrow@freightweek.example.com>", "Interview request - Freight Week magazine", """
      Dear Kai,

      I'm a reporter at Freight Week working on a piece about how mid-sized automotive suppliers in
      Central Europe coped with last winter's rail disruptions. A colleague suggested you as someone
      who lived through it on the planning side.

      Would you be willing to do a short interview by phone, on or off the record? 20 minutes would be plenty.

      Many thanks,
      James Morrow
      Senior Reporter, Freight Week
      """),

    X("user_research_saas", "en", "", "Planwise Research <research@planwise.example.io>",
      "Got 30 minutes? Help shape Planwise (€60 voucher)", """
      Hi Kai,

      We're talking to planners who use Planwise every day and we'd love to interview you about how you
      build your weekly replenishment plan. It's a 30-minute video session with our product designer,
      and we'll send you a €60 voucher as a thank-you.

      Pick a time that works for you: https://planwise.example.io/research/book

      Thanks!
      The Planwise Research Team
      """, fmt="html", headers=bulk("research.planwise.example.io")),

    X("friend_rejection_en", "en", "dominik.sz@example.com",
      "Dominik Szabo <dominik.sz@example.com>", "Re: how did it go?", """
      Mate, they rejected me. After FOUR rounds and a presentation. The email literally said "we've
      decided to pursue other candidates whose background more closely aligns". Whatever.
      Drinks on Thursday? How's your search going?

      D
      """, quote=("gmail", KAI, """
      Hey, how did the final round at the consultancy go? Fingers crossed!
      """)),

    X("order_delayed", "en", "", "Bricktown Store <orders-noreply@bricktown.example.com>",
      "Update on your order #BT-448812", """
      Hi Kai,

      Unfortunately your order is delayed. One of the items is temporarily out of stock at our
      warehouse and we now expect to ship it on 14 October. We're sorry for the inconvenience.

      You can cancel the delayed item at any time from your account.

      Bricktown Customer Care
      """, fmt="alt"),

    X("streaming_payment_failed", "en", "", "Streamly <info@account.streamly.example.com>",
      "Your payment didn't go through", """
      Hi Kai,

      We were unable to process your payment for your Premium Family plan. Please update your payment
      details to keep listening without interruption.

      Update payment

      The Streamly Team
      """, fmt="html"),

    X("ooo_recruiter_en", "en", "emma.clarke@pallas-analytics.example.com",
      "Emma Clarke <emma.clarke@pallas-analytics.example.com>", "Automatic reply: Offer questions", """
      Thanks for your email. I'm out of the office until Monday 6 April with limited access to email.
      For anything urgent regarding interviews, please contact recruiting@pallas-analytics.example.com.

      Emma
      """, headers=(("Auto-Submitted", "auto-replied"),)),

    X("webinar_interview_skills", "en", "", "Supply Chain Careers Network <events@sccn.example.org>",
      "Webinar: How to ace your S&OP interview", """
      Join us Thursday at 17:00 CET for a free webinar with three hiring managers on what they really
      ask in supply chain interviews - from case studies to "tell me about a time you failed".

      Register now - places are limited.

      Supply Chain Careers Network · You can unsubscribe from these emails at any time.
      """, fmt="html", headers=bulk("events.sccn.example.org")),

    X("gps_tracker_position", "en", "", "TrackMate <alerts@trackmate.example.com>",
      "Position update: \"Kai's bike\" has left the geofence", """
      Hi Kai,

      Your tracker "Kai's bike" reported a new position outside your home zone at 07:42.
      Last known position: 48.1951 N, 16.3711 E (Wien Margareten). Battery: 64%.

      Open the map to see the full route.

      TrackMate
      """, fmt="alt"),

    X("uni_admission_decline", "en", "", "Graduate Admissions <admissions-noreply@rotterdam-su.example.nl>",
      "Your application to the MSc Supply Chain Management", """
      Dear Kai Wozniak-Hartmann,

      Thank you for applying to the MSc Supply Chain Management programme. After careful review by the
      admissions committee, we regret to inform you that we are unable to offer you a place for the
      2026-2027 academic year. The number of qualified applicants greatly exceeded available places.

      We wish you every success in your future studies.

      Graduate Admissions Office
      """),

    X("standup_teams_en", "en", "olga.petrova@donautal-metall.example.at",
      "Olga Petrova <olga.petrova@donautal-metall.example.at>", "Updated invitation: Weekly S&OP sync", """
      Hi all, moving our weekly S&OP sync to Tuesdays 10:00 from next week. Same Teams link.

      Microsoft Teams meeting
      Join on your computer, mobile app or room device
      Click here to join the meeting
      """, ics="REQUEST", ics_when="20260310T090000Z", ics_title="Weekly S&OP sync",
      to="Supply Planning <planning@donautal-metall.example.at>"),

    # French
    X("fr_wttj_newsletter", "fr", "", "Welcome to the Jungle <newsletter@welcometothejungle.com>",
      "Ces 6 offres ops pourraient vous plaire", """
      Bonjour Kai,

      Voici notre sélection de la semaine :

      Ops Manager - Circulo - Lyon / télétravail
      Responsable Supply Chain - Maison Brunel - Paris
      Acheteur Projets - Alpirail - Lyon

      Et dans le magazine : « Refus après un entretien : comment rebondir ? »

      Se désabonner
      """, fmt="html", headers=bulk("newsletter.welcometothejungle.com")),

    X("fr_chasseur_approche", "fr", "s.marchand@hexa-recrutement.example.fr",
      "Sophie Marchand <s.marchand@hexa-recrutement.example.fr>", "Votre profil", """
      Bonjour Kai,

      Je me permets de vous contacter car votre profil SAP et supply chain a retenu mon attention.
      J'accompagne plusieurs industriels de la région lyonnaise sur des postes de planification. Si
      vous envisagez une mobilité, n'hésitez pas à m'adresser votre CV : je vous recontacterai dès
      qu'une opportunité correspondra.

      Belle journée,
      Sophie Marchand
      Hexa Recrutement
      """),

    X("fr_podcast_entretien", "fr", "lucas@supplychainfm.example.fr",
      "Lucas Fontaine <lucas@supplychainfm.example.fr>", "Proposition d'interview pour Supply Chain FM", """
      Bonjour Kai,

      J'anime Supply Chain FM, un podcast francophone sur les métiers de la logistique. Votre
      témoignage sur le passage de key user SAP à la planification nous intéresserait beaucoup. Seriez-vous
      partant pour une interview d'environ 30 minutes, enregistrée à distance ?

      Au plaisir,
      Lucas
      """),

    X("fr_alliance_cours", "fr", "", "Institut Français de Vienne <cours-noreply@ifv.example.at>",
      "Confirmation d'inscription - cours B2 intensif", """
      Bonjour,

      Nous vous confirmons votre inscription au cours de français B2 intensif (du 7 septembre au
      2 octobre, lundi et mercredi 18h30-20h). Le premier cours aura lieu en salle 3.

      Cordialement,
      Le service des cours
      """, charset="iso-8859-1", cte="quoted-printable"),

    X("fr_article_refus", "fr", "", "Cadremploi Actu <actu@cadres-emploi.example.fr>",
      "Candidature refusée : faut-il demander un retour ?", """
      Cette semaine dans votre lettre carrière :

      « Nous sommes au regret de vous informer... » Pourquoi les recruteurs ne répondent-ils plus ?
      Faut-il relancer après un entretien manqué ? Nos experts répondent.

      Aussi : le salaire des responsables achats en 2026.

      Vous recevez cet email car vous êtes inscrit à notre lettre. Se désinscrire
      """, fmt="html", headers=bulk("actu.cadres-emploi.example.fr")),

    # Spanish
    X("es_alerta_empleo", "es", "", "Alertas de empleo <alertas@infoempleo.example.es>",
      "8 nuevas ofertas de Planificador de demanda en Madrid", """
      Hola Kai,

      Tenemos nuevas ofertas que encajan con tu alerta:

      Planificador/a de demanda - Logística Meseta - Madrid
      Técnico de compras - Grupo Valdecillas - Santander
      Responsable de almacén - Transportes Ebro - Zaragoza

      Ver todas las ofertas

      Darte de baja de esta alerta
      """, fmt="html", headers=bulk("alertas.infoempleo.example.es")),

    X("es_newsletter_entrevistas", "es", "", "Blog Talento y Empleo <boletin@talentoyempleo.example.es>",
      "Cómo responder a un rechazo después de la entrevista", """
      ¡Hola!

      En el boletín de esta semana: qué hacer cuando te dicen "lamentamos comunicarte que no has sido
      seleccionado", cómo pedir feedback sin parecer desesperado y qué hacer si se te pasó una entrevista.

      Leer el artículo

      Recibes este boletín porque te suscribiste en nuestra web. Darse de baja
      """, fmt="alt", headers=bulk("boletin.talentoyempleo.example.es")),

    X("es_headhunter_frio", "es", "javier.ortega@cumbre-talent.example.es",
      "Javier Ortega <javier.ortega@cumbre-talent.example.es>", "Oportunidades en supply chain", """
      Hola Kai,

      He visto tu perfil en LinkedIn y me ha parecido muy interesante tu experiencia con SAP. Trabajo
      con varias empresas del sector logístico en Madrid y Barcelona. Si en algún momento te planteas
      un cambio, envíame tu CV actualizado y te tendré en cuenta para próximos procesos.

      Un saludo,
      Javier Ortega
      Cumbre Talent
      """),

    X("es_piso_rechazado", "es", "alquileres@inmosol.example.es",
      "Inmosol Alquileres <alquileres@inmosol.example.es>", "Su solicitud para el piso de calle Embajadores", """
      Estimado Kai:

      Le agradecemos su interés en el piso de calle Embajadores 41. Lamentablemente, el propietario ha
      elegido a otro inquilino, por lo que su solicitud no ha sido aceptada.

      Le avisaremos si tenemos otros pisos que encajen con lo que busca.

      Un saludo,
      Inmosol
      """, charset="iso-8859-1"),

    X("es_encuesta_entrevista", "es", "", "Equipo de Investigación Rutaflex <investigacion@rutaflex.example.es>",
      "¿Nos ayudas con una entrevista de 20 minutos?", """
      Hola Kai:

      Estamos mejorando la app de Rutaflex y buscamos usuarios para una breve entrevista de
      investigación (20 minutos por videollamada). Como agradecimiento, te regalamos un mes gratis.

      Reservar hueco

      Gracias,
      Equipo de Investigación de Rutaflex
      """, fmt="html", headers=bulk("investigacion.rutaflex.example.es")),

    X("es_amigo_rechazo", "es", "carlos.mendez@example.es",
      "Carlos Méndez <carlos.mendez@example.es>", "Re: ¿qué tal la entrevista?", """
      Pues nada, tío, me han dicho que no. Que han decidido seguir con otro candidato con más
      experiencia. Un palo, la verdad. Por lo menos ya sé cómo son las entrevistas allí.

      ¿Y tú qué tal con lo de Viena?

      Enviado desde mi iPhone
      """, quote=("es", KAI, """
      ¡Hola Carlos! ¿Qué tal te fue la entrevista final? Cuéntame.
      """)),

    X("es_banco_solicitud", "es", "", "Banco Meridiano <notificaciones@bancomeridiano.example.es>",
      "Hemos recibido tu solicitud de préstamo", """
      Hola Kai:

      Hemos recibido tu solicitud de préstamo personal. Nuestro equipo de riesgos la está revisando y
      te comunicaremos la decisión en un plazo de 48 horas.

      Banco Meridiano
      """),
]
