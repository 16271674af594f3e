"""Forwarded mail and Outlook-style reply chains for the eighty-seventh corpus, where the new text
and the quoted text say different things (data only; imports msgs87_build)."""

from msgs87_build import CANDIDATE, Msg

MESSAGES = [
Msg("interview_invitation", "en_fwd_from_hiring_manager", "en",
    "Aoife Brennan <aoife.brennan@greenlinetalent.example.ie>",
    "Fwd: Interview - Customer Insights Analyst",
    """Hi Valentina,

Good news, see below from Harbourline - they want to meet you! Can you do either of those slots? Let me know and I'll confirm with Declan.

Aoife

Aoife Brennan | Greenline Talent | +353 1 555 0192

---------- Forwarded message ---------
From: Declan Murphy <declan.murphy@harbourline.example.ie>
Date: Tue, 14 Apr 2026 at 16:02
Subject: Interview - Customer Insights Analyst
To: Aoife Brennan <aoife.brennan@greenlinetalent.example.ie>

Hi Aoife,

Thanks for sending Valentina's CV. We'd like to invite her for a first-round interview on Teams, 45 minutes, with me and a member of the pricing team. Thursday 23rd at 11:00 or Friday 24th at 14:30 Irish time.

Thanks,
Declan Murphy
Head of Customer Insight, Harbourline Insurance""",
    company="Harbourline Insurance", tz="+01:00", date="04-14 17:20"),

Msg("rejection", "en_outlook_chain_bank", "en",
    "Tasha Williams <tasha.williams@pennywisebank.example.co.uk>",
    "RE: Product Analyst (Customer Growth) - next steps",
    """Hi Valentina,

Thank you again for your time with Ravi and Joanne last Tuesday. I'm sorry to say we've decided not to progress your application to the final stage. It was close, but we went with candidates who have more hands-on experience with UK open banking data.

I'll keep your details on file, and I'd encourage you to apply for future roles with us.

All the best,
Tasha

Tasha Williams | Talent Partner | Pennywise Bank
Pennywise Bank Ltd is registered in England and Wales. Authorised by the Prudential Regulation Authority.

From: Valentina Echeverría-Kowalczyk <valentina.ek@example.es>
Sent: 22 April 2026 18:03
To: Tasha Williams <tasha.williams@pennywisebank.example.co.uk>
Subject: Re: Product Analyst (Customer Growth) - next steps

Hi Tasha, thanks for the interview invitation, I'm looking forward to the next stage!

From: Tasha Williams <tasha.williams@pennywisebank.example.co.uk>
Sent: 20 April 2026 10:15
To: Valentina Echeverría-Kowalczyk <valentina.ek@example.es>
Subject: Product Analyst (Customer Growth) - next steps

Hi Valentina, we'd love to invite you to a 60-minute interview with Ravi (Product Lead) and Joanne (Analytics Manager) on Tuesday 28 April at 14:00 BST.""",
    company="Pennywise Bank", tz="+01:00", date="05-05 12:40"),

Msg("other", "propio_reenvio_rechazo_amiga", "es",
    CANDIDATE,
    "RV: Resultado proceso - Especialista de Analítica de Clientes",
    """Pau, mira lo que me ha llegado hoy :( Otra más. Mañana te llamo.

-------- Mensaje reenviado --------
Asunto: Resultado proceso - Especialista de Analítica de Clientes
Fecha: jueves, 14 de mayo de 2026, 15:33
De: Diana Marcela Rojas <dmrojas@bancoandino.example.com.co>
Para: Valentina Echeverría-Kowalczyk <valentina.ek@example.es>

Buenas tardes Valentina,
Después de analizar los resultados, queremos informarle que en esta oportunidad no continuará en el proceso.
Cordialmente,
Diana Marcela Rojas Pinzón""",
    contact="", to="Paula Serrano <paulaserrano88@example.com>", date="05-14 23:05", tz="+02:00"),

Msg("offer", "cierzo_oferta_html", "es",
    "Seguros Cierzo - Talento <talento@seguroscierzo.example.es>",
    "Propuesta de incorporación - Data & CRM Analyst",
    """Estimada Valentina:

En nombre de Seguros Cierzo, nos complace trasladarte nuestra propuesta de incorporación como Data & CRM Analyst en el equipo de Marketing Relacional, con contrato indefinido y una retribución fija de 44.500 € brutos anuales más retribución variable de hasta el 8 %.

Nerea Aguirre (naguirre@seguroscierzo.example.es) y yo estamos a tu disposición para resolver cualquier duda antes de que nos confirmes tu decisión, idealmente antes del viernes 20 de marzo.

Un saludo,
Pablo Moreno Sanz
Talento · Seguros Cierzo

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de carácter confidencial exclusivamente dirigida a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de Seguros Cierzo.""",
    company="Seguros Cierzo", reply_to="Pablo Moreno Sanz <pmoreno@seguroscierzo.example.es>",
    fmt="html", logo="Seguros Cierzo", charset="windows-1252", cte="quoted-printable", date="03-12 13:15"),

Msg("rejection", "chile_despues_entrevista", "es",
    "Francisca Olivares <folivares@retailandes.example.cl>",
    "RE: Siguiente etapa proceso Jefe/a de Pricing",
    """Hola Valentina,

Muchas gracias por tu tiempo en la entrevista con Paulina. Te cuento que finalmente decidimos seguir con otra candidata para el cargo, principalmente por su experiencia en retail chileno y manejo de equipos.

Te agradezco mucho tu disposición durante todo el proceso y te deseo lo mejor.

Saludos,
Francisca

El 12-05-2026, a las 10:40, Francisca Olivares <folivares@retailandes.example.cl> escribió:
> Hola Valentina, te cuento que pasaste a la siguiente etapa del proceso para Jefa de Pricing.""",
    company="Retail Andes", tz="-04:00", date="05-27 18:20"),
]
