"""Corpus 240, kind `other`: 52 hand-written messages (en 33, de 6, fr 6, es 7).

The candidate's own mail, newsletters and job alerts, career advice, notifications, auto-replies
and everyday mail that uses the vocabulary of hiring in another sense.
"""

from __future__ import annotations

from msgs240_common import (
    ME,
    MY_SIG,
    forward,
    items_text,
    mso,
    newsletter_html,
    outlook_html,
    reply,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

CV_LINES = [
    "Desmond Achterberg-Lyons - Chef / Food Product Development",
    "Kilkenny, Ireland - desmond.al@example.ie - +353 87 412 9086",
    "2023-2026  Head Chef, The Walled Garden Kitchen, Kilkenny",
    "2018-2023  Sous Chef, Marble City Brasserie, Kilkenny",
    "2025  Certificate in Food Product Development (evening), part-time",
    "HACCP Level 3; Languages: English (native), German (B1), French (A2), Spanish (A2)",
]


def bulk(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", unsubscribe),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


# ================================================================== the candidate's own mail

add(dict(
    kind="other", slug="own_accepts_norevalley_interview", lang="en", key="nvd_accept",
    parent="nvd_inv", frm=ME, to=[("Orla Keane", "orla.keane@noredairies.example.ie")],
    subject="Accepted: Interview: Desmond Achterberg-Lyons - Product Development Technologist",
    date="2026-02-17 10:02",
    text="""Hi Orla,

Thank you - I'm delighted to accept. I'll see you and Fiachra at 10:30 on Tuesday 24th.

Best regards,
Desmond""",
))

add(dict(
    kind="other", slug="own_thank_you_after_interview", lang="en", key="nvd_thanks",
    parent="nvd_move", frm=ME, to=[("Orla Keane", "orla.keane@noredairies.example.ie")],
    cc=[("Fiachra Bolger", "f.bolger@noredairies.example.ie")],
    subject="Thank you", date="2026-02-26 18:41",
    text="""Hi Orla,

Just a quick note to say thank you to you and Fiachra for this afternoon. I really enjoyed the interview and the time in the pilot kitchen - the yoghurt brief was a great challenge and I'd love the chance to work on it properly.

Best regards,
Desmond""",
))

add(dict(
    kind="other", slug="own_asks_to_move_interview", lang="en", key="lh_req",
    parent="lh_inv", frm=ME, to=[("Aoife Brennan", "aoife.brennan@leeharbour.example.ie")],
    subject="Request to move my interview", date="2026-03-17 20:14",
    text=reply("""Hi Aoife,

Thanks very much for the invitation. Unfortunately I'm running a private dinner on the 19th and 20th and none of the slots in the scheduler are free for me. Would it be possible to speak early next week instead? Monday or Tuesday any time would suit.

Thanks,
Desmond""", "en", "Mon, 16 Mar 2026 at 10:31", ("Aoife Brennan via Greenhouse", "no-reply@greenhouse-mail.io"), """Hi Desmond,

Thanks for your interest in the NPD Chef position at Lee Harbour Provisions! We'd like to invite you to a video interview with the hiring team.

Please use the link below to choose a time that suits you."""),
))

add(dict(
    kind="other", slug="own_excuses_missed_visio_fr", lang="fr", key="lv_sorry",
    parent="lv_missed", frm=ME,
    to=[("Maëlle Guillou", "m.guillou@laiterie-vilaine.example.fr")],
    subject="Re: Entretien manqué du 19 mars", date="2026-03-19 11:02",
    text=reply("""Bonjour Madame Guillou,

Je suis vraiment désolé pour ce matin : un problème de connexion m'a empêché de rejoindre la visio à 10h. Seriez-vous disponible pour un nouveau créneau la semaine prochaine ?

Bien cordialement,
Desmond Achterberg-Lyons""", "fr", "jeu. 19 mars 2026 à 10:40", ("Maëlle Guillou", "m.guillou@laiterie-vilaine.example.fr"), """Bonjour Monsieur Achterberg-Lyons,

Nous vous avons attendu ce matin sur Teams à 10h avec Yann Le Goff, mais vous ne vous êtes pas connecté."""),
))

add(dict(
    kind="other", slug="own_dankeschoen_nach_gespraech", lang="de", key="isar_thanks",
    parent="isar_inv", frm=ME,
    to=[("Katrin Obermaier", "k.obermaier@isarmuehle.example.de")],
    subject="Vielen Dank für das Gespräch", date="2026-04-29 21:14",
    text="""Liebe Frau Obermaier,

vielen Dank für das angenehme Vorstellungsgespräch am Dienstag und für die Führung durch die Backstube. Ich habe mich sehr gefreut, Ihr Team kennenzulernen, und bin nach wie vor begeistert von der Idee einer Sauerteig-Linie für den Handel.

Mit herzlichen Grüßen
Desmond Achterberg-Lyons""",
))

add(dict(
    kind="other", slug="own_explains_missed_trial", lang="en", key="gh_explain",
    parent="gh_missed", frm=ME, to=[("Ciarán Ó Murchú", "ciaran@greenhollow.example.ie")],
    subject="Re: Today - so sorry", date="2026-07-14 13:20",
    text="""Hi Ciarán,

I am so sorry. My train from Kilkenny was stopped outside Kildare for over two hours with a signalling fault and my phone died while I was trying to get a bus. I should have found a way to let you know sooner. I'd really appreciate another chance if at all possible.

Desmond""",
))

add(dict(
    kind="other", slug="own_declines_dunmore_offer", lang="en", key="ht_dun_decline",
    parent="ht_dun_offer", frm=ME, to=[("Niamh Fogarty", "niamh@harvesttalent.example.ie")],
    subject="Re: Dunmore - great news!", date="2026-08-27 08:15",
    text=reply("""Hi Niamh,

Thanks so much for all your work on this, and please thank Clíona too. After a lot of thought I've decided to turn down the Dunmore offer - I've accepted a role at a test kitchen in Dublin that starts earlier, and I don't think it would be fair to string them along.

I'm sorry to be letting you down after everything. I hope we can keep in touch.

Desmond""", "en", "Tue, 25 Aug 2026 at 16:02", ("Niamh Fogarty", "niamh@harvesttalent.example.ie"), """Desmond!

I'm just off the phone with Clíona - Dunmore Snacks want to make you an offer for the Innovation Chef role."""),
))

add(dict(
    kind="other", slug="own_solicitud_obrador_con_cv", lang="es", key="oz_app",
    frm=ME, to=[("Obrador Zabala", "info@obradorzabala.example.es")],
    subject="Candidatura – responsable de desarrollo de producto", date="2026-09-21 09:05",
    text=f"""Estimado equipo de Obrador Zabala:

Les escribo para presentar mi candidatura al puesto de responsable de desarrollo de producto que han publicado. Soy cocinero con ocho años de experiencia en Irlanda y estoy especializándome en desarrollo de producto. Adjunto mi CV.

Un saludo cordial,
Desmond Achterberg-Lyons

{MY_SIG}""",
    pdfs=[("CV_Desmond_Achterberg-Lyons.pdf", "Curriculum vitae", CV_LINES)],
))

add(dict(
    kind="other", slug="own_application_with_cv", lang="en", key="kb_app",
    frm=ME, to=[("Eibhlín Horgan", "eibhlin@kilbrack.example.ie")],
    subject="Application - cheesemaker & product developer", date="2026-09-09 16:48",
    text=f"""Dear Eibhlín,

I'm writing to apply for the cheesemaker and product developer role you posted on the Cork Food Network board. I've been a chef for eight years and I'm keen to learn cheesemaking properly, and to help build a range of cheese-based products for delis. My CV is attached.

Kind regards,
Desmond Achterberg-Lyons

{MY_SIG}""",
    pdfs=[("Desmond_Achterberg-Lyons_CV.pdf", "Curriculum Vitae", CV_LINES)],
))

add(dict(
    kind="other", slug="own_chases_application_status", lang="en", key="sg_chase",
    frm=ME, to=[("Slaney Grain Co careers", "careers@slaneygrain.example.ie")],
    subject="Checking in – Cereal Product Developer application", date="2026-09-10 11:30",
    text="""Hello,

I applied for the Cereal Product Developer role on 28 August and received an acknowledgement. I wanted to check whether there is any news on the timeline for interviews, and to say I remain very interested.

Kind regards,
Desmond Achterberg-Lyons
+353 87 412 9086""",
))

# ================================================================== newsletters and alerts

_items = [
    ("NPD Technologist - Waterford", "Chilled ready meals, permanent, €42-48k. Closing soon.",
     "https://hirefresh.example.ie/jobs/88121"),
    ("Development Chef - Cork", "Food service sauces. Interviews are being held this month.",
     "https://hirefresh.example.ie/jobs/88140"),
    ("Culinary Innovation Lead - Dublin", "Retailer own-brand team, hybrid.",
     "https://hirefresh.example.ie/jobs/88157"),
]
add(dict(
    kind="other", slug="jobalert_digest_munster", lang="en",
    frm=("Hirefresh Job Alerts", "alerts@hirefresh.example.ie"),
    subject="3 new jobs for \"development chef\" in Munster", date="2026-01-15 07:00",
    headers=bulk("Hirefresh job alerts <alerts.hirefresh.example.ie>",
                 "<https://hirefresh.example.ie/alerts/unsubscribe?u=dal81>, "
                 "<mailto:unsubscribe@hirefresh.example.ie?subject=unsubscribe>"),
    text=f"""Hi Desmond, here are this week's jobs matching your alert.

{items_text(_items)}

Unfortunately, 2 jobs you saved have closed and are no longer accepting applications.

Manage your alerts: https://hirefresh.example.ie/alerts
Unsubscribe: https://hirefresh.example.ie/alerts/unsubscribe?u=dal81""",
    html=newsletter_html("Hirefresh", "Hi Desmond, here are this week's jobs matching your alert.",
                         _items, "Unfortunately, 2 jobs you saved have closed. "
                         '<a href="https://hirefresh.example.ie/alerts/unsubscribe?u=dal81">'
                         "Unsubscribe</a>"),
))

_items = [
    ("You didn't get the job. Now what?",
     "Three development chefs on the rejection emails that taught them the most.",
     "https://testkitchendispatch.example.com/p/after-the-no"),
    ("Reading between the lines of a job offer",
     "Probation, bonus, relocation: what to ask before you sign.",
     "https://testkitchendispatch.example.com/p/offer-letters"),
    ("Recipe of the week: burnt honey & miso glaze", "Scalable to 50 kg, tested twice.",
     "https://testkitchendispatch.example.com/p/burnt-honey-miso"),
]
add(dict(
    kind="other", slug="newsletter_after_the_no", lang="en",
    frm=("The Test Kitchen Dispatch", "dispatch@testkitchendispatch.example.com"),
    subject="After the no: what a rejection can teach a development chef",
    date="2026-02-05 06:30", tz="+0000",
    headers=bulk("The Test Kitchen Dispatch <dispatch.testkitchendispatch.example.com>",
                 "<https://testkitchendispatch.example.com/unsubscribe/dal>"),
    text="This week in The Test Kitchen Dispatch:\n\n" + items_text(_items)
         + "\n\nYou are receiving this because you subscribed. Unsubscribe: "
           "https://testkitchendispatch.example.com/unsubscribe/dal",
    html=newsletter_html("The Test Kitchen Dispatch", "This week: what happens after the no.",
                         _items, '<a href="https://testkitchendispatch.example.com/unsubscribe/dal">'
                         "Unsubscribe</a>"),
))

add(dict(
    kind="other", slug="network_application_viewed", lang="en",
    frm=("Linkfolio", "notifications@linkfolio.example.com"), tz="-0800",
    subject="Your application was viewed by Nore Valley Dairies", date="2026-02-11 02:12",
    headers=[("Auto-Submitted", "auto-generated"), *bulk(
        "Linkfolio notifications <notify.linkfolio.example.com>",
        "<https://www.linkfolio.example.com/settings/email>")],
    html=newsletter_html("Linkfolio", "Desmond, a recruiter viewed your application.", [
        ("Product Development Technologist", "Nore Valley Dairies · Kilkenny · Viewed 2h ago",
         "https://www.linkfolio.example.com/jobs/view/3381902"),
        ("Jobs similar to this one", "Development Chef at Blackwater Ready Meals and 4 more",
         "https://www.linkfolio.example.com/jobs/similar/3381902"),
    ], "You're receiving job notifications. "
       '<a href="https://www.linkfolio.example.com/settings/email">Change settings</a>'),
))

add(dict(
    kind="other", slug="network_new_jobs_match", lang="en",
    frm=("Linkfolio Jobs", "jobs-noreply@linkfolio.example.com"), tz="-0700",
    subject="Desmond, 3 new jobs match \"food technologist\"", date="2026-04-09 05:40",
    headers=bulk("Linkfolio job alerts <jobs.linkfolio.example.com>",
                 "<https://www.linkfolio.example.com/jobs/alerts/unsubscribe>"),
    text="""3 new jobs for "food technologist" near Kilkenny

Food Technologist - Ormonde Sauces - Kilkenny (Easy Apply)
Product Development Technologist - Slaney Grain Co - Carlow
Junior NPD Technologist - Quayfresh Supermarkets - Cork

Be an early applicant: 12 people have applied in the last day.

See all jobs: https://www.linkfolio.example.com/jobs/alerts/991
Unsubscribe: https://www.linkfolio.example.com/jobs/alerts/unsubscribe""",
))

_items = [
    ("Produktentwickler (m/w/d) Molkereiprodukte – Oberbayern",
     "Vollzeit, unbefristet. Vorstellungsgespräche ab Juni.",
     "https://stellenmarkt-lebensmittel.example.de/j/44120"),
    ("Entwicklungskoch (m/w/d) – München",
     "Feinkost und Convenience, Einstieg sofort.",
     "https://stellenmarkt-lebensmittel.example.de/j/44131"),
    ("Ratgeber: Absage nach dem Probearbeiten – was nun?",
     "Fünf Tipps aus der Praxis.", "https://stellenmarkt-lebensmittel.example.de/ratgeber/absage"),
]
add(dict(
    kind="other", slug="stellenmarkt_newsletter_bayern", lang="de",
    frm=("Stellenmarkt Lebensmittel", "newsletter@stellenmarkt-lebensmittel.example.de"),
    subject="Neue Stellen für Sie: Lebensmittelentwicklung in Bayern", date="2026-05-26 06:15",
    headers=bulk("Stellenmarkt Lebensmittel Newsletter <news.stellenmarkt-lebensmittel.example.de>",
                 "<https://stellenmarkt-lebensmittel.example.de/abmelden?id=dal>"),
    text="Guten Morgen, hier sind Ihre neuen Treffer:\n\n" + items_text(_items)
         + "\n\nNewsletter abbestellen: https://stellenmarkt-lebensmittel.example.de/abmelden?id=dal",
    html=newsletter_html("Stellenmarkt Lebensmittel", "Guten Morgen, hier sind Ihre neuen Treffer:",
                         _items, '<a href="https://stellenmarkt-lebensmittel.example.de/abmelden?id=dal">'
                         "Newsletter abbestellen</a>"),
    cte="quoted-printable",
))

_items = [
    ("Chef R&D produits traiteur (H/F) – Rennes", "CDI, démarrage rapide. Entretiens en avril.",
     "https://emploi-agro-ouest.example.fr/offre/55201"),
    ("Technicien développement produits laitiers – Vitré", "CDI, 35 h.",
     "https://emploi-agro-ouest.example.fr/offre/55214"),
    ("Cuisinier développement – Saint-Brieuc", "Refus fréquents ? Nos conseils pour relancer.",
     "https://emploi-agro-ouest.example.fr/offre/55230"),
]
add(dict(
    kind="other", slug="alerte_emploi_rennes", lang="fr",
    frm=("Emploi Agro Ouest", "alertes@emploi-agro-ouest.example.fr"),
    subject="Alerte emploi : chef R&D Rennes – 3 nouvelles offres", date="2026-03-26 07:45",
    headers=bulk("Alertes Emploi Agro Ouest <alertes.emploi-agro-ouest.example.fr>",
                 "<https://emploi-agro-ouest.example.fr/alertes/stop?c=dal>, "
                 "<mailto:stop@emploi-agro-ouest.example.fr>"),
    html=newsletter_html("Emploi Agro Ouest", "Bonjour Desmond, voici les nouvelles offres "
                         "correspondant à votre alerte « chef R&amp;D Rennes ».", _items,
                         '<a href="https://emploi-agro-ouest.example.fr/alertes/stop?c=dal">'
                         "Se désabonner</a>"),
))

_items = [
    ("Técnico/a de calidad (Derio)", "Jornada completa. Entrevistas la próxima semana.",
     "https://empleo-bizkaia.example.es/o/77310"),
    ("Cocinero/a de desarrollo (Bilbao)", "Empresa de platos preparados, contrato indefinido.",
     "https://empleo-bizkaia.example.es/o/77325"),
    ("Ayudante de obrador (Getxo)", "Media jornada.", "https://empleo-bizkaia.example.es/o/77340"),
]
add(dict(
    kind="other", slug="boletin_ofertas_bizkaia", lang="es",
    frm=("Empleo Bizkaia", "boletin@empleo-bizkaia.example.es"),
    subject="Ofertas de empleo en Bizkaia para ti", date="2026-06-12 08:00",
    headers=bulk("Boletin Empleo Bizkaia <boletin.empleo-bizkaia.example.es>",
                 "<https://empleo-bizkaia.example.es/baja?u=dal>"),
    text="Hola, Desmond. Estas son las ofertas nuevas de tu búsqueda guardada:\n\n"
         + items_text(_items)
         + "\n\nDarse de baja: https://empleo-bizkaia.example.es/baja?u=dal",
    html=newsletter_html("Empleo Bizkaia", "Hola, Desmond. Estas son las ofertas nuevas de tu "
                         "búsqueda guardada:", _items,
                         '<a href="https://empleo-bizkaia.example.es/baja?u=dal">Darse de baja</a>'),
    charset="iso-8859-1", cte="quoted-printable",
))

add(dict(
    kind="other", slug="association_article_interview_questions", lang="en",
    frm=("Food Science Ireland", "members@foodscienceireland.example.ie"),
    subject="Members' briefing: five interview questions every NPD chef should expect",
    date="2026-07-01 12:00",
    headers=bulk("FSI members <members.foodscienceireland.example.ie>",
                 "<https://foodscienceireland.example.ie/prefs>"),
    text="""FOOD SCIENCE IRELAND - MEMBERS' BRIEFING, JULY 2026

Career corner: five interview questions every NPD chef should expect

1. "Tell us about a product that failed." Interviewers want to know you can kill an idea early.
2. "How would you scale this recipe from 4 portions to 4,000?" Talk about yield, process loss and ingredient functionality, not just multiplying.
3. "What does a good specification look like?"
4. "Who would you involve before a factory trial?" Technical, quality, engineering, planning.
5. "Why leave the restaurant kitchen?" Have an honest answer ready.

Also this month: our autumn conference in Cork (10 October) and a new mentoring programme for members moving from hospitality into manufacturing.

Manage your email preferences: https://foodscienceireland.example.ie/prefs""",
))

# ================================================================== requests, notifications, everyday mail

add(dict(
    kind="other", slug="podcast_interview_request", contact="from", lang="en",
    frm=("Hannah Quirke", "hannah@platetopack.example.ie"),
    subject="Plate to Pack podcast - would you be a guest?", date="2026-04-27 14:05",
    text="""Hi Desmond,

I host Plate to Pack, a podcast about people who move from restaurant kitchens into food manufacturing. A listener mentioned your talk at the Kilkenny food festival about cooking for a supermarket shelf, and I'd love to interview you for an episode.

Recording takes about 45 minutes, remotely, and we'd schedule whenever suits you in May or June. No pressure at all - let me know if you're interested and I'll send over the questions in advance.

Best,
Hannah Quirke
Plate to Pack
www.platetopack.example.ie""",
))

add(dict(
    kind="other", slug="newspaper_interview_popup", contact="from", lang="en",
    frm=("Declan Brophy", "dbrophy@kilkennycourier.example.ie"),
    subject="Interview for the Courier - your pop-up", date="2026-09-25 11:48",
    text="""Hello Desmond,

I'm a features writer with the Kilkenny Courier. We're doing a piece on the October food trail and your pop-up at the Tholsel keeps coming up. Would you have 20 minutes for a phone interview this week? We'd also like to send a photographer on the night if you're agreeable.

Thanks,
Declan Brophy
Features, Kilkenny Courier
056 772 1500""",
))

add(dict(
    kind="other", slug="user_research_interview_voucher", contact="reply", lang="en",
    frm=("Roisin from Hirefresh", "research@hirefresh.example.ie"),
    reply_to=("Róisín Gleeson", "roisin.gleeson@hirefresh.example.ie"),
    subject="Help us improve Hirefresh - 30-minute interview (€25 voucher)",
    date="2026-05-19 13:20",
    text="""Hi Desmond,

We're redesigning how job alerts work on Hirefresh and we'd love to hear from people who are actively looking.

Would you join a 30-minute research interview over Zoom? We'll ask about how you search for jobs and what you do when you get a rejection or an interview invite. There are no right answers, and you'll get a €25 One4All voucher as a thank-you.

Just reply with a couple of times that suit you next week.

Róisín Gleeson
User Researcher, Hirefresh""",
))

add(dict(
    kind="other", slug="parcel_delayed_unfortunately", lang="en",
    frm=("ParcelPoint", "no-reply@parcelpoint.example.ie"),
    subject="Your package is delayed, unfortunately", date="2026-03-11 17:02",
    headers=[("Auto-Submitted", "auto-generated")],
    html="""<html><body style="font-family:Arial">
<p>Hi Desmond,</p>
<p>Unfortunately your parcel <b>PP 4418 2206 IE</b> from Kitchen Supply Direct is delayed. It missed its connection at our Portlaoise hub and is now expected on <b>Friday 13 March</b>.</p>
<p>Current position: in transit, Portlaoise depot.</p>
<p><a href="https://track.parcelpoint.example.ie/PP44182206IE">Track your parcel</a></p>
<p>We're sorry for the inconvenience.<br>The ParcelPoint team</p>
<p style="font-size:11px;color:#888">This is an automated message. Please do not reply.</p>
</body></html>
""",
))

add(dict(
    kind="other", slug="gps_position_sharing_ended", lang="en",
    frm=("Trailmate", "notifications@trailmate.example.com"), tz="+0000",
    subject="Live position sharing has ended", date="2026-06-27 19:31",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Your live position sharing for "Sunday spin - Mount Leinster loop" ended at 20:30.

Last position: 52.6178 N, 6.7791 W (near Bunclody)
Distance: 71.4 km  |  Moving time: 3:12:40

Shared with: Fionn Delaney

View your activity: https://trailmate.example.com/a/55192018

You are receiving this because position sharing was switched on for this activity.""",
))

_old = """Fionn,

Good luck with the interview tomorrow! Let me know how it goes.

D"""
add(dict(
    kind="other", slug="friend_tells_own_rejection", contact="from", lang="en",
    frm=("Fionn Delaney", "fionn.delaney@example.ie"),
    subject="Re: Cork job", date="2026-05-02 22:17",
    text=reply("""Well, I got the no from the Cork job. Two rounds and a cook-off and then a two-line email saying they'd decided to move forward with other candidates. Not even a phone call.

Ah well. Pints on Friday? I need to complain to someone who understands. I've attached their email so you can see how little effort went into it.

F""", "en", "Tue, 28 Apr 2026 at 21:03", ME, _old),
    rfc822=dict(
        lang="en", frm=("Rebel Provisions Careers", "careers@rebelprovisions.example.ie"),
        to=[("Fionn Delaney", "fionn.delaney@example.ie")],
        subject="Your application - Sous Chef, Product Development", date="2026-05-02 16:45",
        text="""Dear Fionn,

Thank you for your interest and for attending the cook-off. We have decided to move forward with other candidates for this role.

Rebel Provisions Recruitment"""),
))

add(dict(
    kind="other", slug="recruiter_cold_approach", contact="from", lang="en",
    frm=("Mark Devlin", "mark.devlin@bridgewaterexec.example.co.uk"), tz="+0100",
    subject="Your background - quick hello", date="2026-02-24 09:31",
    text="""Hi Desmond,

I came across your profile on Linkfolio and was impressed by your move from the kitchen into product development. I specialise in technical and NPD roles for food manufacturers across Ireland and the UK.

I don't have a specific role for you right now, but I'd be happy to add you to my network and keep you in mind as briefs come in. Feel free to connect with me or save my details.

All the best,
Mark Devlin
Director, Bridgewater Executive Search
Belfast | London
+44 28 9032 7711""",
))

add(dict(
    kind="other", slug="bank_appointment_and_account_position", lang="en",
    frm=("Marble Bank", "noreply@marblebank.example.ie"),
    subject="Your mortgage appointment and account position", date="2026-01-20 10:10",
    html=outlook_html(mso("""Dear Mr Achterberg-Lyons,

Thank you for booking an appointment with one of our mortgage advisers.

Appointment: Wednesday 28 January 2026, 11:00
Branch: Marble Bank, 42 High Street, Kilkenny

Please bring your last three payslips and six months of bank statements. Your current account position will be reviewed as part of the application.

If you cannot attend, please reschedule in the Marble Bank app.

Marble Bank p.l.c. is regulated by the Central Bank of Ireland.""")),
))

add(dict(
    kind="other", slug="landlord_boiler_thursday", contact="from", lang="en",
    frm=("Pat Costigan", "patcostigan@example.ie"),
    subject="Boiler - are you free Thursday?", date="2026-02-14 12:40",
    text="""Hi Desmond,

The boiler man can come out on Thursday to do the annual service. Are you free Thursday morning to let him in, say 9 to 11? If not I can get the spare key from the agency.

Also, just to let you know the rent position is all fine, the February payment came through.

Thanks,
Pat""",
))

add(dict(
    kind="other", slug="school_new_position_parent_meetings", contact="from", lang="en",
    frm=("Bríd Kealy", "bkealy@stcanicesns.example.ie"), frm_cs=("iso-8859-1", "q"),
    to=[("Parents of 4th Class", "parents4@stcanicesns.example.ie")],
    headers=[("Precedence", "list")],
    subject="4th Class - parent-teacher meetings and staffing news",
    date="2026-10-02 15:30", charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Parents,

Parent-teacher meetings for 4th Class will take place on Tuesday 13 and Wednesday 14 October. Please book a ten-minute appointment using the sheet in your child's homework folder.

I also want to let you know that Mr Ó Dúill, our SNA, has accepted a position in a school in Thomastown and will finish with us at Halloween. We will introduce his replacement once the interview process is finished.

Go raibh maith agaibh,
Bríd Kealy
4th Class teacher, St Canice's National School, Kilkenny""",
))

add(dict(
    kind="other", slug="gp_appointment_rescheduled", lang="en",
    frm=("Canal Walk Medical Centre", "appointments-noreply@canalwalkmedical.example.ie"),
    subject="Your appointment has been rescheduled", date="2026-04-16 08:05",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Desmond,

Your appointment with Dr Sheehan has been rescheduled because the doctor is unwell.

Old appointment: Thursday 16 April, 09:40
New appointment: Monday 20 April, 15:20

If the new time does not suit, please call reception on 056 776 1120. Replies to this message are not read.

Canal Walk Medical Centre, Kilkenny""",
))

add(dict(
    kind="other", slug="auto_reply_recruiter_out_of_office", contact="from", lang="en", key="lh_ooo",
    parent="lh_req", frm=("Aoife Brennan", "aoife.brennan@leeharbour.example.ie"),
    subject="Automatic reply: Request to move my interview", date="2026-03-17 20:15",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Thank you for your email. I am out of the office until Wednesday 18 March with limited access to email.

For urgent interview scheduling queries, please contact talent@leeharbour.example.ie.

Aoife Brennan
Talent Acquisition Partner, Lee Harbour Provisions""",
))

add(dict(
    kind="other", slug="abwesenheitsnotiz_personalreferentin", contact="from", lang="de", key="isar_ooo",
    parent="isar_thanks", frm=("Katrin Obermaier", "k.obermaier@isarmuehle.example.de"),
    subject="Abwesenheitsnotiz: Vielen Dank für das Gespräch", date="2026-04-29 21:15",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 4. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an personal@isarmuehle.example.de.

Thank you for your message. I am out of the office until 4 May.

Katrin Obermaier""",
))

add(dict(
    kind="other", slug="mastere_admission_refusee", lang="fr",
    frm=("Admissions ESMA Rennes", "admissions-noreply@esma-rennes.example.fr"),
    subject="Résultat de votre candidature – Mastère spécialisé Innovation alimentaire",
    subj_cs=("utf-8", "q"), date="2026-06-30 17:00",
    text="""Monsieur,

Le jury d'admission du Mastère spécialisé « Innovation et développement de produits alimentaires » s'est réuni le 26 juin 2026.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la rentrée de septembre 2026. Le nombre de places étant limité, le jury a dû faire des choix difficiles.

Vous pourrez présenter à nouveau votre candidature lors de la prochaine session d'admission.

Le service des admissions
École Supérieure des Métiers de l'Aliment de Rennes""",
))

add(dict(
    kind="other", slug="postgrad_certificate_unsuccessful", lang="en",
    frm=("SLU Admissions", "admissions@slu.example.ie"),
    subject="Postgraduate Certificate in Food Innovation - application outcome",
    date="2026-08-12 12:30",
    html=outlook_html(mso("""Dear Desmond,

Thank you for applying for the Postgraduate Certificate in Food Innovation (part-time, blended) commencing in September 2026.

We regret to inform you that your application has been unsuccessful. The programme was heavily oversubscribed and places were offered to applicants holding a Level 8 degree in a science discipline.

You may wish to consider our Certificate in Culinary Product Development (Level 7), which has places available.

Kind regards,
Admissions Office
South Leinster University""")),
))

add(dict(
    kind="other", slug="master_no_admitido", lang="es",
    frm=("Secretaría de Posgrado", "posgrado@uni-bilbao-gastro.example.es"),
    subject="Resolución de admisión – Máster en Innovación Alimentaria", date="2026-07-15 13:45",
    charset="windows-1252", cte="quoted-printable",
    text="""Estimado Sr. Achterberg-Lyons:

Le comunicamos que, tras la valoración de méritos, su solicitud de admisión al Máster en Innovación Alimentaria para el curso 2026–2027 ha quedado en situación de “no admitido”.

Podrá consultar la puntuación obtenida en la sede electrónica. Contra esta resolución puede presentar reclamación en el plazo de diez días hábiles.

Atentamente,
Secretaría de Posgrado""",
))

add(dict(
    kind="other", slug="karrierenetz_suchanfragen", lang="de",
    frm=("Karrierenetz", "benachrichtigung@karrierenetz.example.de"),
    subject="Sie wurden in 4 Suchanfragen gefunden", date="2026-03-03 18:00",
    headers=bulk("Karrierenetz Benachrichtigungen <notify.karrierenetz.example.de>",
                 "<https://karrierenetz.example.de/einstellungen/email>"),
    html=newsletter_html("Karrierenetz", "Hallo Desmond, Ihr Profil ist diese Woche aufgefallen.", [
        ("4 Suchanfragen", "Recruiter aus München und Augsburg haben nach Ihrem Profil gesucht.",
         "https://karrierenetz.example.de/besucher"),
        ("Jonas Weidinger hat eine neue Position", "Co-founder bei Nordlicht Food Labs",
         "https://karrierenetz.example.de/p/jonas-weidinger"),
    ], '<a href="https://karrierenetz.example.de/einstellungen/email">E-Mail-Einstellungen</a>'),
))

add(dict(
    kind="other", slug="conseils_entretien_agroalimentaire", lang="fr",
    frm=("Le Fil Agro", "lettre@lefilagro.example.fr"),
    subject="5 conseils pour réussir votre entretien en agroalimentaire",
    subj_cs=("iso-8859-1", "q"), date="2026-09-17 07:00",
    headers=bulk("La lettre du Fil Agro <lettre.lefilagro.example.fr>",
                 "<https://lefilagro.example.fr/desinscription?e=dal>"),
    charset="iso-8859-1", cte="quoted-printable",
    text="""LA LETTRE DU FIL AGRO - septembre 2026

5 conseils pour réussir votre entretien en agroalimentaire

1. Renseignez-vous sur les gammes de l'entreprise : goûtez-les avant l'entretien.
2. Préparez un exemple de produit que vous avez fait évoluer, chiffres à l'appui.
3. Montrez que vous connaissez les contraintes d'une usine (HACCP, rendements, coûts matière).
4. Posez des questions sur l'équipe R&D et ses projets.
5. Après un refus, demandez un retour : c'est souvent la meilleure formation.

Se désinscrire : https://lefilagro.example.fr/desinscription?e=dal""",
))

add(dict(
    kind="other", slug="blog_como_afrontar_un_rechazo", lang="es",
    frm=("Cocina y Carrera", "hola@cocinaycarrera.example.es"),
    subject="Cómo afrontar un rechazo (y qué hacer al día siguiente)", date="2026-08-07 09:30",
    headers=bulk("Cocina y Carrera <boletin.cocinaycarrera.example.es>",
                 "<https://cocinaycarrera.example.es/baja>"),
    html=newsletter_html("Cocina y Carrera", "Esta semana en el blog:", [
        ("Cómo afrontar un rechazo",
         "\"Lamentamos comunicarte que...\": qué significa de verdad y cómo responder.",
         "https://cocinaycarrera.example.es/blog/rechazo"),
        ("La entrevista con prueba práctica",
         "Qué llevar, cómo organizarte y qué miran los jurados.",
         "https://cocinaycarrera.example.es/blog/prueba-practica"),
    ], '<a href="https://cocinaycarrera.example.es/baja">Darse de baja</a>'),
    cte="base64",
))

add(dict(
    kind="other", slug="ratgeber_absage_erhalten", lang="de",
    frm=("Karriere in der Küche", "redaktion@karriere-kueche.example.de"),
    subject="Absage erhalten? So geht es weiter", subj_cs=("utf-8", "b"),
    date="2026-09-29 06:45",
    headers=bulk("Karriere in der Kueche <ratgeber.karriere-kueche.example.de>",
                 "<https://karriere-kueche.example.de/abmelden>"),
    charset="iso-8859-1", cte="8bit",
    text="""Karriere in der Küche - Ratgeber-Newsletter

Absage erhalten? So geht es weiter

Eine Absage nach dem Vorstellungsgespräch tut weh, ist aber selten das Ende. Bitten Sie freundlich um Feedback, notieren Sie, welche Fragen Sie überrascht haben, und bleiben Sie mit dem Unternehmen in Kontakt. Viele Stellen werden ein zweites Mal ausgeschrieben.

Außerdem in dieser Ausgabe:
- Probearbeiten: Was ist erlaubt, was muss bezahlt werden?
- Gehaltsreport Entwicklungsköche 2026

Abmelden: https://karriere-kueche.example.de/abmelden""",
))

add(dict(
    kind="other", slug="ex_colleague_forwards_job_ad", contact="from", lang="en",
    frm=("Aisling Phelan", "aisling.phelan@example.ie"),
    subject="Fwd: Development Chef - Carlow", date="2026-04-03 13:15",
    text=forward("""Des - saw this and thought of you straight away. Sounds right up your street and it's only down the road. No pressure!

A.""", "en", "Slaney Grain Co <careers@slaneygrain.example.ie>",
                 "Thu, Apr 2, 2026 at 10:00 AM", "Development Chef - Carlow",
                 "Aisling Phelan <aisling.phelan@example.ie>",
                 """We're hiring a Development Chef to join our product team in Bagenalstown.

You'll turn our oats and heritage grains into new breakfast and snack products, working with our technologist from kitchen bench to factory trial. Interviews will take place in May.

Apply at slaneygrain.example.ie/careers"""),
))

_items = [
    ("Market update: food & drink hiring, Q2",
     "Interview-to-offer ratios are improving; NPD salaries up 4% year on year.",
     "https://harvesttalent.example.ie/insights/q2-2026"),
    ("Candidate tip: handling a counter-offer",
     "What to do when your current employer makes you an offer to stay.",
     "https://harvesttalent.example.ie/insights/counter-offers"),
]
add(dict(
    kind="other", slug="agency_market_update_newsletter", lang="en",
    frm=("Harvest Talent Partners", "insights@harvesttalent.example.ie"),
    subject="Food & drink hiring in Q2: interviews up, offers faster", date="2026-05-07 08:00",
    headers=bulk("Harvest Talent Insights <insights.harvesttalent.example.ie>",
                 "<https://harvesttalent.example.ie/unsubscribe?c=dal>"),
    text="Harvest Talent Insights\n\n" + items_text(_items)
         + "\n\nUnsubscribe: https://harvesttalent.example.ie/unsubscribe?c=dal",
    html=newsletter_html("Harvest Talent Insights", "Your quarterly look at the market.", _items,
                         '<a href="https://harvesttalent.example.ie/unsubscribe?c=dal">'
                         "Unsubscribe</a>"),
))

add(dict(
    kind="other", slug="workday_password_changed", lang="en",
    frm=("Nore Valley Dairies", "norevalley@myworkday.com"), tz="+0000",
    subject="Your password has been changed", date="2026-02-04 21:03",
    text="""Hi Desmond,

The password for your Nore Valley Dairies candidate account was changed on 04/02/2026 at 21:02 GMT.

If you made this change, no action is needed. If you did not, please reset your password immediately using the "Forgot password" link on the sign-in page.

This is an automated email; replies are not monitored.""",
))

add(dict(
    kind="other", slug="careers_fair_registration", lang="en",
    frm=("Food Innovation Hub Dublin", "events@foodinnovationhub.example.ie"),
    subject="Careers fair 8 October - register now", date="2026-09-08 10:00",
    headers=bulk("Food Innovation Hub events <events.foodinnovationhub.example.ie>",
                 "<https://foodinnovationhub.example.ie/events/unsubscribe>"),
    html=newsletter_html("Food Innovation Hub Dublin", "Meet 30 food and drink employers under "
                         "one roof on Thursday 8 October.", [
        ("Register for the careers fair", "Free entry, CV clinic and mock interviews all day.",
         "https://foodinnovationhub.example.ie/events/careers-fair-2026"),
        ("Exhibitors so far", "Dairies, bakeries, retailers and three test kitchens.",
         "https://foodinnovationhub.example.ie/events/careers-fair-2026/exhibitors"),
    ], '<a href="https://foodinnovationhub.example.ie/events/unsubscribe">Unsubscribe</a>'),
))

add(dict(
    kind="other", slug="friend_asks_for_mock_interview", contact="from", lang="en",
    frm=("Saoirse Dunne", "saoirse.dunne@example.ie"),
    subject="Favour - mock interview Tuesday?", date="2026-06-19 21:40",
    text="""Hi Des,

I've finally got an interview for the head chef job at the hotel in Thomastown (!!) and I'm bricking it. Would you do a mock interview with me on Tuesday evening? You've done about a hundred of these this year so you're the expert now.

I'll bring wine.

Saoirse x""",
))

add(dict(
    kind="other", slug="network_congratulate_new_position", lang="en",
    frm=("Linkfolio", "notifications@linkfolio.example.com"), tz="-0700",
    subject="Congratulate Orla Keane on her new position", date="2026-07-17 04:00",
    headers=bulk("Linkfolio notifications <notify.linkfolio.example.com>",
                 "<https://www.linkfolio.example.com/settings/email>"),
    text="""Orla Keane started a new position as HR Manager at Nore Valley Dairies.

Say congrats: https://www.linkfolio.example.com/feed/update/9918221

Also: Aoife Brennan viewed your profile. 2 recruiters searched for "development chef" and found you.

Unsubscribe: https://www.linkfolio.example.com/settings/email""",
))

add(dict(
    kind="other", slug="credit_card_declined_unfortunately", lang="en",
    frm=("Marble Bank", "noreply@marblebank.example.ie"),
    subject="An update on your credit card application", date="2026-09-30 16:20",
    text="""Dear Mr Achterberg-Lyons,

Thank you for applying for a Marble Bank Platinum credit card.

Unfortunately, we are unable to approve your application at this time. This decision was based on information from your credit report and our lending criteria, including the length of time in your current employment.

You may request a review by calling 1800 312 440.

Marble Bank p.l.c. is regulated by the Central Bank of Ireland.""",
))

add(dict(
    kind="other", slug="letting_agent_viewing_cancelled", contact="from", lang="en",
    frm=("Eimear Fennelly", "eimear@nore-lettings.example.ie"),
    subject="Viewing appointment cancelled - 14 Wolfe Tone St", date="2026-08-31 17:55",
    text="""Hi Desmond,

I'm afraid I have to cancel tomorrow's 6pm viewing appointment for 14 Wolfe Tone Street - the landlord has accepted an offer from another applicant this afternoon.

I have two other one-beds coming on the market next week near the Castle. Would you like me to send you the details?

Regards,
Eimear Fennelly
Nore Lettings, 3 Parliament St, Kilkenny
056 770 4411""",
))

add(dict(
    kind="other", slug="buergerbuero_termin_bestaetigung", lang="de",
    frm=("Terminvereinbarung Bürgerbüro", "noreply-termin@buergerbuero-muenchen.example.de"),
    subject="Terminbestätigung: Anmeldung einer Wohnung", date="2026-05-29 10:02",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte/r Desmond Achterberg-Lyons,

hiermit bestätigen wir Ihren Termin:

Anliegen: Anmeldung einer Wohnung
Datum: Dienstag, 9. Juni 2026, 08:40 Uhr
Ort: Bürgerbüro Ruppertstraße, Ruppertstraße 19, 80337 München
Vorgangsnummer: 2606-88120

Bitte bringen Sie Ihren Reisepass und die Wohnungsgeberbestätigung mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte über den Link in dieser E-Mail ab.

Diese E-Mail wurde automatisch erstellt.""",
))

add(dict(
    kind="other", slug="amie_raconte_son_refus", contact="from", lang="fr",
    frm=("Gaëlle Riou", "gaelle.riou@example.fr"),
    subject="Pas retenue…", date="2026-05-23 22:30",
    text="""Salut Desmond,

Petite nouvelle de Rennes : je n'ai pas été retenue pour le poste à la fromagerie de Fougères. Ils m'ont répondu par un mail très poli, « votre profil ne correspond pas tout à fait à nos attentes », après trois entretiens ! Je suis un peu dégoûtée.

Et toi, ça avance avec la laiterie ? Raconte-moi.

Bises,
Gaëlle""",
))

add(dict(
    kind="other", slug="plateforme_nouvelles_offres", lang="fr",
    frm=("TalentCuisine", "notifications@talentcuisine.example.fr"),
    subject="Nouvelles offres pour vous cette semaine", date="2026-07-07 08:30",
    headers=bulk("TalentCuisine <offres.talentcuisine.example.fr>",
                 "<https://talentcuisine.example.fr/preferences>"),
    html=newsletter_html("TalentCuisine", "Bonjour Desmond, 4 recruteurs ont consulté votre profil.", [
        ("Chef de produit culinaire – Nantes", "Entretiens en visio possibles.",
         "https://talentcuisine.example.fr/o/3310"),
        ("Chef R&D surgelés – Quimper", "Votre candidature a-t-elle été vue ? Suivez-la ici.",
         "https://talentcuisine.example.fr/o/3318"),
    ], '<a href="https://talentcuisine.example.fr/preferences">Gérer mes préférences</a>'),
))

add(dict(
    kind="other", slug="amiga_le_cancelaron_entrevista", contact="from", lang="es",
    frm=("Ane Bilbao", "ane.bilbao@example.es"),
    subject="¿Comemos el sábado?", date="2026-06-26 20:10",
    text="""¡Hola, Desmond!

¿Qué tal por Irlanda? Te cuento: a mí me cancelaron la entrevista en la conservera de Bermeo el mismo día, a las ocho de la mañana, con un correo de dos líneas. Así que tengo el sábado libre y muchas ganas de quejarme.

Si al final vienes a Bilbao a finales de julio, ¿comemos juntos en el Casco Viejo?

Besos,
Ane""",
))

add(dict(
    kind="other", slug="revista_solicita_entrevista", contact="from", lang="es",
    frm=("Marta Olabarria", "marta.olabarria@saboresdelnorte.example.es"), frm_cs=("iso-8859-1", "q"),
    subject="Entrevista para Sabores del Norte", date="2026-10-12 12:12",
    text="""Hola, Desmond:

Soy periodista de la revista Sabores del Norte. Estamos preparando un reportaje sobre cocineros extranjeros que trabajan en el desarrollo de producto en Euskadi y me han hablado de ti en el Obrador Zabala.

¿Te apetecería concedernos una entrevista de unos 30 minutos, por teléfono o en persona? Publicaríamos el reportaje en el número de diciembre.

Un saludo,
Marta Olabarria
Redactora · Sabores del Norte""",
))

add(dict(
    kind="other", slug="pedido_con_retraso", lang="es",
    frm=("TiendaCocina", "no-responder@tiendacocina.example.es"),
    subject="Tu pedido lleva retraso", date="2026-04-28 18:40",
    headers=[("Auto-Submitted", "auto-generated")],
    html="""<html><body>
<p>Hola, Desmond:</p>
<p>Lamentablemente, tu pedido <b>TC-220914</b> (cuchillo santoku y piedra de afilar) lleva retraso. El transportista nos indica que la nueva fecha de entrega prevista es el <b>5 de mayo</b>.</p>
<p>Sentimos las molestias. Puedes seguir el envío en <a href="https://tiendacocina.example.es/pedidos/TC-220914">tu cuenta</a>.</p>
<p>El equipo de TiendaCocina</p>
</body></html>
""",
    cte="quoted-printable",
))
