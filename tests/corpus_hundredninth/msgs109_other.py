"""Everything that is not one of the six job-mail kinds (hundredninth corpus), written one by one:
newsletters, alerts, other meanings of the words, friends, the candidate's own mail,
auto-replies and recruiter outreach without an interview."""

from __future__ import annotations

from msgs109_common import CAND, ME, layout, pixel, trk

MESSAGES = [
    {
        "kind": "other", "scenario": "newsletter_bounce_back_rejection", "lang": "en",
        "company": "", "contact": "",
        "frm": ("NurseForward Weekly", "newsletter@nurseforward.example.com"),
        "subject": "Rejected again? 5 ways to bounce back (and 14 new informatics jobs)",
        "date": "2026-03-11 06:00 -0400", "structure": "html", "cte": "qp",
        "headers": [("List-Id", "NurseForward Weekly <weekly.nurseforward.example.com>"),
                 ("List-Unsubscribe", "<https://nurseforward.example.com/unsub?u=a81c&l=weekly>, <mailto:unsub-a81c@nurseforward.example.com>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        "html": layout(f"""<p style="margin:0 0 6px 0;font-size:12px;color:#8a8f98;text-transform:uppercase">Issue #112 · Career transitions</p>
<h1 style="font-size:22px;margin:0 0 14px 0;color:#173f5f">Rejected again? 5 ways to bounce back</h1>
<p style="margin:0 0 12px 0">"Unfortunately, we have decided to move forward with other candidates." If you've read that line more times than you can count this spring, you're not alone. We asked six nurses who made the jump into informatics how they handled the rejections along the way.</p>
<p style="margin:0 0 16px 0"><a href="{trk('links.nurseforward.example.com', 'a1')}" style="color:#20639b;font-weight:bold">Read the full story →</a></p>
<h2 style="font-size:17px;margin:0 0 8px 0;color:#173f5f">Also this week</h2>
<ul style="margin:0 0 16px 18px;padding:0">
<li><a href="{trk('links.nurseforward.example.com', 'a2')}" style="color:#20639b">Missed an interview? Here's the email to send within the hour</a></li>
<li><a href="{trk('links.nurseforward.example.com', 'a3')}" style="color:#20639b">Offer negotiation for nurses: what's actually on the table</a></li>
<li><a href="{trk('links.nurseforward.example.com', 'a4')}" style="color:#20639b">Podcast: an Epic trainer on her first year out of the ICU</a></li>
</ul>
<h2 style="font-size:17px;margin:0 0 8px 0;color:#173f5f">14 new openings</h2>
<p style="margin:0 0 4px 0"><a href="{trk('links.nurseforward.example.com', 'j1')}" style="color:#20639b">Clinical Informatics Nurse – Worcester, MA</a></p>
<p style="margin:0 0 4px 0"><a href="{trk('links.nurseforward.example.com', 'j2')}" style="color:#20639b">EHR Educator (bilingual) – Ottawa, ON</a></p>
<p style="margin:0 0 12px 0"><a href="{trk('links.nurseforward.example.com', 'jall')}" style="color:#20639b">See all 14 jobs</a></p>""",
                    logo="https://nurseforward.example.com/img/nf-logo.png", alt="NurseForward", accent="#3caea3",
                    footer="You're receiving NurseForward Weekly because you subscribed at nurseforward.example.com.<br>"
                           f'<a href="{trk("links.nurseforward.example.com", "prefs")}" style="color:#77797d">Update preferences</a> · '
                           f'<a href="{trk("links.nurseforward.example.com", "unsub")}" style="color:#77797d">Unsubscribe</a><br>'
                           "NurseForward Media, 55 Summer St, Boston, MA 02110",
                    pix=pixel("links.nurseforward.example.com", "nl112")),
    },
    {
        "kind": "other", "scenario": "alerte_emploi_douze_offres", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Santé-Carrières", "alertes@santecarrieres.example.ca"),
        "subject": "12 nouvelles offres pour « formatrice dossier clinique » près de Montréal",
        "date": "2026-02-16 05:45 -0500", "structure": "html", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.santecarrieres.example.ca/alertes/desabonner?id=55812>"),
                 ("Precedence", "bulk")],
        "html": layout(f"""<p style="margin:0 0 12px 0">Bonjour Maëlle,</p>
<p style="margin:0 0 12px 0">Voici les nouvelles offres correspondant à votre alerte <b>« formatrice dossier clinique »</b> (Montréal + 50 km) :</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="font-size:14px">
<tr><td style="padding:10px 0;border-bottom:1px solid #e6e6e6"><a href="{trk('clic.santecarrieres.example.ca', 'o1')}" style="color:#c0392b;font-weight:bold">Conseillère en soins – déploiement DCI</a><br><span style="color:#666">CIUSSS de l'Ouest-de-l'Île · Montréal · Permanent</span></td></tr>
<tr><td style="padding:10px 0;border-bottom:1px solid #e6e6e6"><a href="{trk('clic.santecarrieres.example.ca', 'o2')}" style="color:#c0392b;font-weight:bold">Formatrice clinique – logiciel de pharmacie</a><br><span style="color:#666">Logiciels Médicus · Montréal · Hybride</span></td></tr>
<tr><td style="padding:10px 0;border-bottom:1px solid #e6e6e6"><a href="{trk('clic.santecarrieres.example.ca', 'o3')}" style="color:#c0392b;font-weight:bold">Infirmière clinicienne, soutien informatique – entrevues sur place le 4 mars</a><br><span style="color:#666">Hôpital de Laval-Est · Laval · Temps complet</span></td></tr>
<tr><td style="padding:10px 0"><a href="{trk('clic.santecarrieres.example.ca', 'tout')}" style="color:#c0392b">Voir les 9 autres offres →</a></td></tr>
</table>
<p style="margin:14px 0 0 0;font-size:12px;color:#666">Astuce : les candidatures envoyées dans les 48 heures ont trois fois plus de chances d'obtenir une entrevue.</p>""",
                    logo="https://www.santecarrieres.example.ca/img/logo-sc.png", alt="Santé-Carrières", accent="#c0392b",
                    footer=f'Vous recevez ce courriel parce que vous avez créé une alerte emploi. <a href="{trk("clic.santecarrieres.example.ca", "gerer")}" style="color:#77797d">Gérer mes alertes</a> · '
                           f'<a href="{trk("clic.santecarrieres.example.ca", "desab")}" style="color:#77797d">Me désabonner</a><br>Santé-Carrières inc., Montréal (Québec)',
                    pix=pixel("clic.santecarrieres.example.ca", "al-0216")),
    },
    {
        "kind": "other", "scenario": "job_alert_digest_boston", "lang": "en",
        "company": "", "contact": "",
        "frm": ("JobPath Alerts", "alerts@jobpath.example.com"),
        "subject": "30+ new Clinical Informatics jobs in Boston, MA",
        "date": "2026-05-25 07:02 -0400", "structure": "html", "cte": "base64",
        "headers": [("List-Unsubscribe", "<https://www.jobpath.example.com/alerts/unsubscribe?a=ci-bos>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
        "html": f"""<html><body style="margin:0;background:#f3f2f1">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:'Noto Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
<tr><td style="padding:20px 24px"><img src="https://www.jobpath.example.com/m/logo.png" alt="JobPath" height="28"></td></tr>
<tr><td style="padding:0 24px">
<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0">Clinical Informatics – Boston, MA</p>
<p style="margin:0 0 4px 0"><a href="{trk('www.jobpath.example.com', 'j101')}" style="color:#2557a7;font-weight:bold">Nurse Informaticist</a></p>
<p style="margin:0 0 12px 0;color:#595959">Mercy Bay Community Health · Dorchester, MA · Easily apply</p>
<p style="margin:0 0 4px 0"><a href="{trk('www.jobpath.example.com', 'j102')}" style="color:#2557a7;font-weight:bold">Clinical Applications Analyst – Interviewing now</a></p>
<p style="margin:0 0 12px 0;color:#595959">Harborlight Medical Center · Boston, MA · $85K–$105K</p>
<p style="margin:0 0 4px 0"><a href="{trk('www.jobpath.example.com', 'j103')}" style="color:#2557a7;font-weight:bold">EHR Training Specialist (Contract)</a></p>
<p style="margin:0 0 12px 0;color:#595959">Apex Nurse Staffing · Cambridge, MA · Urgently hiring</p>
<p style="margin:0 0 20px 0"><a href="{trk('www.jobpath.example.com', 'all')}" style="background:#2557a7;color:#ffffff;padding:9px 16px;border-radius:6px;text-decoration:none">See all 31 jobs</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#767676;border-top:1px solid #e4e2e0">You're receiving this job alert because you asked us to. <a href="{trk('www.jobpath.example.com', 'unsub')}" style="color:#767676">Unsubscribe</a> · <a href="{trk('www.jobpath.example.com', 'edit')}" style="color:#767676">Edit alert</a><br>JobPath, Inc. · Austin, TX</td></tr>
</table></td></tr></table>
{pixel('www.jobpath.example.com', 'alert-0525')}
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "podcast_entrevue_reconversion", "lang": "fr",
        "company": "", "contact": "mathieu@soinsetnumerique.example.ca",
        "frm": ("Mathieu Caron", "mathieu@soinsetnumerique.example.ca"),
        "subject": "Entrevue pour le balado Soins & Numérique?",
        "date": "2026-04-03 13:37 -0400", "structure": "plain", "cte": "8bit",
        "text": """Bonjour Maëlle,

Je m'appelle Mathieu, j'anime le balado Soins & Numérique depuis deux ans (on parle de technologies en santé, du point de vue des gens sur le plancher). J'ai lu ton texte sur LinkedIn à propos de ta reconversion de l'urgence vers la formation en systèmes cliniques et je l'ai trouvé super juste.

Est-ce que tu accepterais de m'accorder une entrevue d'environ 45 minutes pour un épisode sur les infirmières qui passent en informatique? On enregistre à distance, à ta convenance, idéalement d'ici la fin avril. Aucune préparation nécessaire, je t'envoie les thèmes à l'avance.

Au plaisir,

Mathieu Caron
Animateur et producteur – Soins & Numérique (balado indépendant)
""",
    },
    {
        "kind": "other", "scenario": "journalist_phone_interview", "lang": "en",
        "company": "", "contact": "agrant@mtlhealthtech.example.com",
        "frm": ("Alicia Grant", "agrant@mtlhealthtech.example.com"),
        "subject": "Interview request - nurses moving into health IT",
        "date": "2026-06-09 11:04 -0400", "structure": "plain", "cte": "7bit",
        "text": """Hi Maelle,

I'm a reporter with the Montreal Health Tech Review, working on a feature about nurses who are leaving bedside roles for jobs in clinical informatics and EHR training, and what that means for hospitals already short on staff.

A colleague pointed me to your talk at the Health Tech Montreal meetup. Would you be available for a 20-minute phone interview this Thursday or Friday? I'd quote you by name only with your permission, and I'm happy to share the quotes I plan to use before publication.

Thanks for considering it,

Alicia Grant
Staff Reporter, Montreal Health Tech Review
514-555-0190
""",
    },
    {
        "kind": "other", "scenario": "ux_research_interview_vendor", "lang": "en",
        "company": "", "contact": "noor.siddiqui@meridianchartworks.example.com",
        "frm": ("Noor Siddiqui", "noor.siddiqui@meridianchartworks.example.com"),
        "subject": "Would you share your charting experience? (45 min, $75 gift card)",
        "date": "2026-07-14 10:30 -0400", "structure": "alt", "cte": "qp",
        "html": f"""<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:600px">
<p>Hi Maëlle,</p>
<p>I'm a UX researcher on the nursing documentation team at Meridian Chartworks. We're redesigning how nurses chart assessments at the end of a shift, and we're interviewing nurses who use EHRs every day to understand what gets in the way.</p>
<p>You signed up for our research panel at the Nursing Informatics Canada Summit, so I wanted to ask whether you'd be up for a <b>45-minute remote user-research interview</b> some time in the next two weeks. There are no right answers – we just want to hear how your shifts actually go. As a thank-you, we'll send a $75 gift card.</p>
<p>If you're interested, pick a slot here: <a href="{trk('research.meridianchartworks.example.com', 'book')}">book a session</a>, or simply reply to this email.</p>
<p>Thanks!<br>Noor Siddiqui<br>Senior UX Researcher, Meridian Chartworks</p>
<p style="font-size:11px;color:#888">This is a research study, not a recruitment process. Participation does not affect any current or future job application with Meridian Chartworks.</p>
</div>
""",
    },
    {
        "kind": "other", "scenario": "gps_partage_position", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Itinéra", "notifications@itinera.example.com"),
        "subject": "Julien partage sa position avec vous",
        "date": "2026-01-17 18:52 -0500", "structure": "html", "cte": "qp",
        "html": f"""<html><body style="font-family:Roboto,Arial,sans-serif;font-size:14px;color:#202124;background:#ffffff">
<table width="480" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px">
<img src="https://itinera.example.com/mail/pin.png" alt="Itinéra" width="40">
<p style="font-size:18px;margin:16px 0 8px 0"><b>Julien T.</b> partage sa position en temps réel avec vous jusqu'à 20 h 52.</p>
<p style="margin:0 0 16px 0;color:#5f6368">Dernière position : autoroute 15 Nord, près de Saint-Jérôme · arrivée estimée au chalet dans 38 min</p>
<p><a href="{trk('itinera.example.com', 'voir-position')}" style="background:#1a73e8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Voir sa position</a></p>
<p style="font-size:12px;color:#5f6368;margin-top:24px">Vous pouvez masquer votre position à tout moment dans l'application. <a href="{trk('itinera.example.com', 'parametres')}" style="color:#5f6368">Paramètres de partage</a></p>
</td></tr></table>
{pixel('itinera.example.com', 'share-0117')}
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "waitlist_position_queue", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Bloc Shop Climbing", "no-reply@blocshopclimbing.example.com"),
        "subject": "Your position on the membership waitlist: #142",
        "date": "2026-01-29 09:15 -0500", "structure": "html", "cte": "7bit",
        "html": f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">
<div style="max-width:520px;margin:0 auto">
<img src="https://blocshopclimbing.example.com/email/logo.png" alt="Bloc Shop Climbing" width="120">
<p>Hey Maelle,</p>
<p>Thanks for your patience! Here's where things stand for the monthly membership at our Mile End gym:</p>
<p style="font-size:32px;font-weight:bold;margin:10px 0">#142</p>
<p>Your position in the queue moved up 18 spots this month. We'll email you as soon as a spot opens up - you'll have 72 hours to claim it.</p>
<p>In the meantime, day passes are always available at the front desk.</p>
<p><a href="{trk('blocshopclimbing.example.com', 'waitlist')}">Check my waitlist status</a></p>
<p style="font-size:11px;color:#999">Bloc Shop Climbing, 5000 rue Saint-Laurent, Montreal QC · <a href="{trk('blocshopclimbing.example.com', 'unsub')}" style="color:#999">Unsubscribe</a></p>
</div>
{pixel('blocshopclimbing.example.com', 'wl-0129')}
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "colis_retarde_malheureusement", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("ColiRapide", "suivi@colirapide.example.ca"),
        "subject": "Malheureusement, votre colis est retardé",
        "date": "2026-02-05 14:20 -0500", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Bonjour,</p>
<p style="margin:0 0 12px 0">Malheureusement, la livraison de votre colis <b>CR 7712 4409 18 CA</b> est retardée en raison des conditions météorologiques dans la région de Montréal.</p>
<p style="margin:0 0 12px 0">Nouvelle date de livraison prévue : <b>lundi 9 février</b>.</p>
<p style="margin:0 0 12px 0">Aucune action n'est requise de votre part. Nous sommes désolés pour ce contretemps.</p>
<p style="margin:0"><a href="{trk('suivi.colirapide.example.ca', 'cr7712')}" style="color:#e67e22;font-weight:bold">Suivre mon colis</a></p>""",
                    logo="https://colirapide.example.ca/img/logo.png", alt="ColiRapide", accent="#e67e22",
                    footer="Ceci est un message automatique. Merci de ne pas y répondre.<br>ColiRapide inc. · Service à la clientèle : 1 888 555-0100",
                    pix=pixel("suivi.colirapide.example.ca", "cr7712")),
    },
    {
        "kind": "other", "scenario": "mortgage_application_received_pdf", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Laurentian Trust", "no-reply@laurentiantrust.example.ca"),
        "subject": "We've received your mortgage pre-approval application",
        "date": "2026-08-27 19:40 -0400", "structure": "mixed", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Dear Maëlle Tremblay-Nakamura,</p>
<p style="margin:0 0 12px 0">Thank you for choosing Laurentian Trust. Your <b>mortgage pre-approval application</b> (reference MP-2026-558104) has been received and is now being reviewed by our underwriting team.</p>
<p style="margin:0 0 12px 0">A summary of the information you provided is attached. We will contact you within 3 business days if we need additional documents, such as a recent pay stub or employment letter.</p>
<p style="margin:0 0 12px 0"><a href="{trk('secure.laurentiantrust.example.ca', 'app')}" style="color:#004b87">Track my application</a></p>
<p style="margin:0">Laurentian Trust – Home Financing</p>""",
                    logo="https://www.laurentiantrust.example.ca/img/lt-logo.png", alt="Laurentian Trust", accent="#004b87",
                    footer="Laurentian Trust will never ask you for your password by email. This message was sent from an unmonitored address.<br>"
                           "Laurentian Trust Company, 1000 De La Gauchetière St W, Montréal QC",
                    pix=pixel("secure.laurentiantrust.example.ca", "mp558104")),
        "attachments": [{"name": "MP-2026-558104_summary.pdf", "lines": [
            "Laurentian Trust - Mortgage pre-approval application summary",
            "Reference: MP-2026-558104",
            "Applicant: Maelle Tremblay-Nakamura",
            "Requested amount: CAD 410,000 - Amortization: 25 years",
        ]}],
    },
    {
        "kind": "other", "scenario": "banque_demande_credit_refusee", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Banque Fleuve", "avis@banquefleuve.example.ca"),
        "subject": "Décision concernant votre demande de carte de crédit",
        "date": "2026-03-17 08:05 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Madame Tremblay-Nakamura,</p>
<p style="margin:0 0 12px 0">Nous vous remercions d'avoir présenté une demande de carte de crédit Fleuve Voyage Platine.</p>
<p style="margin:0 0 12px 0">Après analyse de votre dossier, nous sommes au regret de vous informer que votre demande a été refusée. Cette décision repose notamment sur les renseignements fournis par l'agence d'évaluation du crédit.</p>
<p style="margin:0 0 12px 0">Vous pouvez obtenir gratuitement une copie de votre dossier de crédit auprès de l'agence concernée. Une lettre détaillant les motifs de la décision vous sera également envoyée par la poste.</p>
<p style="margin:0"><a href="{trk('www.banquefleuve.example.ca', 'aide')}" style="color:#0a5e73">Centre d'aide</a></p>""",
                    logo="https://www.banquefleuve.example.ca/img/bf.png", alt="Banque Fleuve", accent="#0a5e73",
                    footer="Ce courriel a été envoyé automatiquement. Banque Fleuve ne vous demandera jamais vos renseignements personnels par courriel.<br>"
                           "Banque Fleuve, 600 rue de la Gauchetière Ouest, Montréal (Québec)",
                    pix=pixel("www.banquefleuve.example.ca", "cc-0317")),
    },
    {
        "kind": "other", "scenario": "dossier_location_non_retenu", "lang": "fr",
        "company": "", "contact": "celine.martin@immo-croixrousse.example.fr",
        "frm": ("Céline Martin", "celine.martin@immo-croixrousse.example.fr"),
        "subject": "Appartement rue d'Austerlitz - votre dossier",
        "date": "2026-05-07 12:48 +0200", "structure": "plain", "cte": "qp",
        "text": """Bonjour Madame,

Je reviens vers vous concernant le T2 de la rue d'Austerlitz. Malheureusement, le propriétaire n'a pas retenu votre dossier : il a préféré un candidat avec un garant en France et un CDI déjà signé.

Je suis désolée, je sais que l'appartement vous plaisait beaucoup. J'ai deux autres biens qui pourraient vous correspondre à la Croix-Rousse, dont un T2 avec balcon rue Dumenge, disponible au 1er juin. Voulez-vous que je vous envoie les annonces ?

Bien cordialement,

Céline Martin
Conseillère location
Immo Croix-Rousse
04 78 55 21 90
""",
    },
    {
        "kind": "other", "scenario": "amie_raconte_son_refus", "lang": "fr",
        "company": "", "contact": "sarah.eve.lemieux@courriel.example.ca",
        "frm": ("Sarah-Ève Lemieux", "sarah.eve.lemieux@courriel.example.ca"),
        "subject": "devine quoi...",
        "date": "2026-03-24 22:16 -0400", "structure": "plain", "cte": "8bit",
        "text": """Allo ma belle,

Bon ben j'ai eu ma réponse pour le poste d'infirmière-chef de projet au CHU... c'est non. « Nous avons retenu une candidature à l'interne », la phrase classique. Je m'en doutais un peu mais ça pique pareil.

Toi, t'as des nouvelles de ta clinique à Québec? J'ai hâte que tu me racontes ta rencontre.

On se fait un souper vendredi pour se remonter le moral? Je fournis le vin 🍷

Sarah-Ève xx
""",
    },
    {
        "kind": "other", "scenario": "friend_interview_update", "lang": "en",
        "company": "", "contact": "jenna.morales@mail.example.com",
        "frm": ("Jenna Morales", "jenna.morales@mail.example.com"),
        "subject": "how did yours go??",
        "date": "2026-05-21 20:33 -0400", "structure": "plain", "cte": "7bit",
        "text": """Hey M!

So I had my interview at the children's hospital today for the informatics nurse job. Panel of FIVE people, I almost died. They asked me to explain barcode medication administration "like I'm talking to a surgeon" lol. They said they'd get back to everyone in two weeks.

How did your interview with the Boston clinic go on Tuesday? Did they make you do a demo too? Text me, I want details!!

Jenna

Sent from my iPhone
""",
    },
    {
        "kind": "other", "scenario": "own_relance_envoyee", "lang": "fr",
        "company": "", "contact": "",
        "frm": ME, "to": [("Camille Roux", "camille.roux@talentis-sante.example.fr")],
        "subject": "Relance – candidature référente paramétrage DPI",
        "date": "2026-07-01 09:02 -0400", "structure": "plain", "cte": "qp",
        "msgid": "<CAMtn0701tal@mail.example.ca>",
        "text": """Bonjour Madame Roux,

Je me permets de revenir vers vous suite à notre échange téléphonique du 24 juin au sujet de la mission de référente paramétrage DPI.

Je reste très intéressée par ce poste et disponible pour un entretien avec votre client, en visioconférence ou à Paris, où je serai du 20 au 31 juillet.

N'hésitez pas à me contacter si vous avez besoin d'informations complémentaires.

Bien cordialement,

Maëlle Tremblay-Nakamura
514 555-0107
""",
    },
    {
        "kind": "other", "scenario": "own_thank_you_after_demo", "lang": "en",
        "company": "", "contact": "",
        "frm": ME, "to": [("Heather MacLeod", "hmacleod@ridgeway-u.example.com")],
        "subject": "Thank you - Clinical Simulation & Informatics Instructor interview",
        "date": "2026-02-10 18:45 -0500", "structure": "plain", "cte": "qp",
        "msgid": "<CAMtn0210rid@mail.example.ca>",
        "text": """Dear Ms. MacLeod,

Thank you for organizing today's interview and for rescheduling so smoothly after the storm. Please pass on my thanks to the search committee and to the students who took part in the teaching demonstration; their questions about scanner workarounds were excellent.

I'm very enthusiastic about the possibility of joining the School of Nursing, and I look forward to hearing about the next steps.

Warm regards,

Maëlle Tremblay-Nakamura
""",
    },
    {
        "kind": "other", "scenario": "own_candidature_spontanee_cv", "lang": "fr",
        "company": "", "contact": "",
        "frm": ME, "to": [("Recrutement Clinique des Cèdres", "recrutement@cliniquedescedres.example.fr")],
        "subject": "Candidature spontanée – Maëlle Tremblay-Nakamura",
        "date": "2026-09-04 18:02 +0200", "structure": "mixed", "cte": "8bit",
        "msgid": "<CAMtn0904cedres@mail.example.ca>",
        "text": """Madame, Monsieur,

Installée à Lyon depuis juin, je vous adresse ma candidature spontanée pour un poste de cadre de santé formation ou d'infirmière référente logiciel de soins.

Infirmière depuis neuf ans au Québec (urgence puis soins intensifs), j'ai été super-utilisatrice lors de deux déploiements du dossier clinique informatisé et j'ai formé plus de 140 collègues, de jour comme de nuit. Mon diplôme est en cours de reconnaissance auprès des autorités françaises.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Maëlle Tremblay-Nakamura
06 55 90 14 27
""",
        "attachments": [{"name": "CV_Tremblay-Nakamura_2026.pdf", "lines": [
            "Maelle Tremblay-Nakamura - Infirmiere, formatrice systemes cliniques",
            "Experience : 2017-2026 infirmiere (urgence, soins intensifs), Montreal",
            "Super-utilisatrice DCI, 2 deploiements, 140 collegues formes",
            "Langues : francais, anglais, espagnol (B1), japonais (notions)",
        ]}],
    },
    {
        "kind": "other", "scenario": "out_of_office_interview_mention", "lang": "en",
        "company": "", "contact": "dana.whitfield@harborlight.example.com",
        "frm": ("Dana Whitfield", "dana.whitfield@harborlight.example.com"),
        "subject": "Automatic reply: Clinical Applications Trainer - quick question",
        "date": "2026-04-06 08:11 -0400", "structure": "plain", "cte": "7bit",
        "irt": "<CAMtn0406hmc@mail.example.ca>",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        "text": """Thank you for your email. I am out of the office until Monday, April 13, with limited access to email.

If you are a candidate with an interview scheduled this week, your interview will go ahead as planned and the hiring manager will contact you directly. For anything else, please write to talent@harborlight.example.com.

Best,
Dana Whitfield
Senior Talent Partner | Harborlight Medical Center
""",
    },
    {
        "kind": "other", "scenario": "reponse_automatique_absente", "lang": "fr",
        "company": "", "contact": "nathalie.bertrand@gh-sainteloi.example.fr",
        "frm": ("BERTRAND Nathalie", "nathalie.bertrand@gh-sainteloi.example.fr"),
        "subject": "Réponse automatique : Candidature - infirmière référente DPI",
        "date": "2026-08-03 10:02 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Bonjour,

Je suis absente du bureau jusqu'au lundi 24 août inclus.

Pour toute question urgente relative à un recrutement en cours, vous pouvez contacter le secrétariat de la DRH au 01 45 55 20 00.

Cordialement,

Nathalie BERTRAND
Chargée de recrutement – Direction des ressources humaines
Groupe hospitalier Saint-Éloi
""",
    },
    {
        "kind": "other", "scenario": "abwesenheitsnotiz", "lang": "de",
        "company": "", "contact": "m.brandt@helix-clinical.example.com",
        "frm": ("Markus Brandt", "m.brandt@helix-clinical.example.com"),
        "subject": "Abwesenheitsnotiz: Unser Termin heute, 10:00 Uhr",
        "date": "2026-06-15 18:30 +0200", "structure": "plain", "cte": "qp",
        "irt": "<CAMtn0615helix@mail.example.ca>",
        "headers": [("Auto-Submitted", "auto-replied")],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin vom 16.06. bis einschließlich 26.06.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Office-Team unter +32 2 555 90 00.

Mit freundlichen Grüßen
Markus Brandt
Helix Clinical Consulting GmbH
""",
    },
    {
        "kind": "other", "scenario": "recruiter_cold_outreach_chat", "lang": "en",
        "company": "", "contact": "kliu@northbridgetalent.example.com",
        "frm": ("Kevin Liu", "kliu@northbridgetalent.example.com"),
        "subject": "Your clinical informatics background",
        "date": "2026-04-27 12:19 -0400", "structure": "plain", "cte": "7bit",
        "text": """Hi Maelle,

I came across your profile while researching nurses with EHR go-live experience in Canada, and your super-user work really stood out.

I'm a recruiter with Northbridge Talent Partners. We place clinical informatics and training professionals with hospitals and health-tech companies across Ontario and the Northeast US. Nothing specific to pitch you today, but I'd love to learn what you're looking for so I can keep you in mind as roles come up.

Would you be open to a casual 15-minute chat sometime next week?

Best,
Kevin Liu
Senior Consultant, Health IT | Northbridge Talent Partners
416-555-0166 | Toronto
""",
    },
    {
        "kind": "other", "scenario": "chasseur_approche_confidentielle", "lang": "fr",
        "company": "", "contact": "asgirard@girard-executive.example.fr",
        "frm": ("Anne-Sophie Girard", "asgirard@girard-executive.example.fr"),
        "subject": "Échange confidentiel ?",
        "date": "2026-06-24 08:40 +0200", "structure": "plain", "cte": "qp",
        "text": """Bonjour Madame Tremblay-Nakamura,

Je me permets de vous contacter directement : j'accompagne un éditeur de logiciels de santé en forte croissance qui structure actuellement son équipe de formation clinique pour la France et la Suisse romande.

Votre parcours (neuf ans de soins critiques, deux déploiements, une vraie pratique de la formation) m'a semblé particulièrement intéressant. À ce stade, il ne s'agit pas d'un poste ouvert mais d'une réflexion de mon client sur les profils dont il aura besoin en 2027.

Seriez-vous ouverte à un premier échange téléphonique informel, en toute confidentialité ?

Bien à vous,

Anne-Sophie Girard
Girard Executive – Santé & Sciences de la vie
Paris · Genève
""",
    },
    {
        "kind": "other", "scenario": "headhunter_linkedin_tu", "lang": "es",
        "company": "", "contact": "marta.ruiz@saludtalento.example.com",
        "frm": ("Marta Ruiz", "marta.ruiz@saludtalento.example.com"),
        "subject": "¿Hablamos?",
        "date": "2026-05-04 11:22 +0200", "structure": "plain", "cte": "8bit",
        "text": """¡Hola, Maëlle!

Vi tu perfil en LinkedIn y me llamó mucho la atención tu experiencia como superusuaria durante la implantación de la historia clínica electrónica en tu hospital.

Soy consultora en Salud Talento, una boutique de selección especializada en perfiles de salud digital. Ahora mismo no tengo una vacante concreta para ti, pero trabajo a menudo con empresas que buscan formadoras clínicas para proyectos en Francia y Suiza y me gustaría conocerte un poco mejor.

¿Te apetece que hablemos 15 minutos esta semana o la que viene?

Un abrazo,
Marta Ruiz
Salud Talento · Madrid
""",
    },
    {
        "kind": "other", "scenario": "infolettre_entrevue_manquee", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Infirmières en transition", "infolettre@infirmieresentransition.example.ca"),
        "subject": "Infolettre de mai : entrevue manquée, refus, négociation d'offre",
        "date": "2026-05-02 07:00 -0400", "structure": "html", "cte": "base64",
        "headers": [("List-Id", "Infolettre Infirmieres en transition <infolettre.infirmieresentransition.example.ca>"),
                 ("List-Unsubscribe", "<https://infirmieresentransition.example.ca/desabonnement?e=8812>")],
        "html": layout(f"""<h1 style="font-size:21px;margin:0 0 12px 0;color:#6c3483">L'infolettre de mai</h1>
<p style="margin:0 0 12px 0">Bonjour à toutes et à tous,</p>
<p style="margin:0 0 12px 0">Ce mois-ci, on parle des moments difficiles de la recherche d'emploi : l'entrevue qu'on a manquée à cause d'un quart de travail prolongé, le refus qui arrive après trois rencontres, et l'offre qu'on n'ose pas négocier.</p>
<h2 style="font-size:16px;margin:0 0 6px 0">📌 Au sommaire</h2>
<ul style="margin:0 0 12px 18px;padding:0">
<li><a href="{trk('lien.infirmieresentransition.example.ca', 'manquee')}" style="color:#6c3483">Vous avez manqué une entrevue? Trois façons de reprendre contact</a></li>
<li><a href="{trk('lien.infirmieresentransition.example.ca', 'refus')}" style="color:#6c3483">« Nous avons retenu une autre candidature » : demander de la rétroaction, mode d'emploi</a></li>
<li><a href="{trk('lien.infirmieresentransition.example.ca', 'offre')}" style="color:#6c3483">Votre première offre hors réseau : salaire, vacances, régime de retraite</a></li>
</ul>
<h2 style="font-size:16px;margin:0 0 6px 0">📅 Prochain atelier</h2>
<p style="margin:0 0 12px 0">Simulation d'entrevue en informatique clinique, mardi 19 mai à 19 h, en ligne. <a href="{trk('lien.infirmieresentransition.example.ca', 'atelier')}" style="color:#6c3483">Je m'inscris</a></p>""",
                    logo="https://infirmieresentransition.example.ca/logo-iet.png", alt="Infirmières en transition", accent="#6c3483",
                    footer="Infirmières en transition, OBNL · Montréal (Québec)<br>Vous recevez cette infolettre parce que vous êtes membre. "
                           f'<a href="{trk("lien.infirmieresentransition.example.ca", "desab")}" style="color:#77797d">Se désabonner</a>',
                    pix=pixel("lien.infirmieresentransition.example.ca", "nl-mai")),
    },
    {
        "kind": "other", "scenario": "webinar_interview_skills_registered", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Clinical Informatics Collective", "events@cicollective.example.com"),
        "subject": "You're registered: Interview Skills for Nurses Moving into Tech",
        "date": "2026-02-24 15:30 -0500", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Hi Maëlle,</p>
<p style="margin:0 0 12px 0">You're all set for our free webinar <b>Interview Skills for Nurses Moving into Tech</b>.</p>
<p style="margin:0 0 12px 0"><b>Thursday, March 5, 2026 · 7:00–8:30 PM ET</b><br>Online (Zoom)</p>
<p style="margin:0 0 12px 0">We'll cover behavioural interview questions, how to present a super-user project, what to do if an interviewer doesn't show up, and how to follow up after a rejection.</p>
<p style="margin:0 0 12px 0"><a href="{trk('events.cicollective.example.com', 'join')}" style="background:#117864;color:#fff;padding:9px 16px;text-decoration:none;border-radius:4px">Add to calendar</a></p>""",
                    logo="https://cicollective.example.com/logo.png", alt="Clinical Informatics Collective", accent="#117864",
                    footer=f'Clinical Informatics Collective · <a href="{trk("events.cicollective.example.com", "unsub")}" style="color:#77797d">Unsubscribe</a> · This mailbox is not monitored.',
                    pix=pixel("events.cicollective.example.com", "wb-0305")),
    },
    {
        "kind": "other", "scenario": "demande_reconnaissance_diplome_recue", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Bureau de reconnaissance des titres de santé", "ne-pas-repondre@brts.example.ch"),
        "subject": "Votre demande de reconnaissance a été reçue (dossier BRTS-2026-04417)",
        "date": "2026-04-22 09:00 +0200", "structure": "alt", "cte": "qp",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<p>Madame,</p>
<p>Nous accusons réception de votre demande de reconnaissance du diplôme étranger <b>Baccalauréat en sciences infirmières (Canada)</b>, enregistrée sous le numéro de dossier <b>BRTS-2026-04417</b>.</p>
<p>Le traitement d'une demande complète prend en moyenne quatre mois. Nous vous contacterons si des documents complémentaires sont nécessaires. L'émolument de CHF 550.– doit être réglé dans les 30 jours au moyen du bulletin de versement QR joint à votre espace personnel.</p>
<p>Veuillez agréer, Madame, nos salutations distinguées.</p>
<p>Bureau de reconnaissance des titres de santé<br>Section professions infirmières</p>
<p style="font-size:11px;color:#888">Ce message est généré automatiquement. Merci de ne pas y répondre.</p>
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "course_module_passed", "lang": "en",
        "company": "", "contact": "",
        "frm": ("LearnHealth Academy", "no-reply@learnhealth.example.com"),
        "subject": "Congratulations! You passed Health Informatics Foundations – Module 4",
        "date": "2026-01-11 16:44 -0500", "structure": "alt", "cte": "qp",
        "html": f"""<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:560px;margin:0 auto">
<img src="https://learnhealth.example.com/mail/logo.png" alt="LearnHealth Academy" height="30">
<h2 style="color:#1e8449">Well done, Maëlle! 🎓</h2>
<p>You scored <b>92%</b> on the final quiz for <b>Module 4: Clinical Decision Support and Order Sets</b>.</p>
<p>You've now completed 4 of 6 modules in the Health Informatics Foundations certificate. Next up: Module 5 – Data Standards (HL7, FHIR, SNOMED CT).</p>
<p><a href="{trk('learnhealth.example.com', 'next')}" style="color:#1e8449;font-weight:bold">Continue learning</a> · <a href="{trk('learnhealth.example.com', 'badge')}" style="color:#1e8449">Share your badge</a></p>
<p style="font-size:11px;color:#999">LearnHealth Academy · <a href="{trk('learnhealth.example.com', 'unsub')}" style="color:#999">Email preferences</a></p>
</div></body></html>
""",
    },
    {
        "kind": "other", "scenario": "admission_microprogramme_recue", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Université Champlain-Sud – Registrariat", "admission-nepasrepondre@ucs.example.ca"),
        "subject": "Votre demande d'admission a été reçue",
        "date": "2026-03-02 10:30 -0500", "structure": "alt", "cte": "qp",
        "html": f"""<html><body style="font-family:Georgia,serif;font-size:15px;color:#202020">
<table width="620" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:2px solid #8c1d40;padding:10px 0"><img src="https://www.ucs.example.ca/img/ucs-logo.png" alt="Université Champlain-Sud" width="180"></td></tr>
<tr><td style="padding:14px 0">
<p>Bonjour Maëlle,</p>
<p>Nous avons bien reçu votre demande d'admission au <b>Microprogramme de 2e cycle en informatique de la santé</b> (trimestre d'automne 2026).</p>
<p>Votre dossier sera étudié par le comité d'admission du programme lorsque toutes les pièces requises auront été reçues. Pièces manquantes à ce jour : relevé de notes officiel du baccalauréat.</p>
<p>Vous pouvez suivre l'état de votre demande dans votre <a href="{trk('monportail.ucs.example.ca', 'admission')}">Centre étudiant</a>. Les décisions sont habituellement communiquées à partir du 15 mai.</p>
<p>Le Bureau du registraire<br>Université Champlain-Sud</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Ce courriel est envoyé automatiquement. Pour toute question, utilisez le formulaire en ligne du Centre étudiant.</td></tr></table>
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "place_garderie_non_retenue", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Guichet des places en service de garde", "ne-pas-repondre@guichetgarde.example.ca"),
        "subject": "Mise à jour de votre demande de place",
        "date": "2026-06-12 11:00 -0400", "structure": "plain", "cte": "qp",
        "text": """Bonjour,

Le CPE Les Petits Pas a mis à jour l'état de votre demande de place pour l'enfant inscrit à votre dossier.

Nouvel état : Non retenue pour septembre 2026

Votre demande demeure active sur la liste d'attente des autres services de garde que vous avez sélectionnés. Vous pouvez modifier vos choix à tout moment dans votre dossier en ligne.

Ceci est un message automatique; merci de ne pas y répondre.

Guichet des places en service de garde
""",
    },
    {
        "kind": "other", "scenario": "service_appointment_rescheduled", "lang": "en",
        "company": "", "contact": "",
        "frm": ("NorthStar Fibre", "appointments@northstarfibre.example.ca"),
        "subject": "Your installation appointment has been rescheduled",
        "date": "2026-09-28 13:12 -0400", "structure": "alt", "cte": "qp",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1b1b1b">
<div style="max-width:560px">
<img src="https://northstarfibre.example.ca/email/nsf.png" alt="NorthStar Fibre" height="30">
<p>Hi Maëlle,</p>
<p>Unfortunately our technician is unable to make it to your appointment on <s>Tuesday, September 29, 8 AM – 12 PM</s>.</p>
<p>Your installation has been rescheduled to <b>Friday, October 2, 8 AM – 12 PM</b>. An adult must be present at 4410 rue de Bordeaux for the duration of the visit.</p>
<p><a href="{trk('my.northstarfibre.example.ca', 'manage')}">Manage my appointment</a></p>
<p>We apologize for the inconvenience.<br>NorthStar Fibre</p>
<p style="font-size:11px;color:#888">Please do not reply to this email. NorthStar Fibre Inc., Montréal QC.</p>
</div></body></html>
""",
    },
    {
        "kind": "other", "scenario": "dentiste_rdv_manque_frais", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Clinique dentaire du Plateau", "rappels@cliniquedentaireplateau.example.ca"),
        "subject": "Rendez-vous manqué du 14 avril",
        "date": "2026-04-14 16:05 -0400", "structure": "alt", "cte": "qp",
        "html": f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#333">
<p>Bonjour Maëlle,</p>
<p>Nous avons constaté que vous ne vous êtes pas présentée à votre rendez-vous de nettoyage du <b>mardi 14 avril à 14 h 30</b> avec Laurence, hygiéniste dentaire.</p>
<p>Conformément à notre politique d'annulation, des frais de 50 $ seront ajoutés à votre dossier pour tout rendez-vous manqué sans préavis de 24 heures.</p>
<p>Pour reprendre rendez-vous : <a href="{trk('rdv.cliniquedentaireplateau.example.ca', 'reserver')}">réserver en ligne</a> ou 514 555-0155.</p>
<p>Clinique dentaire du Plateau<br>4210, rue Saint-Denis, Montréal</p>
<p style="font-size:10px;color:#999">Message automatique envoyé par notre système de rappels.</p>
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "collegue_appel_reference", "lang": "fr",
        "company": "", "contact": "kbouchard@courriel.example.ca",
        "frm": ("Karine Bouchard", "kbouchard@courriel.example.ca"),
        "subject": "appel de référence!!",
        "date": "2026-09-11 21:08 -0400", "structure": "plain", "cte": "8bit",
        "text": """Hé Maëlle!

Un monsieur de Lakeshore Regional Health (Omar quelque chose?) m'a appelée cet aprèm pour une référence sur toi. J'ai dit que t'étais la meilleure super-utilisatrice de l'étage et que t'avais formé toute l'équipe de nuit à toi toute seule 😅

Ça veut-tu dire que t'es rendue en finale?? Tiens-moi au courant!!

Karine
""",
    },
    {
        "kind": "other", "scenario": "groupe_discussion_resume", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("infirmieres-informatique-qc", "infirmieres-informatique-qc@googlegroups.example.com"),
        "subject": "Résumé des messages – 3 messages dans 2 sujets",
        "date": "2026-09-29 06:00 -0400", "structure": "plain", "cte": "qp",
        "headers": [("List-Id", "<infirmieres-informatique-qc.googlegroups.example.com>"),
                 ("List-Unsubscribe", "<mailto:infirmieres-informatique-qc+unsubscribe@googlegroups.example.com>"),
                 ("Precedence", "list")],
        "text": """infirmieres-informatique-qc@googlegroups.example.com
Résumé des messages – 3 messages dans 2 sujets

-- Sujets de ce résumé --
  Entrevue demain chez Logiciels Médicus, des conseils? - 2 messages
  [Offre] Formatrice DCI, Hôpital de Laval-Est - 1 message

============================================================
Sujet : Entrevue demain chez Logiciels Médicus, des conseils?
  - Geneviève P. : J'ai une entrevue demain pour le poste de formatrice clinique. Quelqu'un est déjà passé par leur processus? Ils font une mise en situation?
  - Louis-Philippe D. : Oui, 10 minutes de formation sur un module au choix. Ils ont refusé ma candidature l'an dernier, mais l'entrevue était très correcte. Bonne chance!

============================================================
Sujet : [Offre] Formatrice DCI, Hôpital de Laval-Est
  - Annie R. : Mon équipe embauche, affichage ouvert jusqu'au 9 octobre. Écrivez-moi en privé pour les détails.

--
Vous recevez ce message, car vous êtes abonné au groupe « infirmieres-informatique-qc ».
Pour vous désabonner de ce groupe, envoyez un courriel à infirmieres-informatique-qc+unsubscribe@googlegroups.example.com.
""",
    },
    {
        "kind": "other", "scenario": "meetup_rsvp_confirmed", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Meetup", "info@meetup.example.com"),
        "subject": "You're going to Health Tech Montréal: Nurses in Digital Health",
        "date": "2026-05-28 12:40 -0400", "structure": "alt", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.meetup.example.com/account/comm/?unsub=rsvp>")],
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#212121">
<div style="max-width:540px">
<p><b>You're going!</b></p>
<p><b>Nurses in Digital Health: from the bedside to the build</b><br>Health Tech Montréal</p>
<p>Wednesday, June 3, 2026 · 6:00 PM<br>Maison Notman, 51 Sherbrooke St W, Montréal</p>
<p>Speakers include a former ICU nurse now leading EHR training at a Toronto hospital, and a product manager from a Montréal start-up. Lightning talks welcome!</p>
<p><a href="{trk('www.meetup.example.com', 'event-2231')}">See event details</a> · <a href="{trk('www.meetup.example.com', 'cal')}">Add to calendar</a></p>
<p style="font-size:11px;color:#777">Meetup · <a href="{trk('www.meetup.example.com', 'unsub')}" style="color:#777">Unsubscribe from RSVP emails</a></p>
</div></body></html>
""",
    },
    {
        "kind": "other", "scenario": "boletin_preparar_entrevista", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Enfermería Digital", "boletin@enfermeriadigital.example.com"),
        "subject": "Boletín n.º 48: cómo preparar una entrevista en salud digital",
        "date": "2026-07-02 08:00 +0200", "structure": "html", "cte": "qp",
        "headers": [("List-Id", "Boletin Enfermeria Digital <boletin.enfermeriadigital.example.com>"),
                 ("List-Unsubscribe", "<https://enfermeriadigital.example.com/baja?s=3321>"),
                 ("Precedence", "bulk")],
        "html": layout(f"""<h1 style="font-size:21px;margin:0 0 12px 0;color:#1a5276">Boletín n.º 48</h1>
<p style="margin:0 0 12px 0">¡Hola!</p>
<p style="margin:0 0 12px 0">Esta semana hablamos con tres enfermeras que dieron el salto a empresas de software sanitario. Sus consejos para preparar una entrevista, gestionar un rechazo y negociar una oferta:</p>
<ul style="margin:0 0 12px 18px;padding:0">
<li><a href="{trk('enfermeriadigital.example.com', 'art1')}" style="color:#1a5276">Cómo preparar una entrevista en salud digital (con ejemplos reales)</a></li>
<li><a href="{trk('enfermeriadigital.example.com', 'art2')}" style="color:#1a5276">«Lamentablemente, no ha sido seleccionada»: qué hacer después</a></li>
<li><a href="{trk('enfermeriadigital.example.com', 'art3')}" style="color:#1a5276">Ofertas de empleo de la semana: 22 vacantes en España y Europa</a></li>
</ul>
<p style="margin:0">¡Hasta el próximo jueves!<br>El equipo de Enfermería Digital</p>""",
                    logo="https://enfermeriadigital.example.com/img/logo.png", alt="Enfermería Digital", accent="#1a5276",
                    footer=f'Recibes este boletín porque te suscribiste en enfermeriadigital.example.com. <a href="{trk("enfermeriadigital.example.com", "baja")}" style="color:#77797d">Darse de baja</a>',
                    pix=pixel("enfermeriadigital.example.com", "b48")),
    },
    {
        "kind": "other", "scenario": "amiga_entrevista_madrid", "lang": "es",
        "company": "", "contact": "carmen.ibarra@correo.example.com",
        "frm": ("Carmen Ibarra", "carmen.ibarra@correo.example.com"),
        "subject": "¡Ya te cuento!",
        "date": "2026-03-13 23:10 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """¡Hola, guapa!

Por fin tuve ayer la entrevista en el hospital de Madrid para el puesto de enfermera de sistemas. Fueron súper majos, me hicieron una prueba práctica con el programa de prescripción y creo que me salió bien. Me dijeron que me llaman la semana que viene, así que crucemos los dedos.

¿Y tú qué tal con lo de Ginebra? ¿Al final te contestaron?

Muchos besos desde Madrid,
Carmen
""",
    },
    {
        "kind": "other", "scenario": "academia_inscripcion_recibida", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Academia Ñ Montreal", "no-reply@academiane.example.ca"),
        "subject": "Hemos recibido tu solicitud de inscripción",
        "date": "2026-01-08 17:25 -0500", "structure": "alt", "cte": "base64",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:540px">
<img src="https://academiane.example.ca/img/logo.png" alt="Academia Ñ" height="36">
<p>¡Hola, Maëlle!</p>
<p>Hemos recibido tu solicitud de inscripción al curso <b>Español B1 – conversación (martes y jueves, 18:30)</b>, que empieza el 20 de enero.</p>
<p>Tu plaza quedará confirmada cuando recibamos el pago. Si prefieres pagar en dos cuotas, puedes elegirlo en tu área de alumna.</p>
<p><a href="{trk('academiane.example.ca', 'pago')}">Completar el pago</a></p>
<p>¡Nos vemos pronto!<br>Academia Ñ</p>
<p style="font-size:11px;color:#999">Este correo se ha enviado automáticamente, por favor no respondas.</p>
</div></body></html>
""",
    },
    {
        "kind": "other", "scenario": "reserva_cancelada_anfitrion", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Alojamientos Sol", "reservas@alojamientossol.example.com"),
        "subject": "Lamentablemente, tu reserva ha sido cancelada",
        "date": "2026-05-30 10:14 +0200", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Hola, Maëlle:</p>
<p style="margin:0 0 12px 0">Lamentablemente, el anfitrión ha cancelado tu reserva <b>n.º AS-88120</b> en <b>Lyon – Estudio luminoso cerca de Bellecour</b> (del 12 al 30 de junio).</p>
<p style="margin:0 0 12px 0">Te devolveremos el importe completo (1.140,00 €) en un plazo de 5 a 10 días hábiles. También te hemos añadido un cupón de 50 € para tu próxima reserva.</p>
<p style="margin:0"><a href="{trk('www.alojamientossol.example.com', 'similares')}" style="color:#d35400;font-weight:bold">Ver alojamientos similares</a></p>""",
                    logo="https://www.alojamientossol.example.com/img/logo.png", alt="Alojamientos Sol", accent="#d35400",
                    footer="Alojamientos Sol S.L. · Madrid · No respondas a este correo: para cualquier consulta, visita el Centro de ayuda.",
                    pix=pixel("www.alojamientossol.example.com", "cx-88120")),
    },
    {
        "kind": "other", "scenario": "newsletter_absagen_verarbeiten", "lang": "de",
        "company": "", "contact": "",
        "frm": ("Karriere-Kompass Gesundheits-IT", "newsletter@karrierekompass-git.example.com"),
        "subject": "Absagen richtig verarbeiten – und 9 neue Stellen in der Gesundheits-IT",
        "date": "2026-08-13 07:30 +0200", "structure": "html", "cte": "qp",
        "headers": [("List-Id", "Karriere-Kompass Newsletter <news.karrierekompass-git.example.com>"),
                 ("List-Unsubscribe", "<https://karrierekompass-git.example.com/abmelden?id=77123>"),
                 ("Precedence", "bulk")],
        "html": layout(f"""<h1 style="font-size:21px;margin:0 0 12px 0;color:#154360">Absagen richtig verarbeiten</h1>
<p style="margin:0 0 12px 0">Hallo,</p>
<p style="margin:0 0 12px 0">„Leider müssen wir Ihnen mitteilen …" – kaum ein Satz frustriert mehr. Unsere Autorin hat mit Pflegekräften gesprochen, die nach mehreren Absagen den Einstieg in die Klinik-IT geschafft haben. Dazu: Was tun, wenn man ein Vorstellungsgespräch verpasst hat?</p>
<p style="margin:0 0 12px 0"><a href="{trk('karrierekompass-git.example.com', 'absagen')}" style="color:#154360;font-weight:bold">Zum Artikel</a></p>
<h2 style="font-size:16px;margin:0 0 6px 0">Neue Stellen</h2>
<p style="margin:0 0 4px 0"><a href="{trk('karrierekompass-git.example.com', 's1')}" style="color:#154360">Applikationsbetreuer/in KIS – Zürich</a></p>
<p style="margin:0 0 4px 0"><a href="{trk('karrierekompass-git.example.com', 's2')}" style="color:#154360">Clinical Trainer (m/w/d) – München / remote</a></p>
<p style="margin:0 0 12px 0"><a href="{trk('karrierekompass-git.example.com', 'alle')}" style="color:#154360">Alle 9 Stellen ansehen</a></p>""",
                    logo="https://karrierekompass-git.example.com/img/logo.png", alt="Karriere-Kompass Gesundheits-IT", accent="#154360",
                    footer="Karriere-Kompass Medien GmbH · Geschäftsführerin: Petra Lindner · Amtsgericht Hamburg HRB 144 555<br>"
                           f'<a href="{trk("karrierekompass-git.example.com", "abmelden")}" style="color:#77797d">Newsletter abbestellen</a>',
                    pix=pixel("karrierekompass-git.example.com", "nl-0813")),
    },
    {
        "kind": "other", "scenario": "kollegin_eigenes_gespraech", "lang": "de",
        "company": "", "contact": "sabine.krueger@mail.example.com",
        "frm": ("Sabine Krüger", "sabine.krueger@mail.example.com"),
        "subject": "Neuigkeiten aus Berlin :)",
        "date": "2026-07-19 21:45 +0200", "structure": "plain", "cte": "qp",
        "text": """Liebe Maëlle,

wie geht es dir? Ich denke immer noch gern an unsere Gespräche auf der Konferenz in Genf zurück!

Stell dir vor: Ich hatte gestern mein Vorstellungsgespräch bei der Uniklinik hier in Berlin, für die Stelle als Pflegeinformatikerin. Zwei Stunden, mit Fallbeispiel und allem Drum und Dran. Sie wollen sich nächste Woche melden. Ich bin total aufgeregt.

Und du? Hast du inzwischen etwas in Lyon gefunden? Schreib mir mal, wie es läuft!

Liebe Grüße
Sabine
""",
    },
    {
        "kind": "other", "scenario": "passeport_demande_recue", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Service des passeports", "ne-pas-repondre@passeports.example.ca"),
        "subject": "Confirmation : votre demande de passeport a été reçue",
        "date": "2026-01-20 11:42 -0500", "structure": "plain", "cte": "qp",
        "text": """Bonjour,

Nous confirmons avoir reçu votre demande de passeport (numéro de dossier P-2026-0041887).

Délai de traitement prévu : 10 jours ouvrables. Vous serez avisée par courriel lorsque votre passeport sera prêt à être récupéré au bureau que vous avez choisi.

Pour suivre l'état de votre demande, consultez le site du Service des passeports avec votre numéro de dossier.

Ce message a été envoyé automatiquement. Veuillez ne pas y répondre.
""",
    },
    {
        "kind": "other", "scenario": "reseau_pro_nouveau_poste", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("RéseauPro", "notifications@reseaupro.example.com"),
        "subject": "Félicitez Karine pour son nouveau poste",
        "date": "2026-10-01 08:15 -0400", "structure": "html", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://www.reseaupro.example.com/comm/unsub?t=jc>")],
        "html": f"""<html><body style="margin:0;background:#f3f2ef;font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px">
<table width="512" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-size:14px;color:#1d2226">
<tr><td style="padding:16px 24px"><img src="https://www.reseaupro.example.com/img/rp-logo.png" alt="RéseauPro" height="24"></td></tr>
<tr><td style="padding:0 24px 16px 24px">
<p style="font-size:18px;margin:0 0 8px 0"><b>Karine Bouchard</b> a commencé un nouveau poste</p>
<p style="margin:0 0 12px 0;color:#5e5e5e">Infirmière conseillère – soutien aux systèmes cliniques chez CISSS des Deux-Rives</p>
<p><a href="{trk('www.reseaupro.example.com', 'feliciter')}" style="background:#0a66c2;color:#ffffff;padding:8px 16px;border-radius:16px;text-decoration:none">Dire félicitations</a></p>
<p style="margin:16px 0 0 0;color:#5e5e5e">Autres nouvelles de votre réseau : 3 personnes ont consulté votre profil cette semaine. <a href="{trk('www.reseaupro.example.com', 'vues')}">Voir qui</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8c8c8c">Cet e-mail était destiné à Maëlle Tremblay-Nakamura. <a href="{trk('www.reseaupro.example.com', 'desab')}" style="color:#8c8c8c">Se désabonner</a> · RéseauPro Corporation</td></tr>
</table></td></tr></table>
{pixel('www.reseaupro.example.com', 'np-1001')}
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "conference_abstract_received", "lang": "en",
        "company": "", "contact": "",
        "frm": ("NIC Summit 2026 Submissions", "no-reply@confsubmit.example.com"),
        "subject": "Submission #214 received - Nursing Informatics Canada Summit 2026",
        "date": "2026-02-28 23:58 -0500", "structure": "plain", "cte": "7bit",
        "text": """Dear Maelle Tremblay-Nakamura,

Thank you for your submission to the Nursing Informatics Canada Summit 2026.

Submission #214
Title: "Night shift first: training 140 nurses for an EHR go-live around the clock"
Track: Education and workforce
Format: Oral presentation (15 minutes)

Your abstract has been received and will be reviewed by at least two members of the scientific committee. Acceptance decisions will be emailed by May 15, 2026.

You can edit your submission until the deadline (March 1, 23:59 ET) in the submission system.

This is an automated message. Please do not reply.
""",
    },
    {
        "kind": "other", "scenario": "ancien_collegue_referencement", "lang": "fr",
        "company": "", "contact": "onadeau@courriel.example.ca",
        "frm": ("Olivier Nadeau", "onadeau@courriel.example.ca"),
        "subject": "job pour toi?",
        "date": "2026-01-15 12:55 -0500", "structure": "plain", "cte": "8bit",
        "text": """Salut Maëlle!

Ça fait longtemps! J'ai entendu dire que tu cherchais à sortir du plancher pour aller vers la formation.

Dans mon équipe (déploiement du DCI à l'Hôpital de Laval-Est), on affiche un poste de formatrice la semaine prochaine. Je t'envoie le lien dès que c'est en ligne. Postule et mets mon nom comme référence, je vais en parler à ma gestionnaire.

On prend un café bientôt?

Olivier
""",
    },
    {
        "kind": "other", "scenario": "calendar_reminder_own_event", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Google Calendar", "calendar-notification@google.com"),
        "subject": "Notification: Lakeshore 2nd interview @ Thu Sep 17, 2026 10am - 11:30am (EDT) (maelle.tn@example.ca)",
        "date": "2026-09-17 07:00 -0400", "structure": "plain", "cte": "qp",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """This is a reminder for the following event.

Lakeshore 2nd interview
Thursday Sep 17, 2026 ⋅ 10am – 11:30am (Eastern Time - Toronto)
150 Lakeshore Rd E, 3 West Education Centre – P2 parking, pass at reception

Calendar
maelle.tn@example.ca

Invitation from Google Calendar
You are receiving this email because you set a notification for this event on your calendar maelle.tn@example.ca.
""",
    },
    {
        "kind": "other", "scenario": "rdv_medical_annule", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("MonRDV Santé", "ne-pas-repondre@monrdvsante.example.fr"),
        "subject": "Votre rendez-vous du 12 mai a été annulé",
        "date": "2026-05-09 17:30 +0200", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Bonjour Maëlle,</p>
<p style="margin:0 0 12px 0">Votre rendez-vous du <b>mardi 12 mai à 9h15</b> avec le <b>Dr Antoine Lemaire</b> (médecine générale, Lyon 4e) a été annulé par le praticien.</p>
<p style="margin:0 0 12px 0">Nous vous invitons à reprendre rendez-vous à une autre date.</p>
<p style="margin:0"><a href="{trk('www.monrdvsante.example.fr', 'reprendre')}" style="background:#107aca;color:#fff;padding:9px 16px;border-radius:4px;text-decoration:none">Prendre un nouveau rendez-vous</a></p>""",
                    logo="https://www.monrdvsante.example.fr/img/logo.png", alt="MonRDV Santé", accent="#107aca",
                    footer="Cet e-mail est envoyé automatiquement, merci de ne pas y répondre. MonRDV Santé SAS, Paris.",
                    pix=pixel("www.monrdvsante.example.fr", "rdv-0512")),
    },
    {
        "kind": "other", "scenario": "candidate_experience_survey", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Northvale Health Network", "surveys@candidatepulse.example.com"),
        "subject": "How was your candidate experience with Northvale Health Network?",
        "date": "2026-04-21 10:00 -0400", "structure": "alt", "cte": "qp",
        "headers": [("List-Unsubscribe", "<https://candidatepulse.example.com/optout?s=nvhn-8812>")],
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:540px">
<p>Hi Maëlle,</p>
<p>You recently applied to Northvale Health Network. Whatever the outcome, we'd like to hear how the process felt from your side.</p>
<p><b>How likely are you to recommend applying to Northvale Health Network to a friend?</b></p>
<p>
<a href="{trk('candidatepulse.example.com', 'nps0')}">0</a> · <a href="{trk('candidatepulse.example.com', 'nps3')}">3</a> · <a href="{trk('candidatepulse.example.com', 'nps5')}">5</a> · <a href="{trk('candidatepulse.example.com', 'nps7')}">7</a> · <a href="{trk('candidatepulse.example.com', 'nps10')}">10</a>
</p>
<p>The survey takes 2 minutes and your answers are anonymous; they will not affect any current or future application.</p>
<p style="font-size:11px;color:#888">Sent by CandidatePulse on behalf of Northvale Health Network. <a href="{trk('candidatepulse.example.com', 'optout')}" style="color:#888">Opt out of surveys</a></p>
</div>
{pixel('candidatepulse.example.com', 'nvhn-8812')}
</body></html>
""",
    },
    {
        "kind": "other", "scenario": "conge_refuse_employeur_actuel", "lang": "fr",
        "company": "", "contact": "patrick.ouellet@hsln.example.ca",
        "frm": ("Patrick Ouellet", "patrick.ouellet@hsln.example.ca"),
        "subject": "Ta demande de congé du 19 février",
        "date": "2026-02-11 14:02 -0500", "structure": "plain", "cte": "qp",
        "text": """Bonjour Maëlle,

Je dois malheureusement refuser ta demande de congé pour le jeudi 19 février : on a déjà deux infirmières en formation ce jour-là et je n'ai pas de remplaçante sur la liste de rappel.

Par contre, Stéphanie serait prête à échanger son quart de soir du 18 avec ton quart de jour du 19. Si ça te convient, remplis le formulaire d'échange et je l'approuve tout de suite.

Patrick Ouellet
Chef d'unité – Soins intensifs
Hôpital Saint-Laurent-Nord
""",
    },
    {
        "kind": "other", "scenario": "workday_password_reset", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Cedarbrook University Health", "cedarbrookhealth@myworkday.com"),
        "subject": "Reset your candidate account password",
        "date": "2026-08-10 09:20 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 14px 0">Hello,</p>
<p style="margin:0 0 14px 0">We received a request to reset the password for the candidate account associated with maelle.tn@example.ca.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5cab;border-radius:3px"><a href="{trk('cedarbrook.wd5.myworkday.com', 'reset-pw')}" style="display:inline-block;padding:11px 22px;color:#ffffff;text-decoration:none;font-weight:bold">Reset Password</a></td></tr></table>
<p style="margin:14px 0 0 0">This link expires in 24 hours. If you did not request a password reset, you can ignore this email.</p>""",
                    logo="https://cedarbrook.wd5.myworkday.com/wday/asset/cuh_logo.png", alt="Cedarbrook University Health",
                    accent="#0b5cab",
                    footer="This is a system-generated email from Workday. Replies to this address are not monitored.",
                    pix=pixel("cedarbrook.wd5.myworkday.com", "pw-0810")),
    },
    {
        "kind": "other", "scenario": "portail_compte_candidat_cree", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Carrières – Réseau hospitalier du Léman", "no-reply@successfactors.eu"),
        "subject": "Bienvenue sur notre portail carrières",
        "date": "2026-05-23 22:41 +0200", "structure": "html", "cte": "base64",
        "html": layout(f"""<p style="margin:0 0 12px 0">Bonjour Maëlle Tremblay-Nakamura,</p>
<p style="margin:0 0 12px 0">Votre compte candidat a été créé avec succès sur le portail carrières du Réseau hospitalier du Léman.</p>
<p style="margin:0 0 12px 0">Votre identifiant : <b>maelle.tn@example.ca</b></p>
<p style="margin:0 0 12px 0">Vous pouvez dès à présent compléter votre profil, enregistrer des recherches et vous abonner aux alertes emploi.</p>
<p style="margin:0"><a href="{trk('career5.successfactors.eu', 'login-rhl')}" style="color:#b5121b">Se connecter</a></p>""",
                    logo="https://rhl-ge.example.ch/static/mail/logo_rhl.png", alt="RHL – Réseau hospitalier du Léman",
                    accent="#b5121b", font="Verdana,Geneva,sans-serif",
                    footer="Ce message est généré automatiquement, merci de ne pas y répondre.",
                    pix=pixel("performancemanager5.successfactors.eu", "acct-0523")),
    },
    {
        "kind": "other", "scenario": "benevolat_candidature_acceptee", "lang": "fr",
        "company": "", "contact": "benevolat@cliniquelephare.example.ca",
        "frm": ("Bénévolat – Clinique Le Phare", "benevolat@cliniquelephare.example.ca"),
        "subject": "Votre candidature comme bénévole a été acceptée!",
        "date": "2026-02-27 15:15 -0500", "structure": "alt", "cte": "qp",
        "html": """<div style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d">
<p>Bonjour Maëlle,</p>
<p>Merci d'avoir offert votre temps à la Clinique communautaire Le Phare! Nous avons le plaisir de vous annoncer que votre candidature comme <b>infirmière bénévole – cliniques de vaccination du samedi</b> a été acceptée.</p>
<p>La prochaine étape est une séance d'accueil obligatoire (1 h 30) le <b>samedi 14 mars à 10 h</b>, au 3445, rue Ontario Est. Nous y verrons le fonctionnement de la clinique, la confidentialité et notre dossier électronique partagé.</p>
<p>Écrivez-nous à cette adresse si vous avez des questions, c'est Mélanie qui vous répondra.</p>
<p>Au plaisir de vous accueillir,</p>
<p>Mélanie Tessier<br>Coordonnatrice des bénévoles<br>Clinique communautaire Le Phare (organisme à but non lucratif)</p>
</div>
""",
    },
    {
        "kind": "other", "scenario": "rental_application_received", "lang": "en",
        "company": "", "contact": "",
        "frm": ("RentEase", "no-reply@rentease.example.com"),
        "subject": "Application received: 45 Peterborough St, Unit 3",
        "date": "2026-02-19 20:05 -0500", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Hi Maëlle,</p>
<p style="margin:0 0 12px 0">Your rental application for <b>45 Peterborough St, Unit 3, Boston, MA 02215</b> has been received and sent to the property manager, Fenway Residential.</p>
<p style="margin:0 0 12px 0">Next steps: the property manager will run a credit and background check (fee: $40, already paid) and typically responds within 3–5 business days. You'll get an email as soon as a decision is made.</p>
<p style="margin:0"><a href="{trk('app.rentease.example.com', 'status')}" style="color:#16a085;font-weight:bold">View application status</a></p>""",
                    logo="https://app.rentease.example.com/img/logo.png", alt="RentEase", accent="#16a085",
                    footer="RentEase, Inc. · Please do not reply to this message. "
                           f'<a href="{trk("app.rentease.example.com", "unsub")}" style="color:#77797d">Email settings</a>',
                    pix=pixel("app.rentease.example.com", "ra-0219")),
    },
]

assert all(m["kind"] == "other" for m in MESSAGES) and CAND
