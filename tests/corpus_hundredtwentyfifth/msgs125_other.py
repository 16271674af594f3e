"""Everything that is not a step of an application, for corpus hundredtwentyfifth: newsletters,
alerts, notices from shops, banks and apps, friends and family, the candidate's own mail,
out-of-office replies, cold outreach, and other meanings of the words 'interview', 'position',
'application', 'unfortunately'. Written one by one."""

from __future__ import annotations

from msgs125_common import ME, P, news_html, notice_html


def list_headers(list_id: str, unsubscribe: str, mailto: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsubscribe}>, <mailto:{mailto}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


def auto_reply_headers() -> dict[str, str]:
    return {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
            "Precedence": "auto_reply"}


FRENCH: list[dict] = [
    {
        "scenario": "newsletter_rebondir_apres_refus", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Le Mag Carrières & Co", "newsletter@carrieres-co.example.fr"),
        "subject": "Refus après entretien : 7 façons de rebondir (et 214 nouvelles offres)",
        "date": "2026-02-10 07:00",
        "headers": list_headers("Le Mag Carrieres & Co <mag.carrieres-co.example.fr>",
                             "https://www.carrieres-co.example.fr/desinscription?u=8812ab",
                             "unsubscribe@carrieres-co.example.fr"),
        "html": news_html(P("""Bonjour Laurent,

Un « malheureusement, nous ne donnerons pas suite » après trois entretiens, ça pique. Cette semaine, notre rédaction a interrogé six recruteurs sur ce qu'ils aimeraient que les candidats fassent après un refus. Spoiler : demander un retour est presque toujours une bonne idée."""),
            [("Refus après entretien : 7 façons de rebondir", "https://www.carrieres-co.example.fr/mag/refus-apres-entretien",
              "Demander un feedback, relancer dans six mois, garder le contact : le mode d'emploi."),
             ("Entretien manqué : comment rattraper le coup ?", "https://www.carrieres-co.example.fr/mag/entretien-manque",
              "Vous avez oublié un rendez-vous ou raté l'appel du recruteur ? Le mail d'excuse qui sauve la mise."),
             ("Reconversion : du guichet à la conformité bancaire", "https://www.carrieres-co.example.fr/mag/reconversion-conformite",
              "Témoignage d'une ancienne conseillère clientèle devenue analyste KYC."),
             ("214 nouvelles offres en banque et assurance", "https://www.carrieres-co.example.fr/offres?secteur=banque",
              "Analyste fraude, chargé de conformité, gestionnaire de sinistres… à Paris, Lille et Lyon.")],
            brand="Carrières & Co", accent="#d6336c", title="La lettre du mardi",
            footer="Vous recevez cette lettre car vous êtes inscrit au Mag Carrières & Co. Carrières & Co SAS, 18 rue de Paradis, 75010 Paris.",
            unsubscribe="https://www.carrieres-co.example.fr/desinscription?u=8812ab",
            tracker="t.carrieres-co.example.fr", pixel_host="t.carrieres-co.example.fr"),
        "cte": "qp",
    },
    {
        "scenario": "job_alert_digest_analyste_fraude", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("EmploiNet Alertes", "alertes@emploinet.example.be"),
        "subject": "12 nouvelles offres pour « analyste fraude »",
        "date": "2026-03-03 06:15",
        "headers": list_headers("alertes-emploi.emploinet.example.be",
                             "https://www.emploinet.example.be/alertes/stop?id=55102",
                             "stop-alerte@emploinet.example.be"),
        "html": news_html(P("Voici les offres publiées ces dernières 24 heures qui correspondent à votre alerte « analyste fraude – Bruxelles + 50 km »."),
            [("Analyste Fraude Paiements (H/F/X) – Bruxelles", "https://www.emploinet.example.be/offre/771201",
              "Banque privée · CDI · Publiée il y a 3 h · Candidature simplifiée"),
             ("Fraud Investigator – Zaventem", "https://www.emploinet.example.be/offre/771188",
              "Compagnie aérienne · CDI · Anglais requis"),
             ("Gestionnaire sinistres – lutte anti-fraude – Liège", "https://www.emploinet.example.be/offre/771154",
              "Assureur · CDD 12 mois · Publiée hier"),
             ("Analyste AML junior – Namur", "https://www.emploinet.example.be/offre/771140",
              "Banque coopérative · CDI · Débutants acceptés"),
             ("Voir les 8 autres offres", "https://www.emploinet.example.be/alertes/55102", "")],
            brand="EmploiNet Belgique", accent="#e4572e", title="Vos nouvelles offres",
            footer="EmploiNet Belgique SRL · Rue de la Science 14, 1040 Bruxelles. Vous recevez cet e-mail parce que vous avez créé une alerte emploi.",
            unsubscribe="https://www.emploinet.example.be/alertes/stop?id=55102",
            tracker="clic.emploinet.example.be", pixel_host="clic.emploinet.example.be"),
        "cte": "qp",
    },
    {
        "scenario": "gps_position_no_longer_shared", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Trajetto", "no-reply@trajetto.example.com"),
        "subject": "Awa ne voit plus votre position",
        "date": "2026-03-14 22:47",
        "html": notice_html(P("""Bonjour Laurent,

Le partage de votre position en temps réel avec **Awa** a pris fin à 22:45, comme prévu (durée choisie : 2 heures).

Votre position n'est plus visible par vos contacts. Vous pouvez la partager à nouveau à tout moment depuis l'onglet « Mes trajets ».

Bonne route,
L'équipe Trajetto"""),
            brand="Trajetto", accent="#10b981", headline="Partage de position terminé",
            footer="Trajetto SAS, 5 parvis Alan Turing, 75013 Paris. Vous recevez cet e-mail car les notifications de partage sont activées. <a href=\"https://trajetto.example.com/settings/notifications\" style=\"color:#94a3b8\">Modifier mes préférences</a>",
            pixel_host="em.trajetto.example.com"),
        "cte": "b64",
    },
    {
        "scenario": "queue_position_commune", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Commune d'Ixelles - Rendez-vous en ligne", "ne-pas-repondre@ixelles-rdv.example.be"),
        "subject": "Votre position dans la file d'attente : 37",
        "date": "2026-04-03 08:02", "charset": "iso-8859-1", "cte": "qp",
        "text": """Bonjour,

Vous êtes inscrit(e) dans la file d'attente virtuelle du service Population (renouvellement de carte d'identité).

Votre position actuelle : 37
Temps d'attente estimé : environ 1 h 20

Vous recevrez un SMS lorsque votre tour approchera. Si vous ne vous présentez pas au guichet dans les 10 minutes suivant l'appel de votre numéro, votre ticket sera annulé et vous devrez reprendre un ticket.

Ceci est un message automatique. Merci de ne pas y répondre.

Commune d'Ixelles - Service Population
Chaussée d'Ixelles 168 - 1050 Ixelles
""",
    },
    {
        "scenario": "colis_en_retard", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Colisso", "suivi@colisso.example.be"),
        "subject": "Malheureusement, votre colis a du retard",
        "date": "2026-04-22 12:30",
        "html": notice_html(P("""Bonjour Laurent,

Malheureusement, votre colis n° **CB 4401 8812 7BE** (expéditeur : Librairie Filigranes) a pris du retard dans notre centre de tri de Bruxelles X.

Nouvelle date de livraison estimée : **vendredi 24 avril**, entre 9h et 13h.

Nous sommes désolés pour ce contretemps. Vous pouvez modifier votre livraison ou choisir un point relais depuis le [suivi de votre envoi](https://www.colisso.example.be/suivi/CB44018812).

L'équipe Colisso"""),
            brand="Colisso", accent="#d62828", headline="Votre livraison est retardée",
            footer="Colisso SA · Centre Monnaie, 1000 Bruxelles · Ne répondez pas à cet e-mail, il est envoyé automatiquement.",
            pixel_host="track.colisso.example.be"),
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "scenario": "loan_application_received", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Belfort Crédit", "service-client@belfort-credit.example.be"),
        "subject": "Votre demande de prêt personnel a bien été reçue",
        "date": "2026-05-02 10:11",
        "text": """Bonjour Monsieur Okafor-Dubois,

Nous avons bien reçu votre demande de prêt personnel n° PP-2026-88213 pour un montant de 8 500 € sur 48 mois (objet : véhicule d'occasion).

Votre dossier est en cours d'analyse. Un conseiller vous communiquera notre décision dans un délai de 5 jours ouvrables. Il pourra vous être demandé de nous transmettre vos trois dernières fiches de paie.

Attention, emprunter de l'argent coûte aussi de l'argent.

Cordialement,
Le service clientèle
Belfort Crédit SA - Prêteur agréé par la FSMA
""",
    },
    {
        "scenario": "flat_application_refused", "kind": "other", "lang": "fr",
        "company": "", "contact": "sophie@immo-chatelain.example.be",
        "frm": ("Sophie Lambotte", "sophie@immo-chatelain.example.be"),
        "subject": "Appartement rue du Page 41",
        "date": "2026-05-15 17:20", "cte": "qp",
        "text": """Bonjour Monsieur Okafor-Dubois,

Je reviens vers vous concernant l'appartement 2 chambres de la rue du Page 41.

Malheureusement, le propriétaire a choisi un autre dossier de candidature, arrivé quelques heures avant le vôtre et avec une date d'entrée plus proche. Votre dossier était pourtant complet et solide, je suis désolée.

Si vous le souhaitez, je peux vous prévenir en priorité pour les prochains biens similaires à Ixelles et Saint-Gilles.

Bien à vous,

Sophie Lambotte
Agent immobilier agréé IPI 512.778
Immo Châtelain - Place du Châtelain 9, 1050 Ixelles
""",
    },
    {
        "scenario": "friend_own_rejection", "kind": "other", "lang": "fr",
        "company": "", "contact": "jkabongo@webmail.example.be",
        "frm": ("Jérémy Kabongo", "jkabongo@webmail.example.be"),
        "subject": "bon ben c'est mort pour moi",
        "date": "2026-03-22 21:46", "cte": "8bit",
        "text": """Salut mon frère,

Je voulais te le dire avant samedi : ils m'ont refusé chez l'assureur à Liège. Après TROIS entretiens et un test de logique de 2h, juste un mail de deux lignes « nous avons retenu un profil plus expérimenté ». Franchement ça me dégoûte.

Bref, toi t'en es où avec tes candidatures ? T'as eu des nouvelles de la banque à Namur ?

On se fait toujours le match samedi ?

Jérém
""",
    },
    {
        "scenario": "mum_asks_about_interview", "kind": "other", "lang": "fr",
        "company": "", "contact": "beatrice.dubois@example.be",
        "frm": ("Béatrice Dubois", "beatrice.dubois@example.be"),
        "subject": "et alors ??",
        "date": "2026-09-07 19:03", "cte": "8bit",
        "text": """Mon grand,

Alors cet entretien a Namur ce matin ?? Ton pere et moi on a pensé a toi toute la journee. Tu crois qu'ils vont te faire une offre ? Appelle moi quand tu peux, je suis a la maison ce soir.

Gros bisous
Maman

PS : n'oublie pas l'anniversaire de Tante Odile dimanche
""",
    },
    {
        "scenario": "own_application_with_cv", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ME, "to": [("Ville de Namur - Service du personnel", "recrutement@ville-namur.example.be")],
        "subject": "Candidature - Contrôleur financier cellule anti-fraude (réf. VN-2026-118)",
        "date": "2026-09-11 08:44",
        "msgid": "<CAL7od-2026091108.4421@mail.example.be>",
        "text": """Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature au poste de contrôleur financier au sein de la cellule anti-fraude (réf. VN-2026-118).

Guichetier depuis six ans dans une agence bancaire bruxelloise, j'y ai développé une vigilance particulière face aux tentatives de fraude : faux virements, usurpation d'identité, escroqueries visant les clients âgés. J'ai suivi en parallèle une formation certifiante en analyse de la fraude et je souhaite aujourd'hui mettre ces compétences au service d'une administration locale.

Je me tiens à votre disposition pour un entretien et vous remercie de l'attention portée à ma candidature.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Laurent Okafor-Dubois
+32 477 12 34 56
""",
        "attach": [{"filename": "CV_Laurent_Okafor-Dubois_2026.pdf", "title": "Laurent Okafor-Dubois - Curriculum vitae",
                     "lines": ["Bruxelles - laurent.od@example.be", "Experience : caissier-guichetier (2020-2026)",
                            "Formation : certificat en analyse de la fraude (2025)",
                            "Langues : francais, anglais, notions d'allemand et d'espagnol"]}],
        "boundary": "gmail",
    },
    {
        "scenario": "own_follow_up_sent", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ME, "to": [("Recrutement Crédit Flandres Artois", "recrutement@cfa-banque.example.fr")],
        "subject": "Relance - candidature Analyste prévention des fraudes H/F",
        "date": "2026-04-20 09:30", "cte": "qp",
        "text": """Madame, Monsieur,

Le 30 mars dernier, j'ai postulé via votre site carrières au poste d'Analyste prévention des fraudes H/F basé à Lille.

N'ayant pas encore eu de retour, je me permets de vous relancer : ce poste m'intéresse vivement et je serais ravi de pouvoir vous présenter ma motivation lors d'un entretien.

Bien cordialement,
Laurent Okafor-Dubois
""",
    },
    {
        "scenario": "ooo_headhunter_fr", "kind": "other", "lang": "fr",
        "company": "", "contact": "clemence.roy@capucine-search.example.fr",
        "frm": ("Clémence Roy", "clemence.roy@capucine-search.example.fr"),
        "subject": "Réponse automatique : Re: Point sur votre candidature",
        "date": "2026-05-07 11:02", "charset": "windows-1252", "cte": "qp", "hcharset": "windows-1252",
        "headers": auto_reply_headers(),
        "thread": ["<CAL7od-2026050711.0001@mail.example.be>"],
        "text": """Bonjour,

Je suis absente du bureau jusqu’au lundi 18 mai inclus, avec un accès limité à mes e-mails.

Pour toute demande urgente concernant une mission en cours, vous pouvez contacter mon associé, Bertrand Lefèvre.

Je vous répondrai dès mon retour.

Clémence Roy
Capucine Search
""",
    },
    {
        "scenario": "recruiter_cold_outreach_cv", "kind": "other", "lang": "fr",
        "company": "", "contact": "y.delhaye@huntco.example.be",
        "frm": ("Yannick Delhaye", "y.delhaye@huntco.example.be"),
        "subject": "Votre profil m'intéresse",
        "date": "2026-06-08 12:48", "cte": "qp",
        "text": """Bonjour Laurent,

Je suis consultant chez Hunt & Co Talent, cabinet spécialisé dans les métiers de la conformité et de la lutte anti-fraude en Belgique.

Je suis tombé sur votre profil sur Réseau Pro et votre parcours (guichet + certificat en analyse de la fraude) correspond à ce que recherchent plusieurs de nos clients en ce moment, surtout dans les établissements de paiement.

Si vous êtes ouvert à de nouvelles opportunités, n'hésitez pas à m'envoyer votre CV à jour : je vous tiendrai informé des postes qui pourraient vous correspondre.

Belle journée,

Yannick Delhaye
Consultant Compliance & Fraud | Hunt & Co Talent
+32 2 880 41 07
""",
    },
    {
        "scenario": "press_interview_request", "kind": "other", "lang": "fr",
        "company": "", "contact": "mh.collard@quotidien-bxl.example.be",
        "frm": ("Marie-Hélène Collard", "mh.collard@quotidien-bxl.example.be"),
        "subject": "Demande d'interview - arnaques aux guichets",
        "date": "2026-01-26 14:35", "cte": "qp",
        "text": """Bonjour Monsieur Okafor-Dubois,

Je suis journaliste au Quotidien de Bruxelles et je prépare un dossier sur la fermeture des agences bancaires et la multiplication des arnaques qui visent les personnes âgées (faux conseillers, « fils en détresse » sur WhatsApp…).

Votre ancien collègue, M. Vanhoutte, m'a dit que vous aviez empêché plusieurs retraits suspects au guichet l'an dernier. Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes, par téléphone ou autour d'un café ? Votre témoignage peut être anonymisé si vous le souhaitez.

Merci d'avance pour votre réponse,

Marie-Hélène Collard
Journaliste - rubrique Société
Le Quotidien de Bruxelles
+32 2 225 56 00
""",
    },
    {
        "scenario": "doctor_appointment_moved", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Doctimo", "no-reply@doctimo.example.be"),
        "subject": "Votre rendez-vous a été déplacé",
        "date": "2026-02-18 07:40",
        "html": notice_html(P("""Bonjour Laurent Okafor-Dubois,

Votre rendez-vous avec **Dr Anne Peeters** (médecine générale) a été déplacé par le cabinet.

Ancien rendez-vous : jeudi 19 février à 17h20
**Nouveau rendez-vous : lundi 23 février à 18h00**
Adresse : Rue Américaine 102, 1050 Ixelles

Si ce nouvel horaire ne vous convient pas, vous pouvez l'annuler ou choisir un autre créneau dans l'application, au plus tard 24 heures à l'avance."""),
            brand="Doctimo", accent="#0ea5e9", headline="Changement de rendez-vous",
            footer="Doctimo SRL · Boulevard Saint-Michel 47, 1040 Bruxelles · Message automatique, ne pas répondre.",
            pixel_host="mail.doctimo.example.be"),
        "cte": "qp",
    },
    {
        "scenario": "dentist_missed_appointment", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Centre dentaire Flagey via RDV+", "noreply@rdvplus.example.be"),
        "subject": "Rendez-vous manqué du 12/05",
        "date": "2026-05-12 16:05",
        "html": notice_html(P("""Bonjour,

Vous ne vous êtes pas présenté(e) à votre rendez-vous du mardi 12 mai à 14h30 au **Centre dentaire Flagey** (détartrage, Dr Mertens).

Conformément au règlement du centre, un rendez-vous non annulé au moins 24 heures à l'avance peut être facturé 25 €.

Pour reprendre rendez-vous, utilisez le lien ci-dessous ou appelez le secrétariat au 02 640 11 22.

[Reprendre rendez-vous](https://www.rdvplus.example.be/centre-dentaire-flagey)"""),
            brand="RDV+", accent="#7c3aed", headline="Vous avez manqué votre rendez-vous",
            footer="RDV+ est un service de prise de rendez-vous en ligne. Cet e-mail est envoyé automatiquement pour le compte du Centre dentaire Flagey.",
            pixel_host="t.rdvplus.example.be"),
        "cte": "b64",
    },
    {
        "scenario": "mutuelle_refund_refused", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Mutualité Entraide Bruxelles", "info@entraide-mut.example.be"),
        "subject": "Décision concernant votre demande d'intervention",
        "date": "2026-06-05 09:18", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Cher affilié,

Nous avons examiné votre demande d'intervention pour des lunettes (facture du 14/05/2026, opticien Vision Flagey).

Malheureusement, nous ne pouvons pas y donner une suite favorable : l'avantage « lunettes » ne peut être octroyé qu'une fois tous les deux ans et vous en avez déjà bénéficié le 3 septembre 2024.

Vous pouvez consulter le détail de vos remboursements dans votre espace membre.

Votre mutualité
Mutualité Entraide Bruxelles
""",
    },
    {
        "scenario": "university_certificate_accepted", "kind": "other", "lang": "fr",
        "company": "", "contact": "formation-continue@usmb.example.be",
        "frm": ("USMB - Formation continue", "formation-continue@usmb.example.be"),
        "subject": "Admission - Certificat en lutte contre la criminalité financière",
        "date": "2026-07-09 15:27", "cte": "qp",
        "text": """Monsieur Okafor-Dubois,

Nous avons le plaisir de vous informer que votre candidature au Certificat d'université en lutte contre la criminalité financière (édition 2026-2027, horaire décalé) a été acceptée par le comité d'admission.

Pour confirmer votre inscription, merci de régler les droits d'inscription (1 450 €) avant le 31 août 2026. Les cours débuteront le vendredi 2 octobre à 17h30 sur le campus Saint-Michel.

Pour toute question d'ordre pratique, vous pouvez répondre à ce message.

Bien cordialement,

Isabelle Moens
Secrétariat de la Formation continue
Université Saint-Michel de Bruxelles (USMB)
""",
    },
    {
        "scenario": "job_fair_ticket", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Salon Emploi Finance Liège", "billetterie@salon-emploi-liege.example.be"),
        "subject": "Votre billet - Salon Emploi Finance Liège, 17 mars",
        "date": "2026-03-05 18:20",
        "html": notice_html(P("""Bonjour Laurent,

Merci pour votre inscription ! Voici votre billet gratuit pour le **Salon Emploi Finance Liège**.

📅 Mardi 17 mars 2026, de 10h à 17h
📍 Halles des Foires de Coronmeuse, Liège
🎟️ Billet n° SEF26-04418 (QR code en pièce jointe de l'application)

Plus de 45 exposants (banques, assureurs, fintechs, cabinets d'audit) et des mini-conférences : « Réussir son entretien en 20 minutes », « Les métiers de la conformité ».

Pensez à imprimer quelques CV !"""),
            brand="Salon Emploi Finance Liège", accent="#f59e0b", headline="Votre billet est prêt",
            footer="Organisé par Liège Business Events ASBL. Vous recevez cet e-mail suite à votre inscription.",
            pixel_host="mail.salon-emploi-liege.example.be"),
        "cte": "qp",
    },
    {
        "scenario": "agency_weekly_offers_newsletter", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Talentis Recrutement", "news@talentis.example.be"),
        "subject": "Nos offres de la semaine en Banque & Finance",
        "date": "2026-05-26 08:00",
        "headers": list_headers("Talentis offres <offres.talentis.example.be>",
                             "https://www.talentis.example.be/newsletter/unsubscribe?m=lod",
                             "unsubscribe@talentis.example.be"),
        "html": news_html(P("Bonjour Laurent, voici une sélection d'offres confiées par nos clients cette semaine. Un poste vous intéresse ? Postulez en un clic."),
            [("Analyste KYC – Bruxelles – CDI", "https://www.talentis.example.be/offres/kyc-bxl-2211",
              "Banque internationale · Anglais courant · 45-52 k€"),
             ("Gestionnaire fraude cartes – Wavre", "https://www.talentis.example.be/offres/fraude-cartes-2208",
              "Acteur des paiements · Horaires en pause"),
             ("Assistant conformité – Liège", "https://www.talentis.example.be/offres/conformite-liege-2197",
              "Assureur régional · Débutant accepté")],
            brand="Talentis Recrutement", accent="#0f4c81", title="Offres de la semaine",
            footer="Talentis Recrutement SRL · Avenue de Tervueren 12, 1040 Etterbeek · Agréé Région de Bruxelles-Capitale B-AA12.345",
            unsubscribe="https://www.talentis.example.be/newsletter/unsubscribe?m=lod",
            tracker="go.talentis.example.be", pixel_host="go.talentis.example.be"),
        "cte": "qp",
    },
    {
        "scenario": "workshop_interview_skills_confirmed", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Bruxelles Emploi Service", "no-reply@bxl-emploi.example.be"),
        "subject": "Inscription confirmée : atelier « Réussir son entretien d'embauche »",
        "date": "2026-02-02 11:30", "cte": "b64",
        "text": """Bonjour Laurent Okafor-Dubois,

Votre inscription à l'atelier collectif « Réussir son entretien d'embauche » est confirmée.

Date : jeudi 12 février 2026, de 9h30 à 12h30
Lieu : Bruxelles Emploi Service - Antenne d'Ixelles, rue du Trône 98, 1050 Ixelles
Animatrice : Mme Laura Pirotte

Au programme : les questions pièges, simulation d'entretien filmée, que faire après un refus.

En cas d'empêchement, merci d'annuler votre inscription depuis votre espace personnel afin de libérer la place.

Bruxelles Emploi Service
Ce message est généré automatiquement.
""",
    },
    {
        "scenario": "former_colleague_tip", "kind": "other", "lang": "fr",
        "company": "", "contact": "jerome.vanhoutte@example.be",
        "frm": ("Jérôme Vanhoutte", "jerome.vanhoutte@example.be"),
        "subject": "Ça bouge chez nous",
        "date": "2026-08-12 20:14", "cte": "8bit",
        "text": """Salut Laurent !

Ça fait un bail. Comme tu sais peut-être, j'ai quitté l'agence en juin, je suis maintenant à la conformité chez un petit établissement de paiement à Bruxelles. Ambiance super, rien à voir avec le guichet le samedi matin 😅

Ils vont ouvrir un poste d'analyste transactions en septembre. Si ça t'intéresse, je peux transmettre ton CV directement à ma cheffe avant que l'annonce sorte. Dis-moi.

Et sinon une bière un de ces quatre ?

Jérôme
""",
    },
    {
        "scenario": "profile_search_appearances", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Réseau Pro", "notifications@reseaupro.example.com"),
        "subject": "Vous êtes apparu dans 14 recherches cette semaine",
        "date": "2026-06-29 05:30", "tz": "+0000",
        "html": notice_html(P("""Laurent, votre profil attire l'attention !

Vous êtes apparu dans **14 recherches** cette semaine. Les personnes qui vous ont trouvé travaillent notamment chez des cabinets de recrutement, des banques et des assureurs.

Mots-clés les plus fréquents : « fraude », « guichet », « AML ».

[Voir qui a consulté votre profil](https://www.reseaupro.example.com/me/search-appearances)

Astuce : ajoutez la compétence « Analyse de données » pour apparaître dans davantage de recherches.""", tracker="e.reseaupro.example.com"),
            brand="Réseau Pro", accent="#0b5cad", headline="Vos statistiques de la semaine",
            footer="Réseau Pro Ireland Unlimited Company, Dublin 2. Vous recevez des e-mails de notification. <a href=\"https://www.reseaupro.example.com/settings/email\" style=\"color:#94a3b8\">Se désabonner</a>",
            pixel_host="e.reseaupro.example.com"),
        "cte": "qp",
    },
    {
        "scenario": "own_bank_security_alert", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("Banque Iris", "securite@banque-iris.example.be"),
        "subject": "Nouvelle connexion à votre espace Iris Banking",
        "date": "2026-07-27 23:12",
        "html": notice_html(P("""Bonjour Laurent,

Une nouvelle connexion à votre espace Iris Banking a été détectée :

Appareil : Chrome sur Windows
Lieu approximatif : Madrid, Espagne
Date : 27/07/2026 à 23:09

Si c'était vous, vous n'avez rien à faire. Sinon, bloquez immédiatement votre accès via l'application ou appelez Card Stop au 078 170 170.

Banque Iris ne vous demandera jamais vos codes par e-mail, SMS ou téléphone."""),
            brand="Banque Iris", accent="#312e81", headline="Alerte de sécurité",
            footer="Banque Iris SA · Boulevard Anspach 1, 1000 Bruxelles · Agréée par la BNB. Ceci est un message de sécurité, merci de ne pas y répondre.",
            pixel_host="m.banque-iris.example.be"),
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "scenario": "association_webinar_interview", "kind": "other", "lang": "fr",
        "company": "", "contact": "",
        "frm": ("ABEAF - Enquêteurs anti-fraude", "events@abeaf.example.be"),
        "subject": "Webinaire : interview exclusive avec la cellule « money mules » de la police fédérale",
        "date": "2026-09-01 09:00",
        "headers": list_headers("ABEAF membres <membres.abeaf.example.be>",
                             "https://www.abeaf.example.be/lists/unsubscribe?u=lod",
                             "leave-membres@abeaf.example.be"),
        "html": news_html(P("""Chers membres,

Le jeudi 24 septembre à 12h30, nous recevons en ligne le commissaire Hugo Lenaerts pour une interview exclusive sur le démantèlement des réseaux de « mules financières ». Questions du public en fin de séance."""),
            [("S'inscrire au webinaire (gratuit pour les membres)", "https://www.abeaf.example.be/events/money-mules-2026",
              "Jeudi 24 septembre 2026 · 12h30-13h30 · Teams"),
             ("Offres d'emploi de nos membres", "https://www.abeaf.example.be/jobs",
              "Trois nouvelles offres d'analyste cette semaine."),
             ("Rapport annuel 2025 de la fraude en Belgique", "https://www.abeaf.example.be/rapport-2025",
              "Les chiffres clés : phishing, fraude à l'investissement, faux conseillers.")],
            brand="ABEAF", accent="#1f2937", title="Agenda de l'association",
            footer="Association belge des enquêteurs anti-fraude ASBL · Rue Belliard 40, 1040 Bruxelles",
            unsubscribe="https://www.abeaf.example.be/lists/unsubscribe?u=lod",
            tracker="lists.abeaf.example.be", pixel_host="lists.abeaf.example.be"),
        "cte": "qp",
    },
    {
        "scenario": "football_training_cancelled", "kind": "other", "lang": "fr",
        "company": "", "contact": "didier.coach@rfc-etterbeek.example.be",
        "frm": ("Didier Hoste", "didier.coach@rfc-etterbeek.example.be"),
        "to": [("Vétérans RFC Etterbeek", "veterans@rfc-etterbeek.example.be")],
        "subject": "ENTRAINEMENT ANNULÉ CE SOIR",
        "date": "2026-01-14 15:12", "cte": "8bit",
        "text": """Salut les gars,

Terrain gelé, la commune ferme le synthétique. L'entraînement de ce soir est annulé. On se rattrape jeudi même heure, et n'oubliez pas la cotisation pour le tournoi de février (40 €).

Didier
""",
    },
]

ENGLISH: list[dict] = [
    {
        "scenario": "podcast_interview_invite", "kind": "other", "lang": "en",
        "company": "", "contact": "dana@fraudtalk.example.com",
        "frm": ("Dana Whitfield", "dana@fraudtalk.example.com"),
        "subject": "Interview for the Fraud Talk podcast?",
        "date": "2026-04-29 16:40", "cte": "qp",
        "text": """Hi Laurent,

I host Fraud Talk, a fortnightly podcast about the people who catch scammers (about 9,000 listeners, mostly in compliance and banking).

I read your comment on the Réseau Pro thread about elderly customers being coached by fake bank advisers over the phone, and I'd love to interview you for an episode on what frontline branch staff see before anyone in head office does. It's a relaxed 40-minute conversation, recorded remotely, and we can keep your employer's name out of it.

Would you be up for it sometime in May?

Cheers,
Dana Whitfield
Host, Fraud Talk
fraudtalk.example.com
""",
    },
    {
        "scenario": "user_research_interview", "kind": "other", "lang": "en",
        "company": "", "contact": "amira.k@spendly.example.com",
        "frm": ("Amira Kovač (Spendly)", "amira.k@spendly.example.com"),
        "subject": "30-min user interview? €40 voucher as a thank-you",
        "date": "2026-03-09 13:05",
        "text": """Hi Laurent,

I'm a UX researcher at Spendly. You've been using our budgeting app for a while, and we're redesigning how we warn people about suspicious payments. We'd love to hear how you experience those alerts.

Would you be available for a 30-minute user interview over video next week? There are no right or wrong answers – we're testing the app, not you. As a thank-you, you'll receive a €40 voucher.

Just reply with a couple of times that suit you.

Thanks!
Amira Kovač
Senior UX Researcher, Spendly
""",
    },
    {
        "scenario": "cold_outreach_contract_role", "kind": "other", "lang": "en",
        "company": "", "contact": "ben.carter@northstar-talent.example.com",
        "frm": ("Ben Carter", "ben.carter@northstar-talent.example.com"),
        "subject": "Fraud Analyst contract - Amsterdam",
        "date": "2026-05-19 10:25", "charset": "windows-1252", "cte": "qp",
        "text": """Hi Laurent,

Hope you’re well. I came across your profile and thought you might be a good fit for a 6-month Fraud Analyst contract I’m working on with a payments scale-up in Amsterdam (EUR 45–55/hour, hybrid).

Are you open to hearing more? If so, send me an up-to-date CV and let me know your availability and rate expectations.

Thanks,
Ben Carter
Senior Consultant – Financial Crime
Northstar Talent Ltd | Registered in England No 10234567
""",
    },
    {
        "scenario": "ooo_hiring_manager_en", "kind": "other", "lang": "en",
        "company": "", "contact": "mark.jansen@amstelcard.example.nl",
        "frm": ("Mark Jansen", "mark.jansen@amstelcard.example.nl"),
        "subject": "Automatic reply: Thank you",
        "date": "2026-03-13 09:01",
        "headers": auto_reply_headers(),
        "thread": ["<CAL7od-2026031309.0055@mail.example.be>"],
        "text": """Thank you for your email. I'm out of the office until Monday 23 March with no access to email.

For urgent fraud incidents, please contact fraud-ops@amstelcard.example.nl.

Kind regards,
Mark Jansen
Fraud Strategy Lead
""",
    },
    {
        "scenario": "own_thank_you_after_interview", "kind": "other", "lang": "en",
        "company": "", "contact": "",
        "frm": ME, "to": [("Priya Raman", "priya.raman@harrowfinch.example.com")],
        "cc": [("Gareth Lloyd", "gareth.lloyd@harrowfinch.example.com")],
        "subject": "Thank you - second-round interview",
        "date": "2026-05-26 19:22", "cte": "qp",
        "text": """Dear Priya, dear Gareth,

Thank you for taking the time to meet me today. I really enjoyed working through the mule-account case with you, and hearing how the team supports banks through remediation projects made me even more enthusiastic about the role.

Please let me know if I can provide any further information.

Best regards,
Laurent Okafor-Dubois
""",
    },
    {
        "scenario": "newsletter_ghosted", "kind": "other", "lang": "en",
        "company": "", "contact": "",
        "frm": ("The Career Compass", "hello@careercompass.example.com"),
        "subject": "Why you got ghosted after the interview (and what to do next)",
        "date": "2026-06-14 14:00", "tz": "+0000",
        "headers": list_headers("The Career Compass <careercompass.example.com>",
                             "https://careercompass.example.com/unsubscribe?token=aa81",
                             "unsubscribe@careercompass.example.com"),
        "text": """THE CAREER COMPASS - issue #112

Why you got ghosted after the interview (and what to do next)

You had a great interview. They said "we'll be in touch by Friday". It's now three Fridays later. Unfortunately, this is the most common story our readers send us.

This week:
- Why recruiters go silent (it's rarely about you)
- The follow-up email template that gets replies
- "We've decided to move forward with other candidates": how to ask for feedback
- Missed an interview? How to apologise without grovelling

Read online: https://careercompass.example.com/p/ghosted

You're receiving this because you subscribed at careercompass.example.com.
Unsubscribe: https://careercompass.example.com/unsubscribe?token=aa81
""",
        "html": news_html(P("""You had a great interview. They said "we'll be in touch by Friday". It's now three Fridays later. Unfortunately, this is the most common story our readers send us."""),
            [("Why recruiters go silent (it's rarely about you)", "https://careercompass.example.com/p/ghosted#silent", "Five reasons, from frozen budgets to internal candidates."),
             ("The follow-up email template that gets replies", "https://careercompass.example.com/p/ghosted#template", "Short, polite, specific. Copy and paste."),
             ("\"We've decided to move forward with other candidates\"", "https://careercompass.example.com/p/ghosted#feedback", "How to ask for feedback after a rejection."),
             ("Missed an interview?", "https://careercompass.example.com/p/ghosted#missed", "How to apologise without grovelling.")],
            brand="The Career Compass", accent="#14532d", title="Issue #112", lang="en",
            footer="You're receiving this because you subscribed at careercompass.example.com. The Career Compass, 2 Market Street, Dublin.",
            unsubscribe="https://careercompass.example.com/unsubscribe?token=aa81",
            tracker="link.careercompass.example.com", pixel_host="link.careercompass.example.com"),
        "boundary": "java",
    },
    {
        "scenario": "train_delayed", "kind": "other", "lang": "en",
        "company": "", "contact": "",
        "frm": ("NordRail", "no-reply@nordrail.example.com"),
        "subject": "Unfortunately your train is delayed",
        "date": "2026-02-26 07:12",
        "html": notice_html(P("""Dear Laurent,

Unfortunately your train **NR 9317 Brussels-Midi → Amsterdam Centraal** (departure 07:52) is delayed by approximately **45 minutes** due to a signalling fault near Antwerp.

New estimated departure: 08:37
New estimated arrival: 10:35

You may be entitled to compensation under EU passenger rights. You can claim it in your booking once your journey is complete.

We apologise for the inconvenience."""),
            brand="NordRail", accent="#b91c1c", headline="Service disruption", lang="en",
            footer="NordRail International SA, Brussels. This is an automated message, please do not reply.",
            pixel_host="mail.nordrail.example.com"),
        "cte": "qp",
    },
    {
        "scenario": "credit_card_declined", "kind": "other", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Clearline Card", "no-reply@clearline.example.com"),
        "subject": "Your Clearline Card application",
        "date": "2026-08-20 10:44",
        "html": notice_html(P("""Dear Laurent Okafor-Dubois,

Thank you for applying for a Clearline Travel credit card.

We're sorry, but we are unable to approve your application at this time. This decision was based on information from your application and from the credit reference agency, in particular the length of your residence at your current address.

You can request details of the information we used by writing to our customer service team. You are welcome to apply again in six months.

Clearline Card Services"""),
            brand="Clearline", accent="#0f172a", headline="Application decision", lang="en",
            footer="Clearline Card Services Ltd is registered in Ireland No 612345 and regulated by the Central Bank of Ireland. Please do not reply to this email.",
            pixel_host="e.clearline.example.com"),
        "cte": "b64",
    },
    {
        "scenario": "friend_amsterdam_interview", "kind": "other", "lang": "en",
        "company": "", "contact": "tobi.adeyemi@example.nl",
        "frm": ("Tobi Adeyemi", "tobi.adeyemi@example.nl"),
        "subject": "you won't believe this interview",
        "date": "2026-04-11 23:05", "cte": "8bit",
        "text": """Mate,

Had my interview at that crypto exchange yesterday. Four people on the panel, one of them ate a whole salad on camera and never looked up. Then they asked me to estimate how many ATMs there are in the Netherlands. For a data engineer job!!

Anyway they said they'd "circle back" so I'm guessing that's a no lol.

How are your applications going? Still coming to Amsterdam in May? You can crash on my sofa if you get an interview here.

T
""",
    },
    {
        "scenario": "membership_application_received", "kind": "other", "lang": "en",
        "company": "", "contact": "",
        "frm": ("Benelux Fraud Examiners Association", "no-reply@bfea.example.com"),
        "subject": "We've received your membership application",
        "date": "2026-01-30 12:00", "cte": "qp",
        "text": """Dear Laurent,

Thank you for applying to become an Associate Member of the Benelux Fraud Examiners Association (BFEA).

Your application (ref. BFEA-M-26-0193) has been received and will be reviewed by our Membership Committee, which meets monthly. You will receive a decision by email within four weeks. Your first annual fee (EUR 95) will only be charged once your membership is approved.

As an applicant, you already have access to our public webinars and the job board.

BFEA Membership Services
This mailbox is not monitored.
""",
    },
    {
        "scenario": "job_alert_amsterdam", "kind": "other", "lang": "en",
        "company": "", "contact": "",
        "frm": ("JobWaves Alerts", "alerts@jobwaves.example.com"),
        "subject": "5 new jobs for \"fraud analyst\" in Amsterdam",
        "date": "2026-07-07 06:30", "tz": "+0000",
        "headers": list_headers("jobwaves-alerts <alerts.jobwaves.example.com>",
                             "https://www.jobwaves.example.com/alerts/unsubscribe/77aa",
                             "unsubscribe-alerts@jobwaves.example.com"),
        "html": news_html(P("New openings matching your alert, posted in the last 24 hours."),
            [("Fraud Analyst – Payments", "https://www.jobwaves.example.com/job/90121", "Amsterdam · Full-time · Easy apply"),
             ("Junior Financial Crime Analyst", "https://www.jobwaves.example.com/job/90117", "Amstelveen · Hybrid · English"),
             ("Transaction Monitoring Specialist", "https://www.jobwaves.example.com/job/90102", "Amsterdam · 12-month contract"),
             ("KYC Analyst (French speaker)", "https://www.jobwaves.example.com/job/90096", "Utrecht · Full-time"),
             ("Chargeback & Dispute Analyst", "https://www.jobwaves.example.com/job/90088", "Amsterdam · Full-time")],
            brand="JobWaves", accent="#2563eb", title="Your daily job alert", lang="en",
            footer="JobWaves Inc., 500 Howard St, San Francisco, CA. You're receiving this because you created a job alert.",
            unsubscribe="https://www.jobwaves.example.com/alerts/unsubscribe/77aa",
            tracker="click.jobwaves.example.com", pixel_host="click.jobwaves.example.com"),
        "cte": "qp",
    },
]

GERMAN: list[dict] = [
    {
        "scenario": "paket_verspaetet", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": ("PaketPilot", "noreply@paketpilot.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung",
        "date": "2026-05-05 09:50",
        "html": notice_html(P("""Hallo Laurent Okafor-Dubois,

leider verzögert sich die Zustellung Ihrer Sendung **00340434161234567890** (Absender: Sprachbuch-Versand Leipzig).

Grund: hohes Sendungsaufkommen im internationalen Paketzentrum.
Voraussichtliche Zustellung: **Donnerstag, 7. Mai**

Wir bitten um Entschuldigung. Den aktuellen Status finden Sie jederzeit in der Sendungsverfolgung."""),
            brand="PaketPilot", accent="#facc15", headline="Ihre Sendung verspätet sich", lang="de",
            footer="PaketPilot GmbH · Heinrich-von-Stephan-Straße 1 · 53175 Bonn · Diese E-Mail wurde automatisch erstellt.",
            pixel_host="t.paketpilot.example.de"),
        "cte": "qp",
    },
    {
        "scenario": "newsletter_absage_tipps", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": ("Karriere-Kompass", "newsletter@karrierekompass.example.de"),
        "subject": "Absage erhalten? 5 Tipps, wie es jetzt weitergeht",
        "date": "2026-03-24 18:00",
        "headers": list_headers("Karriere-Kompass Newsletter <news.karrierekompass.example.de>",
                             "https://www.karrierekompass.example.de/abmelden?id=lod77",
                             "abmelden@karrierekompass.example.de"),
        "html": news_html(P("""Hallo Laurent,

„Leider müssen wir Ihnen mitteilen …“ – kaum ein Satz ist so frustrierend. In unserer neuen Ausgabe zeigen wir, wie Sie eine Absage in einen Vorteil verwandeln, warum Sie nach einem verpassten Vorstellungsgespräch sofort anrufen sollten und welche Branchen gerade Quereinsteiger suchen."""),
            [("Absage erhalten? 5 Tipps, wie es weitergeht", "https://www.karrierekompass.example.de/absage-tipps", "Feedback einholen, Netzwerk nutzen, dranbleiben."),
             ("Vorstellungsgespräch verpasst – was nun?", "https://www.karrierekompass.example.de/gespraech-verpasst", "So formulieren Sie die Entschuldigung richtig."),
             ("Quereinstieg in die Compliance", "https://www.karrierekompass.example.de/quereinstieg-compliance", "Vom Bankschalter zur Geldwäscheprävention."),
             ("Neue Stellen in Frankfurt", "https://www.karrierekompass.example.de/jobs/frankfurt", "320 Angebote in Banken und Versicherungen.")],
            brand="Karriere-Kompass", accent="#b45309", title="Ihr Karriere-Update", lang="de",
            footer="Karriere-Kompass Medien GmbH · Rosenthaler Straße 40 · 10178 Berlin · Geschäftsführerin: Anja Hölzel · HRB 198765 B",
            unsubscribe="https://www.karrierekompass.example.de/abmelden?id=lod77",
            tracker="click.karrierekompass.example.de", pixel_host="click.karrierekompass.example.de"),
        "cte": "qp",
    },
    {
        "scenario": "abwesenheitsnotiz_beraterin", "kind": "other", "lang": "de",
        "company": "", "contact": "s.becker@main-talent.example.de",
        "frm": ("Becker, Stefanie", "s.becker@main-talent.example.de"),
        "subject": "Abwesenheitsnotiz: Rückfrage Gespräch Taunus Versicherung",
        "date": "2026-05-14 10:30", "charset": "iso-8859-1", "cte": "qp",
        "headers": auto_reply_headers(),
        "thread": ["<CAL7od-2026051410.2929@mail.example.be>"],
        "text": """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. Mai 2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Jan Petersen.

Mit freundlichen Grüßen
Stefanie Becker
Main-Talent Personalberatung GmbH
""",
    },
    {
        "scenario": "headhunter_cold_outreach_de", "kind": "other", "lang": "de",
        "company": "", "contact": "f.brandt@finanztalente.example.de",
        "frm": ("Florian Brandt", "f.brandt@finanztalente.example.de"),
        "subject": "Ihr Profil – Fraud Prevention",
        "date": "2026-07-29 11:40", "cte": "qp",
        "text": """Guten Tag Herr Okafor-Dubois,

ich bin auf Ihr Profil bei BerufsNetz aufmerksam geworden. Ihr Weg aus dem Filialgeschäft in Richtung Betrugsprävention ist genau die Art von Profil, die einige meiner Mandanten im Rhein-Main-Gebiet aktuell interessiert.

Wenn Sie grundsätzlich offen für Neues sind, freue ich mich über eine kurze Rückmeldung und Ihren aktuellen Lebenslauf. Ich melde mich dann, sobald eine passende Position vorliegt.

Beste Grüße
Florian Brandt
FinanzTalente – Personalberatung für Banken
Tel. +49 69 3003 9910
""",
    },
    {
        "scenario": "profil_besucht", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": ("BerufsNetz", "benachrichtigung@berufsnetz.example.de"),
        "subject": "Ihr Profil wurde 7-mal besucht",
        "date": "2026-08-03 08:00",
        "html": notice_html(P("""Hallo Laurent,

Ihr Profil wurde in den letzten 7 Tagen **7-mal** besucht – unter anderem von Personalberatern aus Frankfurt und Mitarbeitern einer Versicherung.

[Alle Besucher ansehen](https://www.berufsnetz.example.de/profil/besucher) (Premium)

Tipp: Profile mit Foto werden bis zu 5-mal häufiger angeklickt.""", tracker="t.berufsnetz.example.de"),
            brand="BerufsNetz", accent="#006064", headline="Neue Profilbesucher", lang="de",
            footer="BerufsNetz SE · Dammtorstraße 30 · 20354 Hamburg · <a href=\"https://www.berufsnetz.example.de/einstellungen/benachrichtigungen\" style=\"color:#94a3b8\">Benachrichtigungen verwalten</a>",
            pixel_host="t.berufsnetz.example.de"),
        "cte": "b64",
    },
    {
        "scenario": "jobagent_frankfurt", "kind": "other", "lang": "de",
        "company": "", "contact": "",
        "frm": ("StelleDirekt Jobagent", "jobagent@stelledirekt.example.de"),
        "subject": "4 neue Jobs: Fraud Analyst in Frankfurt am Main",
        "date": "2026-06-01 06:45",
        "headers": list_headers("jobagent.stelledirekt.example.de",
                             "https://www.stelledirekt.example.de/jobagent/loeschen?id=3318",
                             "jobagent-abmelden@stelledirekt.example.de"),
        "html": news_html(P("Ihr Jobagent „Fraud Analyst – Frankfurt am Main + 30 km“ hat neue Stellenangebote gefunden:"),
            [("Fraud Analyst (m/w/d) – Kartenzahlungen", "https://www.stelledirekt.example.de/job/551201", "Zahlungsdienstleister · Frankfurt · Vollzeit"),
             ("Sachbearbeiter Betrugsprävention (m/w/d)", "https://www.stelledirekt.example.de/job/551188", "Direktbank · Frankfurt · Hybrid"),
             ("Analyst Kreditbetrug (m/w/d)", "https://www.stelledirekt.example.de/job/551170", "Frankfurter Kreditkontor · Frankfurt · Vollzeit"),
             ("Werkstudent Financial Crime (m/w/d)", "https://www.stelledirekt.example.de/job/551166", "Beratung · Eschborn · Teilzeit")],
            brand="StelleDirekt", accent="#0a66c2", title="Neue Stellen für Sie", lang="de",
            footer="StelleDirekt GmbH · Torstraße 140 · 10119 Berlin · Geschäftsführer: Felix Baumann · HRB 201234 B",
            unsubscribe="https://www.stelledirekt.example.de/jobagent/loeschen?id=3318",
            tracker="t.stelledirekt.example.de", pixel_host="t.stelledirekt.example.de"),
        "cte": "qp",
    },
    {
        "scenario": "friend_vorstellungsgespraech", "kind": "other", "lang": "de",
        "company": "", "contact": "katja.wolff@example.de",
        "frm": ("Katja Wolff", "katja.wolff@example.de"),
        "subject": "Na, wie läuft's bei dir?",
        "date": "2026-06-27 21:15", "cte": "8bit",
        "text": """Hallo Laurent!

Lange nichts gehört! Ich hatte gestern mein Vorstellungsgespräch bei der Versicherung in Köln, von der ich dir im Sprachkurs erzählt habe. Lief eigentlich gut, aber die Gehaltsfrage hab ich total verbockt 🙈 Jetzt heißt es warten.

Und du? Hast du schon was aus Frankfurt gehört? Wenn du im Herbst zum Gespräch kommst, musst du unbedingt Bescheid sagen, dann gehen wir Apfelwein trinken.

Liebe Grüße
Katja
""",
    },
]

SPANISH: list[dict] = [
    {
        "scenario": "envio_retrasado", "kind": "other", "lang": "es",
        "company": "", "contact": "",
        "frm": ("EnvíaExpress", "no-reply@enviaexpress.example.es"),
        "subject": "Tu envío se ha retrasado",
        "date": "2026-06-09 13:25",
        "html": notice_html(P("""Hola Laurent:

Lamentablemente, tu envío **EE-7781-2290-ES** lleva retraso por una incidencia en el centro logístico de Coslada.

Nueva fecha estimada de entrega: **jueves 11 de junio**.

Sentimos las molestias. Puedes seguir tu envío o cambiar la dirección de entrega desde nuestra web."""),
            brand="EnvíaExpress", accent="#e11d48", headline="Incidencia en tu envío", lang="es",
            footer="EnvíaExpress Logística, S.A. · Av. de Aragón 330, 28022 Madrid · Este es un mensaje automático, por favor no respondas.",
            pixel_host="t.enviaexpress.example.es"),
        "cte": "qp",
    },
    {
        "scenario": "prestamo_denegado", "kind": "other", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Finanzia Online", "avisos@finanzia.example.es"),
        "subject": "Resolución de tu solicitud de préstamo",
        "date": "2026-08-27 11:02", "charset": "iso-8859-1", "cte": "qp",
        "text": """Hola Laurent:

Hemos estudiado tu solicitud de préstamo n.º 2026-445190 por importe de 6.000 euros.

Lamentamos comunicarte que, en esta ocasión, tu solicitud no ha sido aprobada. La decisión se basa en nuestros criterios internos de riesgo, entre ellos la falta de historial crediticio en España.

Podrás presentar una nueva solicitud transcurridos tres meses.

Atentamente,
Finanzia Online
Finanzia Online Establecimiento Financiero de Crédito, S.A.

Este correo es meramente informativo. No respondas a este mensaje.
""",
    },
    {
        "scenario": "amiga_me_han_rechazado", "kind": "other", "lang": "es",
        "company": "", "contact": "carmen.ruiz@example.es",
        "frm": ("Carmen Ruiz", "carmen.ruiz@example.es"),
        "subject": "pues nada...",
        "date": "2026-03-19 22:31", "cte": "8bit",
        "text": """Laurent!!

Pues nada, que me han rechazado en el banco ese de la Castellana. Después de la entrevista con la jefa de equipo, que fue genial, me mandan un correo automático de "lamentamos comunicarte". Ni una llamada. Qué rabia.

Tú cómo vas? Me dijiste que habías echado el CV en una fintech de aquí. Si vienes a Madrid a alguna entrevista, avísame y te enseño el barrio 😊

Besos,
Carmen
""",
    },
    {
        "scenario": "alerta_empleo_madrid", "kind": "other", "lang": "es",
        "company": "", "contact": "",
        "frm": ("TrabajoYa Alertas", "alertas@trabajoya.example.es"),
        "subject": "Nuevas ofertas: analista antifraude en Madrid",
        "date": "2026-09-05 07:10",
        "headers": list_headers("alertas.trabajoya.example.es",
                             "https://www.trabajoya.example.es/alertas/baja?id=90012",
                             "baja-alertas@trabajoya.example.es"),
        "html": news_html(P("Estas son las ofertas nuevas que coinciden con tu alerta «analista antifraude – Madrid»:"),
            [("Analista Antifraude (Madrid / híbrido)", "https://www.trabajoya.example.es/oferta/330871", "Cobrix · Indefinido · 32.000-40.000 €"),
             ("Técnico/a de Prevención del Fraude", "https://www.trabajoya.example.es/oferta/330860", "Entidad bancaria · Madrid · Presencial"),
             ("Analista de Transacciones – francés valorable", "https://www.trabajoya.example.es/oferta/330844", "Empresa de pagos · Alcobendas"),
             ("Investigador/a de siniestros", "https://www.trabajoya.example.es/oferta/330839", "Aseguradora · Madrid · Temporal")],
            brand="TrabajoYa", accent="#ff7a00", title="Tus nuevas ofertas", lang="es",
            footer="TrabajoYa Servicios Online, S.L. · C/ de Pradillo 5, 28002 Madrid",
            unsubscribe="https://www.trabajoya.example.es/alertas/baja?id=90012",
            tracker="click.trabajoya.example.es", pixel_host="click.trabajoya.example.es"),
        "cte": "qp",
    },
    {
        "scenario": "boletin_preparar_entrevista", "kind": "other", "lang": "es",
        "company": "", "contact": "",
        "frm": ("Empleo Hoy", "boletin@empleohoy.example.es"),
        "subject": "Cómo preparar una entrevista (y qué hacer si no te llaman)",
        "date": "2026-04-15 08:30",
        "headers": list_headers("Boletin Empleo Hoy <boletin.empleohoy.example.es>",
                             "https://www.empleohoy.example.es/baja?u=lod",
                             "baja@empleohoy.example.es"),
        "text": """EMPLEO HOY - Boletín semanal

Hola Laurent:

Esta semana hablamos de entrevistas: cómo prepararlas, qué responder cuando te preguntan por tus debilidades y qué hacer cuando, después de la entrevista, te dicen "lamentablemente hemos seleccionado a otra persona".

- 10 preguntas típicas en una entrevista de banca: https://www.empleohoy.example.es/entrevista-banca
- ¿No te han llamado? Cuándo y cómo hacer seguimiento: https://www.empleohoy.example.es/seguimiento
- Ofertas de la semana en Madrid: https://www.empleohoy.example.es/ofertas/madrid

Recibes este boletín porque te suscribiste en empleohoy.example.es.
Darse de baja: https://www.empleohoy.example.es/baja?u=lod
""",
        "html": news_html(P("""Hola Laurent:

Esta semana hablamos de entrevistas: cómo prepararlas, qué responder cuando te preguntan por tus debilidades y qué hacer cuando, después de la entrevista, te dicen "lamentablemente hemos seleccionado a otra persona"."""),
            [("10 preguntas típicas en una entrevista de banca", "https://www.empleohoy.example.es/entrevista-banca", "Y cómo responderlas sin sonar a manual."),
             ("¿No te han llamado?", "https://www.empleohoy.example.es/seguimiento", "Cuándo y cómo hacer seguimiento tras una entrevista."),
             ("Ofertas de la semana en Madrid", "https://www.empleohoy.example.es/ofertas/madrid", "Banca, seguros y fintech.")],
            brand="Empleo Hoy", accent="#0369a1", title="Boletín semanal", lang="es",
            footer="Empleo Hoy Media, S.L. · C/ de Atocha 27, 28012 Madrid",
            unsubscribe="https://www.empleohoy.example.es/baja?u=lod",
            tracker="t.empleohoy.example.es", pixel_host="t.empleohoy.example.es"),
        "boundary": "java",
    },
    {
        "scenario": "respuesta_automatica_vacaciones", "kind": "other", "lang": "es",
        "company": "", "contact": "mgil@bancoprado.example.es",
        "frm": ("Marta Gil Ortega", "mgil@bancoprado.example.es"),
        "subject": "Respuesta automática: Documentación incorporación",
        "date": "2026-08-10 09:14", "charset": "windows-1252", "cte": "qp",
        "headers": auto_reply_headers(),
        "thread": ["<CAL7od-2026081009.1400@mail.example.be>"],
        "text": """Gracias por su mensaje.

Estaré fuera de la oficina, de vacaciones, hasta el lunes 24 de agosto, sin acceso al correo electrónico.

Para cualquier asunto urgente relacionado con incorporaciones, puede escribir a personas@bancoprado.example.es.

Un saludo,
Marta Gil Ortega
Banco Prado
""",
    },
    {
        "scenario": "candidatura_enviada_por_mi", "kind": "other", "lang": "es",
        "company": "", "contact": "",
        "frm": ME, "to": [("Seguros Manzanares - Selección", "seleccion@segurosmanzanares.example.es")],
        "subject": "Candidatura - Técnico/a de Investigación de Fraude",
        "date": "2026-06-01 21:40", "cte": "8bit",
        "text": """Estimados señores:

Les escribo para presentar mi candidatura al puesto de Técnico/a de Investigación de Fraude publicado en su web.

Trabajo desde hace seis años como cajero en una sucursal bancaria de Bruselas, donde he detectado y bloqueado numerosos intentos de fraude documental y de suplantación de identidad. Hablo francés, inglés y un español de nivel B2, que sigo mejorando.

Adjunto mi currículum y quedo a su disposición para una entrevista, presencial o por videollamada.

Atentamente,
Laurent Okafor-Dubois
""",
    },
    {
        "scenario": "matricula_curso_aceptada", "kind": "other", "lang": "es",
        "company": "", "contact": "paula@lenguaviva.example.be",
        "frm": ("Paula - Academia Lengua Viva", "paula@lenguaviva.example.be"),
        "subject": "Tu solicitud de matrícula ha sido aceptada",
        "date": "2026-09-03 17:50", "cte": "qp",
        "text": """¡Hola Laurent!

Te confirmo que tu solicitud de matrícula para el curso intensivo de español B2 (martes y jueves de 19:00 a 21:00) ha sido aceptada. Quedaban solo dos plazas, ¡qué suerte!

Las clases empiezan el martes 22 de septiembre. Puedes pagar la matrícula (320 €) en secretaría o por transferencia. Si tienes cualquier duda, respóndeme a este correo.

¡Nos vemos pronto!
Paula
Secretaría - Academia Lengua Viva
Rue de la Croix de Fer 21, 1000 Bruxelles
""",
    },
]

MESSAGES: list[dict] = [*FRENCH, *ENGLISH, *GERMAN, *SPANISH]
