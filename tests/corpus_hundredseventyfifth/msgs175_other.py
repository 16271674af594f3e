"""Corpus 175, hand-written: everything that is no job event for the candidate (52)."""

from __future__ import annotations

from msgs175_common import CAND, digest_html, digest_text, fwd, quote

X = "other"


def _list(list_id: str, unsub: str) -> dict:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


_OE_ITEMS = [
    ("Chargé(e) de relation client – Rennes", "Banque régionale, CDI, entretiens dès février",
     "https://ouest-emploi.example.fr/o/1101"),
    ("Customer Success Associate – Nantes", "Startup SaaS, candidature en 2 minutes",
     "https://ouest-emploi.example.fr/o/1102"),
    ("Conseiller·ère support – Brest", "Opérateur télécom, poste à pourvoir immédiatement",
     "https://ouest-emploi.example.fr/o/1103"),
    ("Le conseil de la semaine", "Refus après entretien : comment demander un retour utile",
     "https://ouest-emploi.example.fr/blog/refus"),
]
_DUB_ITEMS = [
    ("French-speaking Customer Support Agent - Dublin 2", "Fintech, hybrid, EUR 32-35k",
     "https://dublintechjobs.example.ie/j/551"),
    ("Customer Success Associate (FR/EN)", "SaaS scale-up, interviews this month",
     "https://dublintechjobs.example.ie/j/552"),
    ("Onboarding Specialist", "Payments company, visa support",
     "https://dublintechjobs.example.ie/j/553"),
    ("From the blog", "Got rejected after the final round? Here's what recruiters wish you knew",
     "https://dublintechjobs.example.ie/blog/final-round"),
]
_XING_ITEMS = [
    ("Customer Success Manager (m/w/d) – Stuttgart", "Softwarehaus, Französisch von Vorteil",
     "https://jobradar.example.de/s/901"),
    ("Kundenbetreuer Französisch (m/w/d)", "Bank, Vollzeit, Einladung zum Gespräch innerhalb 1 Woche",
     "https://jobradar.example.de/s/902"),
    ("Ratgeber", "Absage erhalten? So bleiben Sie motiviert",
     "https://jobradar.example.de/ratgeber/absage"),
]
_ES_ITEMS = [
    ("Atención al cliente con francés – Bruselas", "Retail, jornada completa",
     "https://empleoya.example.es/o/71"),
    ("Customer Success Specialist – remoto", "SaaS, proceso con dos entrevistas",
     "https://empleoya.example.es/o/72"),
    ("Consejo", "Cómo responder a un rechazo sin cerrar puertas",
     "https://empleoya.example.es/blog/rechazo"),
]
_CS_ITEMS = [
    ("Churn: the metric nobody owns", "Why onboarding decides renewals",
     "https://csweekly.example.com/p/churn"),
    ("How I went from retail to CSM", "A reader story: 40 applications, 31 rejections, 1 offer",
     "https://csweekly.example.com/p/retail-to-csm"),
    ("Interview prep kit", "10 questions every CS interview panel asks",
     "https://csweekly.example.com/p/interview-kit"),
]

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- candidate's own mail
    {"kind": X, "slug": "own_thanks_crepix", "lang": "fr", "id": "crepix-thanks",
     "parent": "crepix-move", "frm": CAND, "to": ("Yann Le Goff", "yann.le-goff@crepix.example.fr"),
     "subject": "Merci pour l'échange de mardi",
     "date": "2026-03-18 09:05 +0100",
     "text": """Bonjour Yann,

Merci encore pour l'entretien de mardi, j'ai beaucoup aimé la mise en situation sur
l'onboarding. Je reste disponible pour un second échange si besoin.

Clémence"""},

    {"kind": X, "slug": "own_application_quillon", "lang": "fr", "frm": CAND,
     "to": ("Quillon Recrutement", "jobs@quillon.example.fr"),
     "subject": "Candidature – Customer Success Associate",
     "date": "2026-05-05 21:40 +0200", "fmt": "alt",
     "pdf": ("CV_Clemence_Nakamura-Diallo.pdf", [
         "Clemence Nakamura-Diallo", "Vendeuse en boulangerie, Rennes (2019-2026)",
         "Formation Customer Success en ligne (2025)", "Francais, anglais, allemand B1"]),
     "text": """Madame, Monsieur,

Je vous adresse ma candidature au poste de Customer Success Associate. Après six ans au
comptoir d'une boulangerie rennaise, j'ai appris à fidéliser une clientèle exigeante et
à gérer les imprévus avec le sourire. Je serais ravie d'en parler lors d'un entretien.

Vous trouverez mon CV en pièce jointe.

Cordialement,
Clémence Nakamura-Diallo
06 00 00 12 34"""},

    {"kind": X, "slug": "own_reschedule_request_kerbank", "lang": "fr", "frm": CAND,
     "to": ("Service RH Kerbank", "service.rh@kerbank.example.fr"),
     "subject": "Re: Modification de date – journée d'évaluation",
     "date": "2026-08-26 12:30 +0200",
     "text": """Madame, Monsieur,

Je vous remercie pour votre message. Malheureusement, je travaille le jeudi 3 septembre
et ne pourrai pas me libérer. Serait-il possible de participer à une autre session ?

Je vous prie d'agréer mes salutations distinguées.
Clémence Nakamura-Diallo

""" + quote("""Madame,

En raison d'un mouvement social prévu le vendredi 4 septembre au matin, la journée
d'évaluation est avancée au jeudi 3 septembre, mêmes horaires.""",
                "Le 26/08/2026 à 09:12, Service RH Kerbank a écrit :")},

    {"kind": X, "slug": "own_apology_galeries", "lang": "fr", "frm": CAND,
     "to": ("Erwan Caradec", "e.caradec@galeries-ponant.example.fr"),
     "subject": "Re: Votre rendez-vous de ce matin",
     "date": "2026-01-08 13:02 +0100", "cs": "iso-8859-1",
     "text": """Bonjour Monsieur Caradec,

Je suis vraiment désolée : le train Rennes-Brest a été supprimé ce matin et mon
téléphone n'avait plus de batterie. Je souhaite toujours vivement donner suite ; je suis
disponible toute la semaine prochaine pour un nouvel entretien.

Bien cordialement,
Clémence Nakamura-Diallo"""},

    {"kind": X, "slug": "own_thanks_vanbel", "lang": "fr", "frm": CAND,
     "to": ("Hélène Dubois", "recrutement.helene@vanbel.example.be"),
     "subject": "Remerciements – entretien du 12 mai",
     "date": "2026-05-12 19:10 +0200",
     "text": """Madame Dubois,

Je tenais à vous remercier pour l'entretien de ce matin et pour la présentation de vos
missions de support applicatif. L'exercice écrit m'a confortée dans mon envie de
rejoindre Vanbel Conseil.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Clémence Nakamura-Diallo"""},

    {"kind": X, "slug": "own_thanks_tallyfox", "lang": "en", "frm": CAND,
     "to": ("Niamh O'Brien", "niamh.obrien@tallyfox.example.ie"),
     "subject": "Thank you - panel interview",
     "date": "2026-06-17 08:41 +0100",
     "text": """Dear Niamh,

Thank you for organising Tuesday's panel interview. I enjoyed the case study on churn and
would be delighted to join the team.

Best regards,
Clémence Nakamura-Diallo"""},

    {"kind": X, "slug": "own_offer_question_harbourline", "lang": "en", "frm": CAND,
     "parent": "harb-offer", "to": ("Ciara Walsh", "ciara.walsh@harbourline.example.ie"),
     "subject": "Re: Your offer from Harbourline",
     "date": "2026-03-12 07:55 +0100",
     "text": """Hi Ciara,

Thank you so much, I'm thrilled! Before I sign, could we have a quick call about the
relocation support and whether the start date could move to mid-May?

Best,
Clémence

""" + quote("""I'm delighted to let you know that the panel loved meeting you, and we would
like to offer you the role of Customer Success Associate (French) at Harbourline!""",
                "On Wed, 11 Mar 2026 at 16:02, Ciara Walsh <ciara.walsh@harbourline.example.ie> wrote:")},

    {"kind": X, "slug": "own_application_fintrack", "lang": "en", "frm": CAND,
     "to": ("Fintrack Talent", "talent@fintrack.example.lu"),
     "subject": "Application - Client Onboarding Analyst",
     "date": "2026-09-02 22:15 +0200",
     "text": """Dear Hiring Team,

Please find below my application for the Client Onboarding Analyst position in
Luxembourg. I bring six years of front-line customer service and a recent certificate
in customer success management. I speak French, English and some German.

I would welcome the chance to discuss the role in an interview.

Kind regards,
Clémence Nakamura-Diallo"""},

    {"kind": X, "slug": "own_bewerbung_kundenwerk", "lang": "de", "frm": CAND,
     "to": ("Lena Vogt", "lena.vogt@kundenwerk.example.de"),
     "subject": "Bewerbung als Onboarding Managerin",
     "date": "2026-07-21 09:12 +0200",
     "text": """Sehr geehrte Frau Vogt,

anbei sende ich Ihnen meine Bewerbung als Onboarding Managerin. Über eine Einladung zu
einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Clémence Nakamura-Diallo"""},

    {"kind": X, "slug": "own_verschiebung_schwabenbank", "lang": "de", "frm": CAND,
     "to": ("Markus Reiter", "m.reiter@schwabenbank.example.de"),
     "subject": "AW: Verschiebung unseres Gesprächs",
     "date": "2026-02-27 08:20 +0100", "cs": "iso-8859-1",
     "text": """Sehr geehrter Herr Reiter,

vielen Dank für Ihre Nachricht. Dienstag, der 3. März, passt mir leider nicht, da ich
an diesem Tag in der Bäckerei arbeite. Wäre Mittwoch, der 4. März, am Vormittag möglich?

Mit freundlichen Grüßen
Clémence Nakamura-Diallo"""},

    {"kind": X, "slug": "own_disculpa_solera", "lang": "es", "frm": CAND, "parent": "solera-missed",
     "to": ("Marta Gil", "marta.gil@soleracloud.example.es"),
     "subject": "Re: No te vimos en la videollamada",
     "date": "2026-05-13 11:05 +0200",
     "text": """Hola Marta:

¡Lo siento muchísimo! Se cortó la fibra en mi barrio justo a las diez. ¿Podríamos
hacer la entrevista el viernes por la mañana? Estoy disponible a cualquier hora.

Un saludo,
Clémence

""" + quote("""Te esperamos en el Google Meet a las 10:00, pero no llegaste a conectarte.""",
                "El mié, 13 may 2026 a las 10:20, Marta Gil (<marta.gil@soleracloud.example.es>) escribió:")},

    # ---------------------------------------------------------------- digests and newsletters
    {"kind": X, "slug": "digest_ouest_emploi", "lang": "fr",
     "frm": ("Ouest Emploi Alertes", "alertes@ouest-emploi.example.fr"),
     "subject": "12 nouvelles offres pour « relation client » près de Rennes",
     "date": "2026-02-02 06:30 +0100", "fmt": "alt",
     "hdrs": _list("<alertes.ouest-emploi.example.fr>",
                   "https://ouest-emploi.example.fr/desabo?u=cnd"),
     "html": digest_html("Vos offres du jour", _OE_ITEMS,
                         "Bonjour Clémence, voici les offres correspondant à votre alerte.",
                         "https://ouest-emploi.example.fr/desabo?u=cnd"),
     "text": digest_text("Vos offres du jour", _OE_ITEMS,
                         "Bonjour Clémence, voici les offres correspondant à votre alerte.",
                         "https://ouest-emploi.example.fr/desabo?u=cnd")},

    {"kind": X, "slug": "digest_ouest_emploi_2", "lang": "fr",
     "frm": ("Ouest Emploi Alertes", "alertes@ouest-emploi.example.fr"),
     "subject": "Votre alerte : 3 entreprises recrutent cette semaine à Nantes",
     "date": "2026-06-15 06:30 +0200",
     "hdrs": _list("<alertes.ouest-emploi.example.fr>",
                   "https://ouest-emploi.example.fr/desabo?u=cnd"),
     "text": """Bonjour Clémence,

Cette semaine à Nantes :
- Loirlab recrute 2 chargé·e·s de succès client (entretiens en visio)
- Une enseigne de prêt-à-porter cherche un·e conseiller·ère e-commerce
- Un cabinet de conseil ouvre un poste de support fonctionnel

Rappel : un refus n'est jamais définitif, relancez poliment au bout de trois mois.

Voir toutes les offres : https://ouest-emploi.example.fr/alertes/88
Se désabonner : https://ouest-emploi.example.fr/desabo?u=cnd"""},

    {"kind": X, "slug": "newsletter_lettre_cs", "lang": "fr",
     "frm": ("La Lettre du Customer Success", "lettre@cs-francophone.example.fr"),
     "subject": "N°42 – Reconversion : ils racontent leur premier entretien",
     "date": "2026-04-09 07:00 +0200", "fmt": "html",
     "hdrs": _list("La Lettre du Customer Success <lettre.cs-francophone.example.fr>",
                   "mailto:desabonnement@cs-francophone.example.fr"),
     "html": """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
<h1>La Lettre du Customer Success – n°42</h1>
<p>Ce mois-ci, trois lecteurs venus de la vente, de l'hôtellerie et de la restauration
racontent leur premier entretien dans le SaaS, le refus qui a suivi pour deux d'entre eux
et l'offre qui a fini par arriver.</p>
<ul>
<li><a href="https://cs-francophone.example.fr/42/temoignages">Témoignages : « mon premier entretien »</a></li>
<li><a href="https://cs-francophone.example.fr/42/grille">La grille d'évaluation d'un panel CSM</a></li>
<li><a href="https://cs-francophone.example.fr/42/agenda">Agenda : meetups à Rennes, Lille et Paris</a></li>
</ul>
<p><a href="https://cs-francophone.example.fr/desabo">Se désabonner</a></p>
</body></html>
"""},

    {"kind": X, "slug": "article_erreurs_entretien", "lang": "fr",
     "frm": ("Carrière & Co", "redaction@carriere-co.example.fr"),
     "subject": "Les 7 erreurs qui font rater un entretien (et comment les éviter)",
     "date": "2026-03-03 12:00 +0100", "fmt": "alt",
     "hdrs": _list("<hebdo.carriere-co.example.fr>", "https://carriere-co.example.fr/u/77"),
     "text": """Carrière & Co – l'hebdo

Arriver en retard, ne pas connaître l'entreprise, critiquer son ancien employeur...
Notre rédaction a interrogé vingt recruteurs : voici les erreurs qui transforment un bon
entretien en lettre de refus.

Lire l'article : https://carriere-co.example.fr/articles/7-erreurs

Et aussi : « J'ai été convoquée à un entretien collectif, comment m'y préparer ? »
https://carriere-co.example.fr/articles/entretien-collectif

Vous recevez cet e-mail car vous êtes abonnée à l'hebdo Carrière & Co.
Se désinscrire : https://carriere-co.example.fr/u/77"""},

    {"kind": X, "slug": "webinar_reussir_entretien", "lang": "fr",
     "frm": ("Académie Reconversion", "events@academie-reconversion.example.fr"),
     "subject": "Webinaire jeudi : réussir son entretien en anglais",
     "date": "2026-05-25 10:00 +0200", "fmt": "html",
     "hdrs": _list("<events.academie-reconversion.example.fr>",
                   "https://academie-reconversion.example.fr/unsub"),
     "html": """<html><body>
<p>Bonjour Clémence,</p>
<p>Jeudi 28 mai à 18h30, notre coach Mathilde vous donne ses conseils pour réussir un
entretien d'embauche en anglais : se présenter, raconter une réussite, répondre à
« why should we hire you? ».</p>
<p><a href="https://academie-reconversion.example.fr/webinaire/28mai">Je m'inscris gratuitement</a></p>
<p><small><a href="https://academie-reconversion.example.fr/unsub">Se désinscrire</a></small></p>
</body></html>
"""},

    {"kind": X, "slug": "digest_dublin_tech_jobs", "lang": "en",
     "frm": ("Dublin Tech Jobs", "weekly@dublintechjobs.example.ie"),
     "subject": "This week: 37 French-speaking roles in Dublin",
     "date": "2026-02-13 08:00 +0000", "fmt": "alt",
     "hdrs": _list("Dublin Tech Jobs Weekly <weekly.dublintechjobs.example.ie>",
                   "https://dublintechjobs.example.ie/unsubscribe/cnd"),
     "html": digest_html("Dublin Tech Jobs Weekly", _DUB_ITEMS,
                         "Hi Clémence, here are this week's picks for you.",
                         "https://dublintechjobs.example.ie/unsubscribe/cnd"),
     "text": digest_text("Dublin Tech Jobs Weekly", _DUB_ITEMS,
                         "Hi Clémence, here are this week's picks for you.",
                         "https://dublintechjobs.example.ie/unsubscribe/cnd")},

    {"kind": X, "slug": "newsletter_cs_weekly", "lang": "en",
     "frm": ("CS Weekly", "hello@csweekly.example.com"),
     "subject": "CS Weekly #118: 31 rejections and 1 offer",
     "date": "2026-07-10 07:15 +0200", "fmt": "alt",
     "hdrs": _list("<csweekly.example.com>", "https://csweekly.example.com/unsubscribe"),
     "html": digest_html("CS Weekly #118", _CS_ITEMS,
                         "The newsletter for people who keep customers happy.",
                         "https://csweekly.example.com/unsubscribe"),
     "text": digest_text("CS Weekly #118", _CS_ITEMS,
                         "The newsletter for people who keep customers happy.",
                         "https://csweekly.example.com/unsubscribe")},

    {"kind": X, "slug": "interview_reviews_digest", "lang": "en",
     "frm": ("WorkVoice", "digest@workvoice.example.com"),
     "subject": "New interview reviews for companies you follow",
     "date": "2026-08-03 09:30 +0200",
     "hdrs": _list("<digest.workvoice.example.com>", "https://workvoice.example.com/prefs"),
     "text": """Hi Clémence,

3 new interview reviews were posted for companies you follow:

Tallyfox - "Panel interview with a churn case study. Got rejected after a week, but the
feedback call was genuinely useful." (Renewals Associate, Dublin)

Harbourline - "Phone screen, then a panel. Offer two days later." (CS Associate)

Lumo Ledger - "Interview was rescheduled once, friendly team." (Support Specialist)

Read all reviews: https://workvoice.example.com/following
Manage email preferences: https://workvoice.example.com/prefs"""},

    {"kind": X, "slug": "jobradar_de", "lang": "de",
     "frm": ("JobRadar", "alarm@jobradar.example.de"),
     "subject": "Neue Jobs für Sie: Customer Success in Stuttgart",
     "date": "2026-05-04 07:05 +0200", "fmt": "alt",
     "hdrs": _list("<jobalarm.jobradar.example.de>", "https://jobradar.example.de/abmelden"),
     "html": digest_html("Ihr JobRadar", _XING_ITEMS,
                         "Guten Morgen, hier sind neue Stellen zu Ihrem Suchauftrag.",
                         "https://jobradar.example.de/abmelden"),
     "text": digest_text("Ihr JobRadar", _XING_ITEMS,
                         "Guten Morgen, hier sind neue Stellen zu Ihrem Suchauftrag.",
                         "https://jobradar.example.de/abmelden")},

    {"kind": X, "slug": "empleoya_es", "lang": "es",
     "frm": ("EmpleoYa", "alertas@empleoya.example.es"),
     "subject": "Nuevas ofertas que encajan contigo",
     "date": "2026-03-27 08:10 +0100", "fmt": "alt",
     "hdrs": _list("<alertas.empleoya.example.es>", "https://empleoya.example.es/baja"),
     "html": digest_html("EmpleoYa – tus ofertas", _ES_ITEMS,
                         "Hola Clémence, estas son las novedades de tu alerta.",
                         "https://empleoya.example.es/baja"),
     "text": digest_text("EmpleoYa – tus ofertas", _ES_ITEMS,
                         "Hola Clémence, estas son las novedades de tu alerta.",
                         "https://empleoya.example.es/baja")},

    # ---------------------------------------------------------------- requests in another sense
    {"kind": X, "slug": "podcast_request", "contact": "anais@podcast-virages.example.fr", "lang": "fr",
     "frm": ("Anaïs Guillou", "anais@podcast-virages.example.fr"),
     "subject": "Interview pour le podcast « Virages »",
     "date": "2026-07-06 11:30 +0200",
     "text": """Bonjour Clémence,

J'anime « Virages », un podcast sur les reconversions professionnelles. Votre post sur le
passage de la boulangerie au Customer Success m'a touchée : accepteriez-vous une
interview de 40 minutes, enregistrée à distance, courant juillet ?

Aucune préparation nécessaire, je vous envoie les thèmes à l'avance.

Anaïs Guillou
Podcast Virages"""},

    {"kind": X, "slug": "user_research_interview", "contact": "priya.nair@shiftly.example.com", "lang": "en",
     "frm": ("Priya at Shiftly", "research@shiftly.example.com"),
     "reply_to": ("Priya Nair", "priya.nair@shiftly.example.com"),
     "subject": "Join a 30-min research interview? (€40 voucher)",
     "date": "2026-04-14 15:20 +0200",
     "text": """Hi Clémence,

You use Shiftly to plan your shifts at the bakery. We're redesigning the app and would
love to interview you for 30 minutes about how you swap shifts with colleagues.

As a thank-you, you'll get a €40 voucher. Pick a slot: https://shiftly.example.com/research

Priya Nair, UX Researcher"""},

    {"kind": X, "slug": "package_delayed", "lang": "fr",
     "frm": ("Colis Express", "suivi@colis-express.example.fr"),
     "subject": "Votre colis est retardé",
     "date": "2026-03-14 18:02 +0100", "fmt": "html",
     "hdrs": {"Auto-Submitted": "auto-generated"},
     "html": """<html><body>
<p>Bonjour,</p>
<p>Malheureusement, votre colis n° CX8812004FR a pris du retard suite à un incident sur
notre plateforme de tri. Nous ne pourrons pas le livrer à la date prévue.</p>
<p>Nouvelle date estimée : mardi 17 mars.</p>
<p><a href="https://colis-express.example.fr/suivi/CX8812004FR">Suivre mon colis</a></p>
<p>Colis Express – merci de ne pas répondre à ce message.</p>
</body></html>
"""},

    {"kind": X, "slug": "position_tracker", "lang": "en",
     "frm": ("TrailMate", "noreply@trailmate.example.com"),
     "subject": "Your position was shared with 2 friends",
     "date": "2026-08-09 10:45 +0200",
     "hdrs": {"Auto-Submitted": "auto-generated"},
     "text": """Hi Clémence,

Your live position on the Crozon peninsula hike was shared with Maëlle and Lucas.
Location sharing will stop automatically at 20:00.

Unfortunately, GPS accuracy may be reduced near the cliffs.

TrailMate"""},

    {"kind": X, "slug": "friend_own_rejection", "contact": "maelle.jaouen@example.fr", "lang": "fr",
     "frm": ("Maëlle Jaouen", "maelle.jaouen@example.fr"),
     "subject": "bon ben c'est non pour moi...",
     "date": "2026-04-24 20:40 +0200",
     "text": """Coucou Clémence,

Je viens de recevoir la réponse de l'école de Lorient : ils ne me prennent pas, et le
cabinet d'archi où j'avais passé l'entretien la semaine dernière a aussi dit non. Double
peine ! On se fait un verre samedi pour se remonter le moral ?

Et toi, des nouvelles de tes entretiens ?

Bises,
Maëlle"""},

    {"kind": X, "slug": "friend_fwd_own_rejection_en", "contact": "lucas.fontaine@example.com", "lang": "en",
     "frm": ("Lucas Fontaine", "lucas.fontaine@example.com"),
     "subject": "Fwd: Your application to Brightwave Telecom",
     "date": "2026-02-04 19:30 +0100",
     "text": """Look, same template they sent you! At least we're in good company :)

Drink on Friday?
Lucas

""" + fwd("""Dear Lucas Fontaine,

After reviewing your application, we regret to inform you that you have not been
selected for further consideration for this position.""",
              "Brightwave Telecom Careers <careers@brightwave.icims.com>",
              "Tue, 3 Feb 2026 at 22:10", "Brightwave Telecom - application status",
              "lucas.fontaine@example.com")},

    {"kind": X, "slug": "amiga_rechazo", "contact": "lucia.ferrer@example.es", "lang": "es",
     "frm": ("Lucía Ferrer", "lucia.ferrer@example.es"),
     "subject": "Me han dicho que no :(",
     "date": "2026-06-06 22:15 +0200",
     "text": """¡Hola Clémence!

Te cuento: al final no me han cogido en la agencia de viajes de Valencia. Después de tres
entrevistas, me mandaron un correo de dos líneas. En fin, a seguir buscando.

¿Cómo van tus procesos en Francia? Cuéntame algo bonito.

Besos,
Lucía"""},

    {"kind": X, "slug": "cold_approach_fr", "contact": "romain.tessier@hunt-ouest.example.fr", "lang": "fr",
     "frm": ("Romain Tessier", "romain.tessier@hunt-ouest.example.fr"),
     "subject": "Votre profil en relation client",
     "date": "2026-09-07 13:10 +0200", "fmt": "alt",
     "text": """Bonjour Clémence,

Je suis consultant chez Hunt Ouest, cabinet spécialisé dans les métiers du service
client. Votre parcours a attiré mon attention sur un réseau professionnel.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais j'aimerais garder le
contact pour de futures opportunités en Bretagne.

Bien à vous,
Romain Tessier
Hunt Ouest – 6 rue d'Isly, 35000 Rennes"""},

    {"kind": X, "slug": "cold_approach_en", "contact": "grace@talentbridge.example.ie", "lang": "en",
     "frm": ("Grace Murphy", "grace@talentbridge.example.ie"),
     "subject": "French speakers in Dublin - open to a chat some time?",
     "date": "2026-01-26 10:00 +0000",
     "text": """Hi Clémence,

I recruit for customer-facing roles in Dublin's tech sector and came across your
profile. Nothing specific right now, but if you're thinking of a move to Ireland this
year, I'd be happy to share what the market looks like.

Best,
Grace Murphy
TalentBridge Recruitment"""},

    {"kind": X, "slug": "bank_rdv_conseiller", "lang": "fr",
     "frm": ("Banque Armorique – Votre agence", "agence.rennes-centre@banque-armorique.example.fr"),
     "subject": "Confirmation de votre rendez-vous avec votre conseiller",
     "date": "2026-02-17 09:15 +0100", "fmt": "html",
     "html": """<html><body>
<p>Madame Nakamura-Diallo,</p>
<p>Nous vous confirmons votre rendez-vous avec Thomas Le Bihan, votre conseiller, le
lundi 23 février à 17h30 en agence, au sujet de votre projet de prêt étudiant pour
votre formation.</p>
<p>Pensez à vous munir de vos trois derniers bulletins de salaire.</p>
<p>Banque Armorique – Agence Rennes Centre</p>
</body></html>
"""},

    {"kind": X, "slug": "landlord_entretien_chaudiere", "contact": "gestion@vilaine-immo.example.fr", "lang": "fr",
     "frm": ("Cabinet Vilaine Gestion", "gestion@vilaine-immo.example.fr"),
     "subject": "Entretien annuel de la chaudière – passage du technicien",
     "date": "2026-10-05 08:30 +0200", "cs": "iso-8859-1",
     "text": """Madame,

L'entretien annuel obligatoire de la chaudière de votre logement (12 rue Saint-Hélier,
Rennes) aura lieu le mercredi 14 octobre entre 8h et 12h.

En cas d'empêchement, merci de nous contacter pour reporter ce rendez-vous.

Cabinet Vilaine Gestion, service locataires"""},

    {"kind": X, "slug": "admission_refusee_formation", "lang": "fr",
     "frm": ("Scolarité – Institut du Numérique de Nantes", "scolarite@inn.example.fr"),
     "subject": "Décision d'admission – Titre professionnel Chargé(e) de relation client",
     "date": "2026-06-29 14:00 +0200", "fmt": "alt",
     "text": """Madame,

Nous avons le regret de vous informer que votre candidature à la formation « Chargé(e) de
relation client à distance » (session de septembre 2026) n'a pas été retenue par la
commission pédagogique, le nombre de places étant limité.

Vous pouvez vous porter candidate à la session de janvier 2027.

Service de la scolarité
Institut du Numérique de Nantes"""},

    {"kind": X, "slug": "doctor_appointment_cancelled", "lang": "fr",
     "frm": ("Cabinet médical des Lices", "rdv@cabinet-lices.example.fr"),
     "subject": "Annulation de votre rendez-vous du 9 juin",
     "date": "2026-06-05 17:30 +0200",
     "hdrs": {"Auto-Submitted": "auto-generated"},
     "text": """Bonjour,

Votre rendez-vous du mardi 9 juin à 11h15 avec le Dr Le Floch est annulé en raison d'une
absence du praticien. Merci de reprendre rendez-vous en ligne.

Cabinet médical des Lices – message automatique"""},

    {"kind": X, "slug": "france_travail_convocation", "lang": "fr",
     "frm": ("France Travail", "ne-pas-repondre@francetravail.example.fr"),
     "subject": "Votre rendez-vous avec votre conseiller",
     "date": "2026-01-20 10:40 +0100",
     "text": """Madame Nakamura-Diallo,

Vous êtes convoquée à un entretien de suivi avec votre conseillère, Mme Riou, le
lundi 2 février 2026 à 9h00, à l'agence de Rennes Cleunay.

Objet : point sur votre projet de reconversion.

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre."""},

    {"kind": X, "slug": "school_meeting", "lang": "fr",
     "frm": ("École élémentaire Jean-Zay", "ce.0350000x@ac-rennes.example.fr"),
     "subject": "Réunion parents-enseignants",
     "date": "2026-09-08 16:45 +0200", "cs": "windows-1252",
     "text": """Madame,

Dans le cadre de la rentrée, l’équipe enseignante de la classe de CE2 vous propose un
entretien individuel d’un quart d’heure pour faire le point sur la scolarité de Nino.

Créneaux disponibles le jeudi 17 septembre entre 16h30 et 18h30 ; merci de répondre
via le cahier de liaison.

La directrice"""},

    {"kind": X, "slug": "caf_dossier_recu", "lang": "fr",
     "frm": ("Caisse d'allocations familiales", "ne-pas-repondre@caf.example.fr"),
     "subject": "Nous avons bien reçu votre dossier",
     "date": "2026-04-03 07:50 +0200",
     "text": """Bonjour,

Nous accusons réception de votre demande de prime d'activité déposée le 2 avril 2026.
Elle sera traitée dans un délai de 15 jours.

Vous pouvez suivre son avancement dans votre espace personnel.

Votre Caf"""},

    {"kind": X, "slug": "old_boss_bakery", "contact": "lepetrindore@example.fr", "lang": "fr",
     "frm": ("Boulangerie Le Pétrin Doré", "lepetrindore@example.fr"),
     "subject": "samedi",
     "date": "2026-03-26 21:12 +0100",
     "text": """Clémence,

Tu peux me remplacer samedi matin ? Gwen est malade. Je sais que tu as tes entretiens en
ce moment, dis-moi juste si c'est possible, sinon je me débrouille.

Merci,
Patrick"""},

    {"kind": X, "slug": "friend_job_tip", "contact": "lucas.fontaine@example.com", "lang": "fr",
     "frm": ("Lucas Fontaine", "lucas.fontaine@example.com"),
     "subject": "Fwd: offre qui pourrait te plaire",
     "date": "2026-08-17 12:31 +0200",
     "text": """Regarde ça, c'est pile pour toi ! Ils recrutent sans expérience du SaaS.

""" + fwd("""Poste : Chargé(e) d'onboarding client – Rennes
Startup de logiciel pour commerces de proximité. Entretiens dès septembre.
Postuler : https://jobs.example.fr/onboarding-rennes""", "Ouest Emploi <alertes@ouest-emploi.example.fr>",
              "lun. 17 août 2026", "Nouvelle offre", "lucas.fontaine@example.com",
              "-------- Message transféré --------")},

    {"kind": X, "slug": "ooo_fr", "contact": "nadia.ferrand@brume.example.fr", "lang": "fr",
     "frm": ("Nadia Ferrand", "nadia.ferrand@brume.example.fr"),
     "subject": "Réponse automatique : Candidature consultante support",
     "date": "2026-08-03 09:00 +0200",
     "hdrs": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
     "text": """Bonjour,

Je suis absente du bureau jusqu'au 24 août inclus, sans accès à ma messagerie. Pour toute
question urgente concernant un recrutement, merci d'écrire à recrutement@brume.example.fr.

Nadia Ferrand"""},

    {"kind": X, "slug": "ooo_en", "contact": "declan.byrne@harbourline.example.ie", "lang": "en",
     "frm": ("Declan Byrne", "declan.byrne@harbourline.example.ie"),
     "subject": "Automatic reply: Interview follow-up",
     "date": "2026-03-09 08:00 +0000",
     "hdrs": {"Auto-Submitted": "auto-replied"},
     "text": """Thanks for your email. I'm out of the office until Monday 16 March with limited
access to email. For anything urgent, please contact Ciara Walsh.

Declan"""},

    {"kind": X, "slug": "ooo_de", "contact": "m.reiter@schwabenbank.example.de", "lang": "de",
     "frm": ("Markus Reiter", "m.reiter@schwabenbank.example.de"),
     "subject": "Abwesenheitsnotiz: Bewerbung Kundenberater Digital",
     "date": "2026-02-13 08:02 +0100",
     "hdrs": {"Auto-Submitted": "auto-replied"},
     "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20. Februar nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an die Zentrale unter
+49 711 555 6000.

Markus Reiter"""},

    {"kind": X, "slug": "sprachschule_kurs", "contact": "kurse@sprachschule-rennes.example.fr", "lang": "de",
     "frm": ("Sprachschule Rennes-Allemand", "kurse@sprachschule-rennes.example.fr"),
     "subject": "Ihr Einstufungstest und Kursbeginn",
     "date": "2026-03-04 18:00 +0100",
     "text": """Liebe Frau Nakamura-Diallo,

Ihr Einstufungsgespräch ist leider ausgefallen, weil unsere Lehrerin krank war. Wir
haben Sie trotzdem vorläufig in den Kurs B1.2 eingeteilt; der Kurs beginnt am
Dienstag, 10. März, um 19 Uhr.

Herzliche Grüße
Ihre Sprachschule"""},

    {"kind": X, "slug": "linkedin_style_fr", "lang": "fr",
     "frm": ("Réseau Pro", "notifications@reseaupro.example.com"),
     "subject": "Clémence, vous avez 3 nouvelles invitations",
     "date": "2026-01-16 19:00 +0100",
     "hdrs": _list("<notifications.reseaupro.example.com>", "https://reseaupro.example.com/prefs"),
     "text": """Bonjour Clémence,

Yann Le Goff (Head of Customer Success chez Crêpix), Sarah Vandamme et 1 autre
personne souhaitent rejoindre votre réseau.

Voir les invitations : https://reseaupro.example.com/invitations

Vous recevez ces notifications car vous êtes membre de Réseau Pro."""},

    {"kind": X, "slug": "linkedin_style_en", "lang": "en",
     "frm": ("ProLink", "notifications@prolink.example.com"),
     "subject": "Clémence, your profile was viewed by a recruiter at Tallyfox",
     "date": "2026-05-30 18:20 +0100",
     "hdrs": _list("<notifications.prolink.example.com>", "https://prolink.example.com/settings"),
     "text": """Hi Clémence,

A Talent Partner at Tallyfox viewed your profile. Candidates who message recruiters are
more likely to hear back about a position.

See who viewed your profile: https://prolink.example.com/me/views

You are receiving ProLink notification emails. Unsubscribe: https://prolink.example.com/settings"""},

    {"kind": X, "slug": "linkedin_style_es", "lang": "es",
     "frm": ("ProLink", "notificaciones@prolink.example.com"),
     "subject": "Clémence, 5 empleos nuevos que podrían interesarte",
     "date": "2026-06-20 09:00 +0200",
     "hdrs": _list("<notificaciones.prolink.example.com>", "https://prolink.example.com/ajustes"),
     "text": """Hola Clémence:

Según tu perfil, estas vacantes podrían interesarte: Customer Success en Solera Cloud,
soporte bilingüe en Bruselas y 3 más.

Ver empleos: https://prolink.example.com/empleos

Recibes este correo porque tienes activadas las alertas. Darte de baja:
https://prolink.example.com/ajustes"""},

    {"kind": X, "slug": "course_cohort_full_en", "contact": "hannah.lee@csacademy.example.com", "lang": "en",
     "frm": ("CS Academy Admissions", "admissions@csacademy.example.com"),
     "reply_to": ("Hannah Lee", "hannah.lee@csacademy.example.com"),
     "subject": "Your application to the Autumn CSM Certificate cohort",
     "date": "2026-08-21 14:30 +0100",
     "text": """Dear Clémence,

Thank you for applying to the Autumn 2026 Customer Success Management Certificate.
Unfortunately, the cohort is now full and we are unable to offer you a place. You have
been added to the waiting list for the Winter cohort.

Warm regards,
Hannah Lee, Admissions"""},

    {"kind": X, "slug": "master_admision_es", "lang": "es",
     "frm": ("Admisiones Escuela de Negocios Atlántica", "admisiones@ena.example.es"),
     "subject": "Resolución de admisión – Máster en Experiencia de Cliente",
     "date": "2026-07-14 12:00 +0200", "fmt": "alt",
     "text": """Estimada Clémence:

Lamentamos comunicarte que tu solicitud de admisión al Máster en Experiencia de Cliente
(modalidad online) no ha sido aceptada en esta convocatoria. La comisión ha priorizado
perfiles con titulación universitaria previa.

Atentamente,
Oficina de Admisiones"""},

    {"kind": X, "slug": "cita_clinica_cancelada", "lang": "es",
     "frm": ("Clínica Dental Sonrisa", "citas@clinicasonrisa.example.es"),
     "subject": "Tu cita ha sido cancelada",
     "date": "2026-07-31 10:10 +0200",
     "hdrs": {"Auto-Submitted": "auto-generated"},
     "text": """Hola Clémence:

Te informamos de que tu cita de revisión del lunes 3 de agosto a las 12:00 en nuestra
clínica de Bruselas ha sido cancelada. Puedes reservar una nueva cita desde la app.

Clínica Dental Sonrisa"""},

    {"kind": X, "slug": "dublin_viewing_cancelled", "lang": "en",
     "frm": ("Liffey Lettings", "viewings@liffeylettings.example.ie"),
     "subject": "Viewing cancelled - 2-bed apartment, Ringsend",
     "date": "2026-03-08 12:40 +0000",
     "text": """Dear Clémence,

Unfortunately the landlord has accepted an application for the Ringsend apartment, so
your viewing on Tuesday at 18:00 has been cancelled. We'll let you know about similar
properties.

Liffey Lettings"""},

    {"kind": X, "slug": "press_interview_request", "contact": "tom.gallagher@irishbizpost.example.ie", "lang": "en",
     "frm": ("Tom Gallagher", "tom.gallagher@irishbizpost.example.ie"),
     "subject": "Interview request - feature on career changers",
     "date": "2026-10-07 11:11 +0100",
     "text": """Hi Clémence,

I'm a journalist at the Irish Business Post, writing a feature on people who have moved
from hospitality and retail into tech. Would you be open to a 20-minute phone interview
next week? It would be for print, with your first name only if you prefer.

Best,
Tom Gallagher
Irish Business Post"""},

    {"kind": X, "slug": "newsletter_es_carrera", "lang": "es",
     "frm": ("Revista Talento", "boletin@revistatalento.example.es"),
     "subject": "Boletín: la entrevista por competencias, explicada",
     "date": "2026-09-21 07:30 +0200", "fmt": "html",
     "hdrs": _list("<boletin.revistatalento.example.es>", "https://revistatalento.example.es/baja"),
     "html": """<html><body>
<h2>Boletín semanal de Revista Talento</h2>
<p>Esta semana: cómo preparar una entrevista por competencias, qué hacer después de un
rechazo y cinco empresas que contratan perfiles sin experiencia en atención al cliente.</p>
<p><a href="https://revistatalento.example.es/entrevista-competencias">Leer el artículo</a></p>
<p><small><a href="https://revistatalento.example.es/baja">Darse de baja</a></small></p>
</body></html>
"""},
]

for _m in MESSAGES:
    if _m.get("fmt") == "html":
        _m["text"] = _m["html"]
