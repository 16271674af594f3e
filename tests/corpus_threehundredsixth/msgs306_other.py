"""`other` mail for corpus 306: digests and newsletters full of job words, media and research
interviews, parcels, banks, trackers, landlords, doctors, friends, courses, a cold approach,
out-of-office replies and the candidate's own mail. No company on any of them."""

from __future__ import annotations

from msgs306_common import msg, own

LIST = {
    "List-Id": "Hospitality Jobs Weekly <weekly.hospitalityjobs.example.com>",
    "List-Unsubscribe": "<https://hospitalityjobs.example.com/u/9f2c>, "
                        "<mailto:unsubscribe@hospitalityjobs.example.com>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Precedence": "bulk",
}


def bulk(list_id: str, site: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<https://{site}/unsubscribe>",
            "Precedence": "bulk"}


MESSAGES = [
    # ------------------------------------------------------------------ English
    msg("digest_hospitalityjobs", "other", "en", "2026-02-05 07:00 +0000",
        "Hospitality Jobs Weekly <weekly@hospitalityjobs.example.com>",
        "12 new revenue jobs + how to bounce back from rejection",
        """This week on Hospitality Jobs Weekly

NEW JOBS MATCHING "revenue" NEAR BRISTOL
- Revenue Analyst, city-centre hotel group, Bristol - GBP 34-38k
- Reservations & Revenue Supervisor, quayside hotel, Bristol - GBP 29k
- Pricing Analyst, holiday parks operator, Bristol (hybrid)
- Assistant Revenue Manager, Edinburgh - GBP 36k
... and 8 more

CAREER CORNER: Rejected after the final interview?
Unfortunately, most candidates hear "no" far more often than "yes". Our columnist explains
how to ask for feedback after a rejection and how to prepare for your next interview
invitation so the nerves don't win.

You are receiving this because you signed up for job alerts. Manage alerts or unsubscribe at
any time.""", form="alt", layout="news", brand="Hospitality Jobs Weekly", color="#e63946",
        footer="Hospitality Jobs Weekly, PO Box 123, Manchester M1 1AA", headers=LIST, sys=True),
    msg("newsletter_revenueminds", "other", "en", "2026-03-06 06:30 +0000",
        "RevenueMinds <hello@revenueminds.example.com>",
        "RevenueMinds #41: the interview questions every revenue manager gets",
        """RevenueMinds - the fortnightly letter for hotel revenue people

In this issue:
1. The 10 interview questions every revenue manager gets (and what the panel really wants)
2. Forecast accuracy after the Easter shift - unfortunately, nobody's model saw it coming
3. Reader question: "I've had six rejections in a row - should I stop applying for analyst
   roles?"
4. Job board: 14 roles in London, Edinburgh, Vienna and Malaga

Read online, forward to a colleague, or update your preferences below.""", form="html",
        layout="news", brand="RevenueMinds", color="#2a9d8f",
        footer="You subscribed at revenueminds.example.com. Unsubscribe.",
        headers=bulk("RevenueMinds <letter.revenueminds.example.com>",
                     "revenueminds.example.com"), sys=True),
    msg("jobalert_pro", "other", "en", "2026-06-30 08:00 +0100",
        "ProNet Job Alerts <jobalerts-noreply@pronet.example.com>",
        "Revenue Manager in London: 23 new jobs",
        """Grace, 23 new jobs match your alert "Revenue Manager" in London.

Revenue Manager - Boutique Hotel Group - London (on-site) - Easy apply
Senior Revenue Analyst - Airline - Crawley (hybrid) - 2 connections work here
Revenue & Distribution Manager - Serviced Apartments - London

Tip: members who follow up within a week of an interview are 30% more likely to hear back.

See all jobs | Turn off this alert""", form="alt", layout="ats", brand="ProNet",
        color="#0a66c2", headers=bulk("<jobalerts.pronet.example.com>", "pronet.example.com")),
    msg("podcast_nightaudit", "other", "en", "2026-03-24 20:12 +0000",
        "Dev Chauhan <dev@thenightaudit.example.com>",
        "Interview request: The Night Audit podcast",
        """Hi Grace,

I host The Night Audit, a small podcast about the people who keep hotels running after
midnight. A listener mentioned your LinkedIn post about moving from nights into revenue and I'd
love to interview you for an episode.

We record remotely, about 40 minutes, and I'm flexible on dates in April. No pressure at all -
just reply if you fancy it.

Cheers,
Dev Chauhan
Host, The Night Audit""", charset="windows-1252", cte="qp"),
    msg("research_roomly", "other", "en", "2026-04-15 11:40 +0100",
        "Saskia Brandt <saskia.brandt@roomly.example.com>",
        "Would you join a 30-minute user research interview? (GBP 30 voucher)",
        """Hi Grace,

I'm a user researcher at Roomly, the staff-scheduling app your hotel uses for night rotas.
We're interviewing night managers about how they plan cover, and I'd love to talk to you.

It's a 30-minute video interview, there are no right or wrong answers, and we'll send a GBP 30
voucher as a thank you. You can pick a time here: https://cal.roomly.example.com/saskia/30min

Thanks,
Saskia Brandt
Senior User Researcher, Roomly""", form="alt"),
    msg("parcel_delay", "other", "en", "2026-01-23 14:02 +0000",
        "SwiftDrop Parcels <no-reply@swiftdrop.example.co.uk>",
        "Unfortunately your parcel is delayed",
        """Hi Grace,

Unfortunately your parcel SD-4471-9920 is delayed due to high volumes at our Avonmouth
depot. We're sorry for the inconvenience.

New estimated delivery: Monday 26 January, 08:00-18:00.

You can track your parcel or choose a safe place in the SwiftDrop app.

SwiftDrop Parcels""", form="html", layout="ats", brand="SwiftDrop", color="#f77f00"),
    msg("bank_position", "other", "en", "2026-04-01 05:10 +0100",
        "Clifton Mutual <alerts@cliftonmutual.example.co.uk>",
        "Your monthly position statement is ready",
        """Dear Ms Mwangi-Holt,

Your investment ISA position statement for March 2026 is now available in online banking.

Closing position: GBP 6,412.85
Change since last statement: +1.8%

We will never ask for your password by email.

Clifton Mutual Building Society""", sys=True),
    msg("tracker_position", "other", "en", "2026-07-19 23:48 +0100",
        "TrailTag <notify@trailtag.example.com>",
        "Position update: your bike has moved",
        """TrailTag alert

Your tag "Grace's bike" reported a new position at 23:46:
51.4545 N, 2.5879 W (near Harbourside, Bristol)

If you didn't expect this, open the app to see live tracking.

- TrailTag""", sys=True),
    msg("landlord_viewing", "other", "en", "2026-04-18 10:05 +0100",
        "Ben Whitcombe <ben@southbanklettings.example.co.uk>",
        "Viewing confirmed - 2-bed flat, Bermondsey",
        """Hi Grace,

Thanks for your enquiry. Your viewing of Flat 4, 22 Tanner Street, SE1 is confirmed for
Saturday 25 April at 11:00. I'll meet you outside the building.

Please bring photo ID if you'd like to put down a holding deposit on the day.

Kind regards,
Ben Whitcombe
Lettings Negotiator, Southbank Lettings
020 7946 0777""", charset="iso-8859-1", cte="qp"),
    msg("dentist_reminder", "other", "en", "2026-02-24 09:00 +0000",
        "Redland Dental Practice <reception@redlanddental.example.co.uk>",
        "Appointment reminder: Thursday 26 February, 08:40",
        """Dear Grace,

This is a reminder of your appointment with Dr Anika Shah on Thursday 26 February at 08:40
(check-up and scale & polish).

If you need to cancel or rearrange, please give us at least 24 hours' notice by replying to
this email or calling 0117 496 0123.

Redland Dental Practice
Redland Road, Bristol BS6 6AG"""),
    msg("friend_rejected", "other", "en", "2026-03-14 22:41 +0000",
        "Tasha Bright <tasha.bright@example.net>", "ugh, they said no",
        """Grace!!

Just had the email from the Cotswolds spa hotel - they're "moving forward with other
candidates". After THREE interviews and a trial shift. I'm gutted.

Wine on Sunday? I need to hear about your London interview to cheer me up.

T x"""),
    msg("friend_forward", "other", "en", "2026-05-02 13:15 +0100",
        "Tasha Bright <tasha.bright@example.net>", "Fwd: Interview invitation - Front Office Manager",
        """Hey you,

Look what came in!! Finally an interview. Can you have a look at this and tell me what a
"competency-based panel" actually involves? You've done loads of these now.

T x""",
        inner={"from": "Rosewood Spa Hotels Recruitment <recruitment@rosewoodspa.example.co.uk>",
               "to": "Tasha Bright <tasha.bright@example.net>",
               "date": "2026-05-01 16:20 +0100",
               "subject": "Interview invitation - Front Office Manager",
               "body": """Dear Tasha,

Thank you for your application for Front Office Manager. We are delighted to invite you to a
competency-based panel interview on Friday 8 May at 14:00 at Rosewood Spa, Cirencester.

Please confirm your attendance by reply.

Kind regards,
Rosewood Spa Hotels Recruitment"""}),
    msg("course_refused", "other", "en", "2026-02-27 15:30 +0000",
        '"Admissions, Institute for Hospitality Revenue" <admissions@ihr.example.org>',
        "Revenue Management Certificate - May cohort",
        """Dear Grace,

Thank you for applying for the Certificate in Hotel Revenue Management (May 2026 cohort).

Unfortunately, the cohort is now full and we are unable to offer you a place. We have added
you to the waiting list and will automatically consider your application for the September
cohort unless you tell us otherwise.

Kind regards,
Admissions Team
Institute for Hospitality Revenue"""),
    msg("headhunter_cold", "other", "en", "2026-05-27 08:12 +0100",
        "James Achterberg <james@sterlingkeys.example.com>",
        "Your move into revenue - open to a chat?",
        """Hi Grace,

I came across your profile and your post about moving from night management into revenue.
I run the revenue and commercial desk at Sterling Keys, a hospitality search firm, and I often
work with hotel groups who value exactly that operational background.

No specific role to pitch today - I'd just like to understand what you're looking for so I
can think of you when the right brief lands. Would a 15-minute call next week work?

Best,
James Achterberg
Partner, Sterling Keys Hospitality Search
+44 20 7946 0902"""),
    msg("radio_severn", "other", "en", "2026-01-30 16:45 +0000",
        "Lily Armitage <lily.armitage@radiosevern.example.co.uk>",
        "Radio Severn - could we interview you live on Tuesday?",
        """Hi Grace,

I'm a producer on the Radio Severn breakfast show. Next week we're doing a feature on the
people who work through the night in Bristol, and your hotel's GM suggested you.

Could we interview you live on air on Tuesday 3 February at around 07:40? It would be a
five-minute chat by phone. Happy to talk it through beforehand.

Thanks,
Lily Armitage
Producer, Breakfast with Marcus & Jo
Radio Severn, Whiteladies Road, Bristol"""),
    msg("press_courier", "other", "en", "2026-06-09 12:20 +0100",
        "Owen Pritchard <owen.pritchard@bristolcourier.example.co.uk>",
        "Bristol Courier feature on hospitality careers - interview?",
        """Dear Grace,

I'm writing a piece for the Bristol Courier's weekend magazine about people changing careers
within hospitality. Would you be willing to be interviewed for it? It would take about half an
hour by phone, and we'd like a photograph if you're comfortable with that.

Deadline is 19 June.

Best regards,
Owen Pritchard
Features Writer, Bristol Courier"""),
    msg("train_cancelled", "other", "en", "2026-05-20 06:05 +0100",
        "Westway Rail <journeyalerts@westwayrail.example.co.uk>",
        "Your 07:02 Bristol Temple Meads to Bath Spa has been cancelled",
        """Journey alert

We're sorry: the 07:02 service from Bristol Temple Meads to Bath Spa has been cancelled due to
a signalling fault at Keynsham.

The next available service is the 07:48. You may be entitled to Delay Repay compensation.

Westway Rail""", form="html", layout="ats", brand="Westway Rail", color="#004225",
        sys=True),
    msg("card_declined", "other", "en", "2026-08-20 10:00 +0100",
        "Harbour Card Services <donotreply@harbourcard.example.co.uk>",
        "Your credit card application",
        """Dear Ms Mwangi-Holt,

Thank you for your recent application for a Harbour Rewards credit card.

Unfortunately we are unable to approve your application at this time. This decision was based
on information from credit reference agencies and our own lending criteria, and it does not
affect any other products you hold with us.

Yours sincerely,
Harbour Card Services"""),
    own("own_train_explanation", "en", "2026-05-20 10:40 +0100",
        "Olivia Marsh <olivia.marsh@claremontfinch.example.co.uk>",
        "Re: Are you OK? Client waiting",
        """Olivia, I'm so sorry. My 07:02 to Bath was cancelled and the next one was held outside
Keynsham for forty minutes with no signal. I'm only just off the train. Please apologise to the
client for me - I'd be grateful for any chance to rearrange.

Grace""", parent="claremont_unnamed_missed", quote="plain"),

    # ------------------------------------------------------------------ German
    msg("jobletter_wien", "other", "de", "2026-04-13 07:15 +0200",
        "Jobletter Hotellerie Wien <jobletter@hoteljobs-wien.example.at>",
        "Ihr Jobletter: 9 neue Stellen im Revenue Management",
        """Ihr persönlicher Jobletter

9 neue Stellen passend zu "Revenue Manager" in Wien:
- Revenue Manager (m/w/d), 4*-Stadthotel, Wien 7
- Junior Revenue Analyst (w/m/d), Hotelgruppe, Wien 6
- Reservierungsleitung mit Revenue-Verantwortung, Thermenresort, Burgenland

Karrieretipp der Woche: Absage erhalten? So nutzen Sie das Feedback für Ihr nächstes
Vorstellungsgespräch. Leider bekommen nur wenige Bewerbende eine ausführliche Begründung -
fragen Sie nach!

Sie erhalten diese E-Mail, weil Sie den Jobletter abonniert haben. Abmelden""",
        form="alt", layout="news", brand="Hoteljobs Wien", color="#d62828",
        headers=bulk("Jobletter <jobletter.hoteljobs-wien.example.at>",
                     "hoteljobs-wien.example.at"), sys=True),
    msg("besichtigung_wien", "other", "de", "2026-04-16 14:30 +0200",
        "Hausverwaltung Brunner <office@hv-brunner.example.at>",
        "Besichtigungstermin Wohnung Taborstraße 18/9",
        """Sehr geehrte Frau Mwangi-Holt,

gerne bestätigen wir Ihnen den Besichtigungstermin für die 2-Zimmer-Wohnung in der
Taborstraße 18, Top 9, am Freitag, 24. April, um 17:30 Uhr. Herr Brunner erwartet Sie vor
dem Haustor.

Bitte bringen Sie einen Lichtbildausweis mit.

Mit freundlichen Grüßen
Petra Brunner
Hausverwaltung Brunner, Praterstraße 12, 1020 Wien""", charset="iso-8859-1", cte="qp"),
    msg("paket_verspaetet", "other", "de", "2026-04-14 08:22 +0200",
        "Paketpost Austria <keine-antwort@paketpost.example.at>",
        "Leider verzögert sich die Zustellung Ihrer Sendung",
        """Guten Tag,

leider verzögert sich die Zustellung Ihrer Sendung 1Z-88 421 007 AT. Wir bitten um
Entschuldigung.

Neuer voraussichtlicher Zustelltermin: Freitag, 17.04.2026

Ihre Paketpost""", sys=True, subj_enc=("q", "utf-8")),
    msg("freundin_absage", "other", "de", "2026-06-05 21:10 +0200",
        "Anja Reisinger <anja.reisinger@example.at>", "Absage... schon wieder",
        """Hey Grace,

ich hab heute die Absage vom Hotel am Stephansplatz bekommen. Nach zwei Runden! "Leider haben
wir uns für eine andere Kandidatin entschieden" - ich kann's nicht mehr hören.

Wie läuft's bei dir? Bist du schon in London angekommen? Erzähl mal!

Bussi, Anja""", charset="windows-1252", cte="8bit"),

    # ------------------------------------------------------------------ French
    msg("lettre_emplois", "other", "fr", "2026-03-30 06:45 +0200",
        "La Lettre Hôtellerie <lettre@emplois-hotellerie.example.fr>",
        "Offres de la semaine : 15 postes en yield management",
        """La Lettre Hôtellerie - offres de la semaine

15 nouvelles offres en revenue & yield management :
- Revenue Manager, hôtel 5* - Nice
- Chargé(e) de yield, résidences de tourisme - Saint-Raphaël
- Analyste pricing, compagnie aérienne - Roissy

Le conseil de la semaine : après un refus, demandez un retour ! Malheureusement, trop de
candidats n'osent pas. Et préparez votre prochain entretien avec notre fiche pratique.

Vous recevez cette lettre car vous êtes abonné(e). Se désabonner""", form="html",
        layout="news", brand="La Lettre Hôtellerie", color="#6a040f",
        headers=bulk("La Lettre Hotellerie <lettre.emplois-hotellerie.example.fr>",
                     "emplois-hotellerie.example.fr"), sys=True),
    msg("radio_azur", "other", "fr", "2026-07-15 10:15 +0200",
        "Mathilde Garnier <m.garnier@radioazur.example.fr>",
        "Demande d'interview - émission « Les métiers de la nuit »",
        """Bonjour Madame Mwangi-Holt,

Je suis journaliste à Radio Azur. Nous préparons une émission sur les métiers de la nuit dans
l'hôtellerie et l'on m'a parlé de votre parcours. Accepteriez-vous une interview d'une
quinzaine de minutes, par téléphone, la semaine prochaine ?

Avec mes remerciements,
Mathilde Garnier
Radio Azur - 4 rue Masséna, 06000 Nice""", subj_enc=("b", "utf-8")),
    msg("visite_appartement", "other", "fr", "2026-03-25 09:50 +0100",
        "Agence Cimiez Immobilier <contact@cimiez-immo.example.fr>",
        "Confirmation de visite - T2 boulevard de Cimiez",
        """Bonjour Madame,

Nous vous confirmons la visite du T2 situé 54 boulevard de Cimiez, 06000 Nice, le samedi
28 mars à 10h30. Notre conseiller, M. Paolo Ricci, vous attendra devant l'immeuble.

Merci de vous munir d'une pièce d'identité et de vos trois derniers bulletins de salaire.

Cordialement,
Agence Cimiez Immobilier""", charset="iso-8859-1", cte="8bit"),
    msg("rdv_annule", "other", "fr", "2026-04-24 07:30 +0200",
        "RDV Santé <no-reply@rdvsante.example.fr>",
        "Votre rendez-vous du 28 avril est annulé",
        """Bonjour Grace,

Votre rendez-vous avec Dr Hélène Vidal (médecin généraliste) prévu le mardi 28 avril à 09h15
a été annulé par le cabinet.

Vous pouvez reprendre rendez-vous en ligne à tout moment.

L'équipe RDV Santé""", form="alt", layout="ats", brand="RDV Santé", color="#0096c7"),
    msg("formation_refus", "other", "fr", "2026-06-24 14:00 +0200",
        "Scolarité DU Revenue Management <scolarite-du@univ-azur.example.fr>",
        "Résultat de votre candidature - DU Revenue Management",
        """Madame,

Nous vous remercions pour votre candidature au Diplôme Universitaire Revenue Management
(promotion 2026-2027).

Nous avons le regret de vous informer que votre candidature n'a pas été retenue par la
commission pédagogique, le nombre de places étant limité à 20 étudiants.

Veuillez agréer, Madame, nos salutations distinguées.

Service Scolarité - Formation continue
Université de la Côte d'Azur (campus Trotabas)""", charset="iso-8859-1", cte="b64"),
    msg("ami_convocation", "other", "fr", "2026-05-21 19:40 +0200",
        "Karim Haddad <karim.haddad@example.fr>", "Tr: Convocation à un entretien",
        """Salut Grace,

Regarde, j'ai enfin une convocation ! C'est pour un poste de réceptionniste de nuit à Monaco.
Tu crois que je dois parler de mes horaires actuels dès le premier entretien ?

Bises,
Karim""",
        inner={"from": "Recrutement Hôtel Rocher Bleu <recrutement@rocherbleu.example.mc>",
               "to": "Karim Haddad <karim.haddad@example.fr>",
               "date": "2026-05-21 11:05 +0200",
               "subject": "Convocation à un entretien",
               "body": """Monsieur Haddad,

Nous avons le plaisir de vous convoquer à un entretien pour le poste de Réceptionniste de
nuit, le mardi 26 mai à 15h00, à l'Hôtel Rocher Bleu, Monaco.

Cordialement,
Service Recrutement""", "charset": "iso-8859-1"}),

    # ------------------------------------------------------------------ Spanish
    msg("boletin_empleo", "other", "es", "2026-08-24 08:00 +0200",
        "Empleo Turismo Andalucía <boletin@empleoturismo.example.es>",
        "Boletín semanal: 11 ofertas de revenue en la Costa del Sol",
        """Boletín semanal de empleo en turismo

11 nuevas ofertas que encajan con tu búsqueda "revenue Málaga":
- Revenue Manager, hotel urbano 4*, Málaga centro
- Revenue Analyst, naviera, Málaga (híbrido)
- Jefe/a de Reservas, apartahoteles, Fuengirola

Consejo de la semana: cómo preparar una entrevista por videollamada y qué hacer si
lamentablemente recibes un rechazo después de la segunda entrevista.

Recibes este boletín porque te suscribiste. Darse de baja""", form="alt", layout="news",
        brand="Empleo Turismo Andalucía", color="#ffb703",
        headers=bulk("Boletin semanal <boletin.empleoturismo.example.es>", "empleoturismo.example.es"),
        sys=True, name_enc=("q", "iso-8859-1")),
    msg("podcast_es", "other", "es", "2026-09-08 17:30 +0200",
        "Pablo Cuesta <pablo@hosteleandocast.example.es>",
        "Entrevista para el podcast Hosteleando",
        """Hola Grace:

Soy Pablo, de Hosteleando, un podcast sobre carreras en hostelería. Nos encantaría
entrevistarte sobre tu paso de la recepción nocturna al revenue management. Grabamos online,
unos 45 minutos, cuando te venga bien en septiembre.

¿Te animas?

Un saludo,
Pablo Cuesta"""),
    msg("visita_piso", "other", "es", "2026-08-13 12:10 +0200",
        "Inmobiliaria Soho Málaga <alquileres@sohomalaga.example.es>",
        "Visita confirmada: piso en calle Trinidad Grund",
        """Hola Grace:

Te confirmamos la visita al piso de dos dormitorios en calle Trinidad Grund 9, 3ºB, el sábado
29 de agosto a las 11:30. Te esperará nuestra compañera Rocío en el portal.

Recuerda traer DNI o pasaporte y la última nómina.

Un saludo,
Inmobiliaria Soho Málaga""", charset="windows-1252", cte="qp"),
    msg("cita_medica", "other", "es", "2026-09-10 08:00 +0200",
        "Clínica Málaga Centro <citas-noreply@clinicamalaga.example.es>",
        "Recordatorio de cita: 14/09/2026 10:20",
        """Hola Grace:

Te recordamos tu cita con la Dra. Beatriz Lozano (Medicina General) el lunes 14 de septiembre
a las 10:20 en Clínica Málaga Centro.

Si no puedes acudir, anula o cambia la cita desde la app.

Clínica Málaga Centro""", form="html", layout="ats", brand="Clínica Málaga Centro",
        color="#2a9d8f", sys=True),
    msg("banco_posicion", "other", "es", "2026-10-01 06:00 +0200",
        "Banco Alameda <avisos@bancoalameda.example.es>",
        "Tu posición global a 30 de septiembre",
        """Hola Grace:

Ya está disponible tu posición global a 30/09/2026.

Cuenta Nómina: 2.310,44 EUR
Tarjeta de débito: sin movimientos pendientes

Consulta el detalle en la banca online.

Banco Alameda""", sys=True, subj_enc=("b", "iso-8859-1")),
    msg("amiga_rechazo", "other", "es", "2026-09-19 22:05 +0200",
        "Inés Calvo <ines.calvo@example.es>", "Me han dicho que no :(",
        """Grace, ¡qué rabia!

Me acaban de escribir del hotel de Marbella: "lamentablemente no continuarás en el proceso".
Después de la entrevista con el director, que fue genial. En fin.

¿Quedamos el domingo para un café en la Malagueta y me cuentas lo tuyo?

Besos,
Inés""", charset="iso-8859-1", cte="8bit"),
    msg("fuera_oficina", "other", "es", "2026-09-16 08:02 +0200",
        "Lucía Ferrer <lucia.ferrer@talentohosteleria.example.es>",
        "Respuesta automática: Re: Nueva oportunidad (confidencial)",
        """Hola:

Estoy fuera de la oficina hasta el 18 de septiembre con acceso limitado al correo. Para
cualquier asunto urgente sobre procesos de selección, escribe a
seleccion@talentohosteleria.example.es.

Gracias,
Lucía Ferrer""", headers={"Auto-Submitted": "auto-replied",
                          "X-Autoreply": "yes"}),
]

assert all(m["kind"] == "other" and not m["company"] for m in MESSAGES)
