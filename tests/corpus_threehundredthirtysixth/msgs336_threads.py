"""Corpus 336, threads: one employer's mail from acknowledgement to offer or rejection.

Each spec is written by hand. `parent` links a reply to the earlier message (In-Reply-To,
References) and `quote` asks the builder to quote the parent under the new text.
"""

from __future__ import annotations

from msgs336_common import CAND, M, html_page, ics

# ------------------------------------------------ Assurances Beffroi, Lille (insurer, offer)

CLAIRE = ("Claire Dumoulin", "claire.dumoulin@beffroi-assurances.example.fr")
BEFFROI_SIG = (
    "Claire Dumoulin\n"
    "Chargée de recrutement – Direction des Ressources Humaines\n"
    "Assurances Beffroi\n"
    "12 rue Esquermoise – 59000 Lille\n"
    "Tél. : +33 3 20 55 41 08"
)

BEFFROI = [
    M(id="beffroi_ack", kind="application_received", lang="fr", company="Assurances Beffroi",
      frm=("Assurances Beffroi", "beffroi@myworkday.com"),
      subject="Votre candidature – Records Manager (H/F) – Réf. R-2026-0114",
      date="2026-01-12 18:42 +0000",
      text=(
          "Bonjour Mathilde,\n\n"
          "Nous vous remercions pour l'intérêt que vous portez à Assurances Beffroi et pour votre "
          "candidature au poste de Records Manager (H/F) basé à Lille.\n\n"
          "Votre dossier a bien été transmis à notre équipe recrutement, qui l'étudiera avec "
          "attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous "
          "dans les prochaines semaines.\n\n"
          "Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre "
          "espace candidat.\n\n"
          "Bien cordialement,\n"
          "L'équipe Talents – Assurances Beffroi\n\n"
          "Ce message est envoyé automatiquement, merci de ne pas y répondre."
      ),
      html=html_page(
          "Bonjour Mathilde,",
          "Nous vous remercions pour l'intérêt que vous portez à Assurances Beffroi et pour "
          "votre candidature au poste de <b>Records Manager (H/F)</b> basé à Lille.",
          "Votre dossier a bien été transmis à notre équipe recrutement, qui l'étudiera avec "
          "attention. Si votre profil correspond à nos attentes, nous reviendrons vers vous "
          "dans les prochaines semaines.",
          'Vous pouvez suivre l\'avancement de votre candidature à tout moment depuis votre '
          '<a href="https://beffroi.wd3.myworkday.com/careers">espace candidat</a>.',
          "Bien cordialement,<br>L'équipe Talents – Assurances Beffroi",
          footer="Ce message est envoyé automatiquement, merci de ne pas y répondre.",
      )),
    M(id="beffroi_invite", kind="interview_invitation", lang="fr",
      company="Assurances Beffroi", contact="claire.dumoulin@beffroi-assurances.example.fr",
      frm=CLAIRE, subject="Entretien – Records Manager – Assurances Beffroi",
      date="2026-01-27 11:05",
      text=(
          "Bonjour Madame Vasseur-Kerbrat,\n\n"
          "Votre candidature au poste de Records Manager a retenu toute notre attention et "
          "nous aimerions échanger avec vous lors d'un premier entretien.\n\n"
          "Je vous propose le jeudi 5 février à 14h00, dans nos locaux de la rue Esquermoise "
          "(accueil au rez-de-chaussée, demandez Claire Dumoulin). L'entretien durera environ "
          "une heure, en présence de Nicolas Théry, responsable Conformité documentaire.\n\n"
          "Vous trouverez une invitation dans votre agenda ; merci de me confirmer votre "
          "disponibilité par retour de mail.\n\n"
          "Bien à vous,\n\n" + BEFFROI_SIG
      ),
      ics=ics("REQUEST", "beffroi-rm-0114-1@beffroi-assurances.example.fr", 0,
              "2026-02-05 14:00", "2026-02-05 15:00",
              "Entretien Records Manager - M. Vasseur-Kerbrat",
              "Assurances Beffroi\\, 12 rue Esquermoise\\, Lille", CLAIRE,
              "2026-01-27 10:05")),
    M(id="beffroi_confirm", kind="other", lang="fr", parent="beffroi_invite", quote="fr",
      frm=CAND, to=[CLAIRE], subject="RE: Entretien – Records Manager – Assurances Beffroi",
      date="2026-01-27 13:31",
      text=(
          "Bonjour Madame Dumoulin,\n\n"
          "Merci beaucoup pour votre message. Je vous confirme ma présence le jeudi 5 février "
          "à 14h00 rue Esquermoise.\n\n"
          "Bien cordialement,\nMathilde Vasseur-Kerbrat\n06 71 24 88 13"
      )),
    M(id="beffroi_move", kind="interview_reschedule_or_cancel", lang="fr",
      company="Assurances Beffroi", contact="claire.dumoulin@beffroi-assurances.example.fr",
      parent="beffroi_confirm", quote="fr",
      frm=CLAIRE, subject="RE: Entretien – Records Manager – Assurances Beffroi",
      date="2026-02-02 09:12",
      text=(
          "Bonjour Madame Vasseur-Kerbrat,\n\n"
          "Je suis désolée de devoir modifier notre rendez-vous : Nicolas Théry est retenu "
          "jeudi par un audit interne. Pourrions-nous décaler l'entretien au vendredi 6 "
          "février à 10h30, même lieu ? L'invitation de votre agenda a été mise à jour.\n\n"
          "Toutes mes excuses pour ce contretemps.\n\n" + BEFFROI_SIG
      ),
      ics=ics("REQUEST", "beffroi-rm-0114-1@beffroi-assurances.example.fr", 1,
              "2026-02-06 10:30", "2026-02-06 11:30",
              "Entretien Records Manager - M. Vasseur-Kerbrat (nouvel horaire)",
              "Assurances Beffroi\\, 12 rue Esquermoise\\, Lille", CLAIRE,
              "2026-02-02 08:12")),
    M(id="beffroi_thanks", kind="other", lang="fr", parent="beffroi_move", quote="fr",
      frm=CAND, to=[CLAIRE], cc=[("Nicolas Théry", "nicolas.thery@beffroi-assurances.example.fr")],
      subject="Merci pour l'entretien de ce matin", date="2026-02-06 16:20",
      text=(
          "Bonjour Madame Dumoulin, bonjour Monsieur Théry,\n\n"
          "Je tenais à vous remercier pour l'entretien de ce matin. La présentation du projet "
          "de refonte du plan de classement et de la politique de conservation m'a beaucoup "
          "intéressée, et je serais ravie d'y contribuer.\n\n"
          "Je reste à votre disposition pour tout complément.\n\n"
          "Bien cordialement,\nMathilde Vasseur-Kerbrat"
      )),
    M(id="beffroi_round2", kind="interview_invitation", lang="fr",
      company="Assurances Beffroi", contact="claire.dumoulin@beffroi-assurances.example.fr",
      parent="beffroi_thanks", quote="outlook_fr", charset="windows-1252",
      frm=CLAIRE, subject="Second entretien – Records Manager",
      date="2026-02-18 15:47",
      text=(
          "Bonjour Madame Vasseur-Kerbrat,\n\n"
          "Merci pour votre message. Nous avons le plaisir de vous convier à un second "
          "entretien avec Mme Agnès Roussel, directrice Juridique et Conformité, le mardi "
          "3 mars à 9h00. Une courte mise en situation (20 minutes) vous sera proposée : "
          "l'analyse d'un tableau de gestion des archives existant.\n\n"
          "Pouvez-vous me confirmer votre présence ?\n\n"
          "Bien à vous,\n" + BEFFROI_SIG
      )),
    M(id="beffroi_verbal", kind="offer", lang="fr", company="Assurances Beffroi",
      contact="claire.dumoulin@beffroi-assurances.example.fr",
      frm=CLAIRE, subject="Suite à notre appel – proposition", date="2026-03-11 17:58",
      text=(
          "Bonjour Mathilde,\n\n"
          "Comme évoqué au téléphone tout à l'heure, j'ai le plaisir de vous confirmer que "
          "nous souhaitons vous proposer le poste de Records Manager en CDI, avec une prise "
          "de poste envisagée le 4 mai.\n\n"
          "Les éléments principaux : statut cadre, rémunération annuelle brute de 46 000 €, "
          "télétravail deux jours par semaine, mutuelle et intéressement. La lettre "
          "d'engagement détaillée vous parviendra dans les prochains jours.\n\n"
          "Nous sommes vraiment heureux à l'idée de vous accueillir dans l'équipe.\n\n"
          + BEFFROI_SIG
      )),
    M(id="beffroi_letter", kind="offer", lang="fr", company="Assurances Beffroi",
      contact="claire.dumoulin@beffroi-assurances.example.fr",
      parent="beffroi_verbal", quote="fr",
      frm=CLAIRE, subject="Lettre d'engagement – Records Manager", date="2026-03-16 10:02",
      text=(
          "Bonjour Mathilde,\n\n"
          "Vous trouverez ci-joint votre lettre d'engagement pour le poste de Records Manager. "
          "Je vous remercie de nous la retourner datée et signée, précédée de la mention "
          "« bon pour accord », avant le 27 mars.\n\n"
          "N'hésitez pas à m'appeler si un point mérite d'être précisé.\n\n"
          "Bien à vous,\n" + BEFFROI_SIG
      ),
      pdfs=[("Lettre_engagement_Vasseur-Kerbrat.pdf", [
          "Assurances Beffroi - Direction des Ressources Humaines",
          "Lille, le 16 mars 2026",
          "Objet : lettre d'engagement",
          "Madame, nous avons le plaisir de vous proposer le poste de Records Manager",
          "en contrat a duree indeterminee, statut cadre, a compter du 4 mai 2026.",
          "Remuneration annuelle brute : 46 000 euros.",
          "Claire Dumoulin, pour la Direction des Ressources Humaines",
      ])]),
    M(id="beffroi_contract", kind="offer", lang="fr", company="Assurances Beffroi",
      contact="claire.dumoulin@beffroi-assurances.example.fr",
      frm=("Claire Dumoulin · RH Beffroi", "claire.dumoulin@beffroi-assurances.example.fr"),
      from_enc=("iso-8859-1", "q"),
      subject="Votre contrat de travail à signer électroniquement", subj_enc=("iso-8859-1", "q"),
      charset="iso-8859-1", cte="8bit", date="2026-03-30 09:15",
      text=(
          "Bonjour Mathilde,\n\n"
          "Merci pour le retour de la lettre d'engagement signée. Votre contrat de travail "
          "(CDI, Records Manager) est prêt : vous allez recevoir dans quelques minutes un "
          "lien de signature électronique de la part de notre prestataire.\n\n"
          "Une fois le contrat signé, le service paie vous contactera pour les formalités "
          "d'arrivée (RIB, attestation de sécurité sociale, photo pour le badge).\n\n"
          "A très bientôt,\nClaire Dumoulin\nAssurances Beffroi - DRH"
      )),
]

# ------------------------------------------------ Docuvia (document management software, offer)

TOM = ("Tom Verbeke", "tom.verbeke@docuvia.example.be")
DOCUVIA = [
    M(id="docuvia_ack", kind="application_received", lang="en", company="Docuvia",
      frm=("Docuvia", "no-reply@greenhouse-mail.io"),
      subject="Thanks for applying to Docuvia!", date="2026-03-02 08:17 +0000",
      html=html_page(
          "Hi Mathilde,",
          "Thanks for applying for the <b>Records &amp; Information Governance Consultant</b> "
          "role at Docuvia. We've received your application and our team will review it "
          "shortly.",
          "We read every application ourselves, so it can take up to two weeks before you "
          "hear from us. In the meantime, feel free to explore how our customers run their "
          "document management on Docuvia.",
          "Cheers,<br>The Docuvia Talent team",
          footer="Docuvia · Rue de la Loi 42 · 1040 Brussels · Sent via Greenhouse",
      )),
    M(id="docuvia_invite", kind="interview_invitation", lang="en", company="Docuvia",
      contact="tom.verbeke@docuvia.example.be",
      frm=("Tom Verbeke via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=TOM,
      subject="Docuvia – let's have a chat", date="2026-03-13 14:40 +0100",
      text=(
          "Hi Mathilde,\n\n"
          "Thanks for your interest in the Records & Information Governance Consultant "
          "position. I lead the professional services team in Brussels and I'd love to get to "
          "know you in a 45-minute video call.\n\n"
          "Would Wednesday 18 March at 15:00 (CET) work? We'll use Google Meet, the link will "
          "be in the calendar invite. If that time doesn't suit, just reply with two or three "
          "alternatives.\n\n"
          "Best,\nTom\n\n--\nTom Verbeke | Head of Professional Services\n"
          "Docuvia | Rue de la Loi 42, 1040 Brussels | +32 2 555 01 76"
      )),
    M(id="docuvia_ask_move", kind="other", lang="en", parent="docuvia_invite", quote="en",
      frm=CAND, to=[TOM], subject="Re: Docuvia – let's have a chat",
      date="2026-03-13 19:02",
      text=(
          "Hi Tom,\n\n"
          "Thank you very much for the invitation! Unfortunately I have a medical appointment "
          "on Wednesday afternoon that I can't move. Would Thursday 19 March in the morning "
          "or Friday 20 March after 14:00 be possible for you?\n\n"
          "Apologies for the inconvenience, and kind regards,\nMathilde"
      )),
    M(id="docuvia_moved", kind="interview_reschedule_or_cancel", lang="en", company="Docuvia",
      contact="tom.verbeke@docuvia.example.be", parent="docuvia_ask_move", quote="en",
      frm=TOM, subject="Re: Docuvia – let's have a chat", date="2026-03-16 08:55",
      text=(
          "Hi Mathilde,\n\n"
          "No problem at all. I've moved our call to Friday 20 March at 14:30 CET – you "
          "should see the updated invitation with the same Meet link.\n\n"
          "Talk soon,\nTom"
      )),
    M(id="docuvia_case", kind="interview_invitation", lang="en", company="Docuvia",
      contact="ines.lambert@docuvia.example.be",
      frm=("Inès Lambert", "ines.lambert@docuvia.example.be"), cc=[TOM],
      subject="Next step: case presentation with the Docuvia team", date="2026-03-24 10:21",
      text=(
          "Dear Mathilde,\n\n"
          "Following your conversation with Tom, we would like to invite you to the final "
          "stage: a case presentation with three members of the team in our Brussels office "
          "(you may also join remotely from Lille if you prefer).\n\n"
          "The brief: a mid-sized insurer wants to replace shared drives with Docuvia and "
          "needs a retention schedule and a migration plan. 20 minutes of presentation, then "
          "questions. Please pick a slot that suits you here: "
          "https://cal.docuvia.example.be/ines/case-presentation\n\n"
          "Travel costs from Lille will of course be reimbursed.\n\n"
          "Kind regards,\nInès Lambert\nTalent Acquisition Partner, Docuvia"
      )),
    M(id="docuvia_offer", kind="offer", lang="en", company="Docuvia",
      contact="tom.verbeke@docuvia.example.be",
      frm=TOM, subject="Great news from Docuvia", date="2026-04-09 17:30",
      text=(
          "Hi Mathilde,\n\n"
          "I'm delighted to tell you that the team was unanimous: we would like to offer you "
          "the Records & Information Governance Consultant role. You'd be part of the "
          "Brussels services team, working mainly from our Paris office and remotely.\n\n"
          "Our proposal is a permanent contract at EUR 52,000 gross per year plus a 10% "
          "variable component, a start date of your choice in June, and a training budget "
          "for the ISO 15489 certification. Our HR colleague in Paris will send the formal "
          "offer letter in French.\n\n"
          "Let me know if you'd like to talk it through.\n\n"
          "Best,\nTom"
      )),
    M(id="docuvia_offer_fr", kind="offer", lang="fr", company="Docuvia",
      contact="helene.marchetti@docuvia.example.fr", parent="docuvia_offer", quote="en",
      frm=("Hélène Marchetti", "helene.marchetti@docuvia.example.fr"), cc=[TOM],
      subject="Proposition d'embauche – Consultante Records & Information Governance",
      date="2026-04-13 11:44",
      text=(
          "Bonjour Mathilde,\n\n"
          "Suite au message de Tom, je vous prie de trouver ci-joint notre proposition "
          "d'embauche formelle pour le poste de Consultante Records & Information Governance, "
          "en CDI, rattachée à notre établissement de Paris.\n\n"
          "Cette proposition est valable jusqu'au 24 avril. Pour l'accepter, il vous suffit "
          "de nous la retourner signée par retour de mail.\n\n"
          "Belle journée,\nHélène Marchetti\nResponsable RH France – Docuvia\n"
          "18 rue du Sentier, 75002 Paris"
      ),
      pdfs=[("Docuvia_proposition_embauche.pdf", [
          "Docuvia - Proposition d'embauche",
          "Paris, le 13 avril 2026",
          "Poste : Consultante Records & Information Governance (CDI)",
          "Remuneration : 52 000 euros bruts annuels + part variable 10 %",
          "Date d'entree : juin 2026, a convenir",
          "Helene Marchetti, Responsable RH France",
      ])]),
    M(id="docuvia_counter", kind="other", lang="en", parent="docuvia_offer", quote="en",
      frm=CAND, to=[TOM], subject="Re: Great news from Docuvia", date="2026-04-14 21:10",
      text=(
          "Hi Tom,\n\n"
          "Thank you so much, I'm really happy about this. Before I sign, could we discuss "
          "the fixed salary? I currently have another offer in hand, and given the travel "
          "between Lille, Paris and Brussels, EUR 55,000 would make the decision much easier "
          "for me.\n\n"
          "Best regards,\nMathilde"
      )),
    M(id="docuvia_offer_rev", kind="offer", lang="en", company="Docuvia",
      contact="tom.verbeke@docuvia.example.be", parent="docuvia_counter", quote="en",
      frm=TOM, subject="Re: Great news from Docuvia", date="2026-04-16 12:03",
      text=(
          "Hi Mathilde,\n\n"
          "Thanks for being open about it. I've spoken with our CFO and we can raise the "
          "fixed part to EUR 54,500, with the variable component unchanged, and we'll cover "
          "a monthly Lille–Paris rail pass. Hélène will send an updated offer letter today; "
          "the deadline moves to 28 April.\n\n"
          "I really hope you'll join us.\n\nTom"
      )),
]

# ------------------------------------------------ Archives du Pays d'Artois, Arras (public)

SYLVIE = ("Sylvie Caron", "sylvie.caron@archives-artois.example.fr")
ARTOIS_SIG = (
    "Sylvie Caron\nService des ressources humaines\nArchives du Pays d'Artois\n"
    "14 rue de la Paix - 62000 Arras\nTel. 03 21 55 70 12"
)
ARTOIS = [
    M(id="artois_ack", kind="application_received", lang="fr",
      company="Archives du Pays d'Artois", contact="sylvie.caron@archives-artois.example.fr",
      frm=SYLVIE, charset="iso-8859-1", cte="8bit",
      subject="Accusé de réception - candidature archiviste (catégorie B)",
      date="2026-02-09 14:26",
      text=(
          "Madame,\n\n"
          "J'accuse réception de votre candidature au poste d'assistant de conservation "
          "(archiviste, catégorie B) au sein du pôle archives contemporaines, reçue le "
          "6 février 2026.\n\n"
          "Les candidatures seront examinées après la date de clôture de l'offre, le "
          "28 février. Les candidats retenus seront convoqués à un entretien devant un jury. "
          "En raison du nombre important de dossiers, nous ne sommes pas en mesure de "
          "répondre individuellement à chaque candidat avant cette date.\n\n"
          "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
          + ARTOIS_SIG
      )),
    M(id="artois_jury", kind="interview_invitation", lang="fr",
      company="Archives du Pays d'Artois", contact="sylvie.caron@archives-artois.example.fr",
      frm=SYLVIE, charset="windows-1252", cte="quoted-printable",
      subject="Convocation à un entretien – assistant de conservation",
      date="2026-03-10 10:48",
      text=(
          "Madame,\n\n"
          "Suite à l'examen de votre candidature, j'ai le plaisir de vous informer que vous "
          "êtes convoquée à un entretien devant le jury de recrutement le mercredi 25 mars "
          "2026 à 14h15, aux Archives du Pays d'Artois, 14 rue de la Paix à Arras (salle du "
          "conseil, 1er étage).\n\n"
          "L'entretien, d'une durée de 30 minutes, débutera par une présentation de votre "
          "parcours (5 minutes maximum) suivie d'un échange avec le jury. Merci de vous "
          "munir d'une pièce d'identité. Vous trouverez la convocation officielle en pièce "
          "jointe.\n\n"
          "Je vous remercie de bien vouloir confirmer votre présence par retour de courriel.\n\n"
          "Cordialement,\n\n" + ARTOIS_SIG
      ),
      pdfs=[("Convocation_jury_25032026.pdf", [
          "Archives du Pays d'Artois - Convocation",
          "Madame Mathilde Vasseur-Kerbrat",
          "Entretien de recrutement : assistant de conservation (categorie B)",
          "Date : mercredi 25 mars 2026 a 14h15",
          "Lieu : 14 rue de la Paix, 62000 Arras, salle du conseil",
      ])]),
    M(id="artois_postponed", kind="interview_reschedule_or_cancel", lang="fr",
      company="Archives du Pays d'Artois", contact="sylvie.caron@archives-artois.example.fr",
      parent="artois_jury", quote="fr", frm=SYLVIE, charset="iso-8859-1",
      cte="quoted-printable", subject="RE: Convocation à un entretien – assistant de conservation"
      .replace("–", "-"),
      date="2026-03-20 16:03",
      text=(
          "Madame,\n\n"
          "En raison de l'indisponibilité d'un membre du jury, les entretiens prévus le "
          "mercredi 25 mars sont reportés. Une nouvelle date vous sera communiquée très "
          "prochainement. Votre candidature reste bien entendu retenue pour cet entretien.\n\n"
          "Nous vous prions de nous excuser pour ce contretemps.\n\n" + ARTOIS_SIG
      )),
    M(id="artois_jury2", kind="interview_reschedule_or_cancel", lang="fr",
      company="Archives du Pays d'Artois", contact="sylvie.caron@archives-artois.example.fr",
      parent="artois_postponed", quote="fr", frm=SYLVIE, charset="iso-8859-1", cte="8bit",
      subject="Nouvelle date d'entretien - jury du 8 avril", date="2026-03-26 09:37",
      text=(
          "Madame,\n\n"
          "Comme annoncé, voici la nouvelle date de votre entretien avec le jury : mercredi "
          "8 avril 2026 à 10h45, même lieu (14 rue de la Paix, salle du conseil). Les "
          "modalités restent inchangées.\n\n"
          "Merci de me confirmer votre présence.\n\nCordialement,\n" + ARTOIS_SIG
      )),
    M(id="artois_rej", kind="rejection", lang="fr", company="Archives du Pays d'Artois",
      contact="sylvie.caron@archives-artois.example.fr", parent="artois_jury2", quote="fr",
      frm=SYLVIE, charset="iso-8859-1", cte="quoted-printable",
      subject="Suite de votre entretien du 8 avril", date="2026-04-17 15:20",
      text=(
          "Madame,\n\n"
          "Je fais suite à l'entretien que vous avez passé le 8 avril devant le jury de "
          "recrutement pour le poste d'assistant de conservation.\n\n"
          "Le jury a apprécié la qualité de votre présentation et votre motivation. Toutefois, "
          "son choix s'est porté sur une candidate titulaire du grade, déjà en poste dans "
          "une autre collectivité. Je suis donc au regret de vous informer que votre "
          "candidature n'a pas été retenue.\n\n"
          "Nous conservons vos coordonnées et ne manquerons pas de vous informer des "
          "prochaines ouvertures de postes.\n\n"
          "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
          + ARTOIS_SIG
      )),
]

# ------------------------------------------------ Groupe Hospitalier Métropole Nord (hospital)

KARIM = ("Karim Benali", "k.benali@ghmn.example.fr")
GHMN = [
    M(id="ghmn_ack", kind="application_received", lang="fr",
      company="Groupe Hospitalier Métropole Nord",
      frm=("Groupe Hospitalier Métropole Nord", "no-reply@smartrecruiters.com"),
      subject="Nous avons bien reçu votre candidature", date="2026-02-03 07:52 +0000",
      text=(
          "Bonjour Mathilde Vasseur-Kerbrat,\n\n"
          "Merci d'avoir postulé à l'offre « Archiviste – Gestion documentaire et dossiers "
          "patients (H/F) » du Groupe Hospitalier Métropole Nord.\n\n"
          "Votre candidature est enregistrée. Nos équipes RH l'examineront dans les meilleurs "
          "délais. Nous vous remercions de votre patience.\n\n"
          "Direction des Ressources Humaines\nGroupe Hospitalier Métropole Nord\n\n"
          "Propulsé par SmartRecruiters – Ceci est un e-mail automatique."
      )),
    M(id="ghmn_invite", kind="interview_invitation", lang="fr",
      company="Groupe Hospitalier Métropole Nord", contact="k.benali@ghmn.example.fr",
      frm=KARIM, subject="GHMN – entretien pour le poste d'archiviste",
      date="2026-02-16 12:10",
      text=(
          "Bonjour Madame,\n\n"
          "Votre profil a retenu notre attention pour le poste d'archiviste au sein du service "
          "des archives médicales. Je vous propose un entretien le lundi 23 février à 10h00 "
          "à la Direction des Ressources Humaines, bâtiment B, 2 avenue Oscar Lambret à "
          "Lille, avec Mme Gaëlle Prévost, cadre du service.\n\n"
          "Merci de me confirmer ce créneau.\n\n"
          "Cordialement,\n"
          "Karim Benali\nChargé de recrutement – DRH\nGroupe Hospitalier Métropole Nord\n"
          "03 20 44 12 90"
      )),
    M(id="ghmn_missed", kind="missed_interview_notice", lang="fr",
      company="Groupe Hospitalier Métropole Nord", contact="k.benali@ghmn.example.fr",
      parent="ghmn_invite", quote="fr", frm=KARIM,
      subject="Re: GHMN – entretien pour le poste d'archiviste", date="2026-02-23 11:02",
      text=(
          "Bonjour Madame,\n\n"
          "Mme Prévost et moi-même vous attendions ce matin à 10h00 pour l'entretien prévu. "
          "Nous n'avons pas eu de nouvelles de votre part et n'avons pas réussi à vous "
          "joindre au numéro indiqué sur votre CV.\n\n"
          "Si un imprévu vous a empêchée de venir, merci de me le faire savoir rapidement.\n\n"
          "Cordialement,\nKarim Benali"
      )),
    M(id="ghmn_sorry", kind="other", lang="fr", parent="ghmn_missed", quote="fr",
      frm=CAND, to=[KARIM], subject="Re: GHMN – entretien pour le poste d'archiviste",
      date="2026-02-23 13:45",
      text=(
          "Bonjour Monsieur Benali,\n\n"
          "Je suis vraiment confuse. Je n'avais pas reçu votre message de confirmation "
          "du créneau – il était arrivé dans mes courriers indésirables – et je pensais "
          "encore attendre votre retour. Je vous présente toutes mes excuses, ainsi qu'à "
          "Mme Prévost.\n\n"
          "Je reste très intéressée par le poste et entièrement disponible cette semaine si "
          "un autre créneau était envisageable.\n\n"
          "Bien cordialement,\nMathilde Vasseur-Kerbrat"
      )),
    M(id="ghmn_rej", kind="rejection", lang="fr", company="Groupe Hospitalier Métropole Nord",
      contact="k.benali@ghmn.example.fr", parent="ghmn_sorry", quote="fr", frm=KARIM,
      subject="Re: GHMN – entretien pour le poste d'archiviste", date="2026-02-27 09:30",
      text=(
          "Bonjour Madame,\n\n"
          "Merci pour votre message et vos explications. Malheureusement, le calendrier de "
          "recrutement ne nous permet pas de reprogrammer d'entretien : nous avons finalisé "
          "le processus avec les autres candidats reçus et nous ne donnerons donc pas suite à "
          "votre candidature pour ce poste.\n\n"
          "Nous vous souhaitons bonne continuation dans vos recherches.\n\n"
          "Cordialement,\nKarim Benali"
      )),
]

# ------------------------------------------------ Halbwachs Conseil for Delvaux Moreau (law firm)

BERENICE = ("Bérénice Halbwachs", "b.halbwachs@halbwachs-conseil.example.fr")
HALB_SIG = (
    "Bérénice Halbwachs\nConsultante senior – Fonctions juridiques & support\n"
    "Halbwachs Conseil – Cabinet de recrutement\n"
    "27 boulevard Haussmann, 75009 Paris\n+33 1 84 60 22 37\n\n"
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur "
    "destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le "
    "supprimer. Toute diffusion non autorisée est interdite."
)
HALB = [
    M(id="halb_invite", kind="interview_invitation", lang="fr", company="Delvaux Moreau",
      contact="b.halbwachs@halbwachs-conseil.example.fr", frm=BERENICE,
      from_enc=("utf-8", "b"),
      subject="Poste de Knowledge & Records Manager – rencontre avec Delvaux Moreau",
      date="2026-04-21 18:12",
      text=(
          "Bonjour Mathilde,\n\n"
          "Merci encore pour notre échange téléphonique de la semaine dernière. J'ai présenté "
          "votre candidature à mon client, le cabinet d'avocats Delvaux Moreau (Paris 8e), "
          "qui souhaite vous rencontrer pour le poste de Knowledge & Records Manager.\n\n"
          "L'entretien aurait lieu le mardi 28 avril à 11h00 dans leurs locaux, 9 avenue "
          "Hoche, avec Maître Hugues Delvaux (associé) et la Secrétaire générale, "
          "Mme Laure Antonetti. Pouvez-vous me confirmer votre disponibilité ?\n\n"
          "Je vous appellerai la veille pour vous préparer.\n\nBien à vous,\n\n" + HALB_SIG
      )),
    M(id="halb_move", kind="interview_reschedule_or_cancel", lang="fr",
      company="Delvaux Moreau", contact="b.halbwachs@halbwachs-conseil.example.fr",
      parent="halb_invite", quote="outlook_fr", frm=BERENICE, from_enc=("utf-8", "b"),
      subject="RE: Poste de Knowledge & Records Manager – rencontre avec Delvaux Moreau",
      date="2026-04-24 08:41",
      text=(
          "Bonjour Mathilde,\n\n"
          "Petit changement : Maître Delvaux plaide finalement mardi matin. Le cabinet "
          "propose de décaler votre rendez-vous au jeudi 30 avril à 17h30, au même endroit. "
          "Est-ce que cela vous convient ?\n\nMerci et à bientôt,\n\n" + HALB_SIG
      )),
    M(id="halb_rej", kind="rejection", lang="fr", company="Delvaux Moreau",
      contact="b.halbwachs@halbwachs-conseil.example.fr", frm=BERENICE,
      from_enc=("utf-8", "b"), subject="Retour de Delvaux Moreau", date="2026-05-07 19:05",
      text=(
          "Bonjour Mathilde,\n\n"
          "J'ai eu ce soir le retour du cabinet Delvaux Moreau. Ils ont beaucoup apprécié "
          "votre rigueur et votre connaissance des référentiels de conservation. Ils ont "
          "néanmoins choisi de poursuivre avec une candidate qui a déjà exercé en cabinet "
          "d'avocats et maîtrise leur logiciel de gestion des dossiers.\n\n"
          "Je suis sincèrement désolée de ce dénouement. Je garde votre profil en tête pour "
          "d'autres missions en gestion documentaire et je reviens vers vous dès qu'une "
          "opportunité se présente.\n\nBien à vous,\n\n" + HALB_SIG
      )),
]

# ------------------------------------------------ Musée des Filatures, Lille (museum)

MUSEE = [
    M(id="musee_ack", kind="application_received", lang="fr", company="Musée des Filatures",
      frm=("Musée des Filatures", "no-reply@teamtailor-mail.com"),
      subject="Candidature reçue : Chargé·e des archives et de la documentation",
      date="2026-01-08 16:33 +0000",
      html=html_page(
          "Bonjour Mathilde,",
          "Merci pour votre candidature au poste de <b>Chargé·e des archives et de la "
          "documentation</b> au Musée des Filatures.",
          "Nous l'avons bien reçue ! Notre équipe prendra le temps de lire chaque dossier ; "
          "nous ne pourrons malheureusement pas répondre individuellement à toutes les "
          "personnes qui nous écrivent, mais nous vous tiendrons informée de la suite.",
          "À bientôt,<br>L'équipe du Musée des Filatures",
          footer="Musée des Filatures · 3 rue des Fileurs · 59000 Lille",
      )),
    M(id="musee_rej", kind="rejection", lang="fr", company="Musée des Filatures",
      contact="julie.mercier@musee-filatures.example.fr",
      frm=("Julie Mercier de Musée des Filatures", "no-reply@teamtailor-mail.com"),
      reply_to=("Julie Mercier", "julie.mercier@musee-filatures.example.fr"),
      subject="Votre candidature au Musée des Filatures", date="2026-02-11 10:14 +0000",
      text=(
          "Bonjour Mathilde,\n\n"
          "Merci pour l'intérêt que vous avez porté au Musée des Filatures. Nous avons reçu "
          "beaucoup de candidatures de grande qualité pour le poste de chargé·e des archives "
          "et de la documentation.\n\n"
          "Après un examen attentif, nous avons décidé de poursuivre le processus avec des "
          "profils dont l'expérience en archives d'entreprise textile correspond plus "
          "précisément à nos besoins actuels.\n\n"
          "Nous vous souhaitons beaucoup de réussite dans votre projet.\n\n"
          "Julie Mercier\nResponsable des collections"
      ),
      html=html_page(
          "Bonjour Mathilde,",
          "Merci pour l'intérêt que vous avez porté au Musée des Filatures. Nous avons reçu "
          "beaucoup de candidatures de grande qualité pour le poste de chargé·e des archives "
          "et de la documentation.",
          "Après un examen attentif, nous avons décidé de poursuivre le processus avec des "
          "profils dont l'expérience en archives d'entreprise textile correspond plus "
          "précisément à nos besoins actuels.",
          "Nous vous souhaitons beaucoup de réussite dans votre projet.",
          "Julie Mercier<br>Responsable des collections",
      )),
]

# ------------------------------------------------ EAPSI, Luxembourg (EU agency)

KATRIN = ("Katrin Olsen", "katrin.olsen@eapsi.example.eu")
EAPSI = [
    M(id="eapsi_ack", kind="application_received", lang="en",
      company="European Agency for Public Sector Interoperability",
      frm=("EAPSI e-Recruitment", "eapsi-careers@taleo.net"),
      subject="Application received – EAPSI/TA/AD5/2026/07 Records Management Officer",
      date="2026-05-04 09:00 +0000",
      text=(
          "Dear Ms VASSEUR-KERBRAT,\n\n"
          "This is to confirm that your application for the selection procedure "
          "EAPSI/TA/AD5/2026/07 – Records Management Officer (Temporary Agent, AD5) has been "
          "successfully submitted.\n\n"
          "Due to the high number of applications, the Agency is unable to provide "
          "information on the status of individual applications during the selection "
          "procedure. Candidates invited to the next stage will be contacted by e-mail.\n\n"
          "European Agency for Public Sector Interoperability – Human Resources\n"
          "This is an automated message. Please do not reply."
      )),
    M(id="eapsi_invite", kind="interview_invitation", lang="en",
      company="European Agency for Public Sector Interoperability",
      contact="katrin.olsen@eapsi.example.eu", frm=KATRIN,
      subject="Invitation – written test and interview, EAPSI/TA/AD5/2026/07",
      date="2026-06-03 15:22",
      text=(
          "Dear Ms Vasseur-Kerbrat,\n\n"
          "Following the evaluation of the applications by the Selection Committee, we are "
          "pleased to invite you to the next phase of the procedure, which consists of a "
          "written test (60 minutes) followed by an interview with the Selection Committee "
          "(approx. 45 minutes).\n\n"
          "Date: Tuesday 16 June 2026, 09:30 (Luxembourg time)\n"
          "Place: EAPSI, 5 rue Jean Monnet, L-2180 Luxembourg-Kirchberg\n\n"
          "Please confirm your participation by 8 June, and bring an identity document and "
          "the originals of your diplomas. Travel expenses will be reimbursed according to "
          "the Agency's rules.\n\n"
          "Kind regards,\nKatrin Olsen\nHR Officer – Selection & Recruitment\n"
          "European Agency for Public Sector Interoperability\n\n"
          "Disclaimer: the information in this e-mail is intended solely for the addressee. "
          "Any views expressed are those of the sender and do not necessarily represent the "
          "official position of the Agency."
      )),
    M(id="eapsi_cancel", kind="interview_reschedule_or_cancel", lang="en",
      company="European Agency for Public Sector Interoperability",
      contact="katrin.olsen@eapsi.example.eu", parent="eapsi_invite", quote="outlook_en",
      frm=KATRIN,
      subject="RE: Invitation – written test and interview, EAPSI/TA/AD5/2026/07",
      date="2026-06-12 13:58",
      text=(
          "Dear Ms Vasseur-Kerbrat,\n\n"
          "Due to a national strike affecting public transport and building access in "
          "Luxembourg on 16 June, the written test and interview scheduled for that day are "
          "cancelled. They will be reorganised at the end of June; you will receive a new "
          "invitation with the exact date and time next week.\n\n"
          "We apologise for any inconvenience caused.\n\n"
          "Kind regards,\nKatrin Olsen\nHR Officer – Selection & Recruitment"
      ),
      ics=ics("CANCEL", "eapsi-ta-2026-07-vk@eapsi.example.eu", 2, "2026-06-16 09:30",
              "2026-06-16 11:30", "EAPSI written test and interview",
              "EAPSI\\, 5 rue Jean Monnet\\, Luxembourg", KATRIN, "2026-06-12 11:58",
              tzid="Europe/Luxembourg")),
    M(id="eapsi_rej", kind="rejection", lang="en",
      company="European Agency for Public Sector Interoperability",
      contact="katrin.olsen@eapsi.example.eu", frm=KATRIN,
      subject="Outcome of selection procedure EAPSI/TA/AD5/2026/07", date="2026-07-21 10:40",
      text=(
          "Dear Ms Vasseur-Kerbrat,\n\n"
          "Thank you for taking part in the written test and interview for the selection "
          "procedure EAPSI/TA/AD5/2026/07.\n\n"
          "I regret to inform you that, following its deliberations, the Selection Committee "
          "did not include your name on the reserve list, as your overall score did not reach "
          "the required threshold.\n\n"
          "You may request a review of the Committee's decision within 10 calendar days. We "
          "thank you for your interest in the Agency.\n\n"
          "Kind regards,\nKatrin Olsen\nHR Officer – Selection & Recruitment"
      )),
]

# ------------------------------------------------ Portus Ghent (English, port logistics)

LOTTE = ("Lotte De Smet", "lotte.desmet@portus-ghent.example.be")
PORTUS = [
    M(id="portus_ack", kind="application_received", lang="en", company="Portus Ghent",
      frm=("Portus Ghent", "jobs@portusghent.recruitee.com"),
      subject="We received your application – Records & Archives Coordinator",
      date="2026-05-26 12:09 +0000",
      text=(
          "Dear Mathilde,\n\n"
          "Thank you for applying for the Records & Archives Coordinator position at Portus "
          "Ghent. This e-mail confirms that your application has reached us.\n\n"
          "Our HR team reviews applications every Friday. If your profile matches, we will "
          "contact you to plan a first conversation.\n\n"
          "Kind regards,\nPortus Ghent HR"
      )),
    M(id="portus_invite", kind="interview_invitation", lang="en", company="Portus Ghent",
      contact="lotte.desmet@portus-ghent.example.be",
      frm=("Lotte De Smet from Portus Ghent", "jobs@portusghent.recruitee.com"),
      reply_to=LOTTE, subject="Phone interview – Records & Archives Coordinator",
      date="2026-06-05 09:48",
      text=(
          "Hi Mathilde,\n\n"
          "Thanks for your application! I'd like to schedule a 30-minute phone interview to "
          "talk about your experience and the role. How about Wednesday 10 June at 14:00? I "
          "will call you on the mobile number in your CV.\n\n"
          "Kind regards,\nLotte De Smet\nHR Business Partner, Portus Ghent\n"
          "Port Arthurlaan 88, 9000 Gent"
      )),
    M(id="portus_missed", kind="missed_interview_notice", lang="en", company="Portus Ghent",
      contact="lotte.desmet@portus-ghent.example.be", parent="portus_invite", quote="en",
      frm=LOTTE, subject="Re: Phone interview – Records & Archives Coordinator",
      date="2026-06-10 14:25",
      text=(
          "Hi Mathilde,\n\n"
          "I tried to call you at 14:00 as agreed, twice, but got your voicemail. I hope "
          "everything is alright. Could you let me know whether you are still interested and "
          "when would be a good moment to try again?\n\n"
          "Best,\nLotte"
      )),
    M(id="portus_own", kind="other", lang="en", parent="portus_missed", quote="en",
      frm=CAND, to=[LOTTE], subject="Re: Phone interview – Records & Archives Coordinator",
      date="2026-06-10 18:40",
      text=(
          "Dear Lotte,\n\n"
          "I'm so sorry – my train back from Arras was stuck in a tunnel without any network "
          "and I only saw your missed calls now. I'm still very much interested. I'm free "
          "tomorrow all day and on Friday morning, whenever suits you.\n\n"
          "Apologies again,\nMathilde"
      )),
    M(id="portus_rej", kind="rejection", lang="en", company="Portus Ghent",
      contact="lotte.desmet@portus-ghent.example.be", frm=LOTTE,
      subject="Your application at Portus Ghent", date="2026-06-24 16:12",
      text=(
          "Hi Mathilde,\n\n"
          "Thank you for the pleasant conversation last week. We've now spoken with all "
          "candidates and have decided to move forward with candidates whose experience "
          "more closely matches the operational side of the role, including Dutch-language "
          "customs documentation.\n\n"
          "I wish you all the best with your search.\n\nKind regards,\nLotte"
      )),
]

# ------------------------------------------------ Aktenwerk, Köln (DMS vendor, offer)

JONAS = ("Jonas Pfeiffer", "jonas.pfeiffer@aktenwerk.example.de")
AKTEN_SIG = (
    "Jonas Pfeiffer\nTeamlead Consulting Records Management\n"
    "Aktenwerk GmbH | Im Mediapark 6 | 50670 Köln\nTel. +49 221 9988 4410\n\n"
    "Aktenwerk GmbH, Sitz Köln, Amtsgericht Köln HRB 99817, Geschäftsführer: "
    "Dr. Felix Brandner"
)
AKTEN = [
    M(id="akten_ack", kind="application_received", lang="de", company="Aktenwerk",
      frm=("Aktenwerk Recruiting", "noreply@personio.de"),
      subject="Deine Bewerbung bei Aktenwerk ist eingegangen", date="2026-07-06 07:31 +0000",
      text=(
          "Hallo Mathilde,\n\n"
          "vielen Dank für deine Bewerbung als Consultant Records Management (m/w/d) an "
          "unserem Standort Köln. Wir haben deine Unterlagen erhalten und melden uns "
          "innerhalb von zehn Arbeitstagen bei dir.\n\n"
          "Viele Grüße\ndein Aktenwerk-Recruiting-Team\n\n"
          "Diese E-Mail wurde automatisch versendet."
      ),
      html=html_page(
          "Hallo Mathilde,",
          "vielen Dank für deine Bewerbung als <b>Consultant Records Management (m/w/d)</b> "
          "an unserem Standort Köln. Wir haben deine Unterlagen erhalten und melden uns "
          "innerhalb von zehn Arbeitstagen bei dir.",
          "Viele Grüße<br>dein Aktenwerk-Recruiting-Team",
          footer="Diese E-Mail wurde automatisch versendet.",
      )),
    M(id="akten_invite", kind="interview_invitation", lang="de", company="Aktenwerk",
      contact="jonas.pfeiffer@aktenwerk.example.de", frm=JONAS,
      subject="Einladung zum Kennenlernen – Consultant Records Management",
      date="2026-07-14 10:20",
      text=(
          "Hallo Mathilde,\n\n"
          "danke für deine Bewerbung, dein Profil passt sehr gut zu uns! Ich würde dich gern "
          "zu einem ersten Gespräch per Videocall einladen, am Dienstag, 21. Juli, um 10:00 "
          "Uhr. Die Einladung mit dem Teams-Link schicke ich dir direkt mit.\n\n"
          "Das Gespräch kann gern auf Englisch oder Deutsch stattfinden, wie es dir lieber "
          "ist.\n\nViele Grüße\n\n" + AKTEN_SIG
      ),
      ics=ics("REQUEST", "akten-crm-2026-31@aktenwerk.example.de", 0, "2026-07-21 10:00",
              "2026-07-21 11:00", "Kennenlernen Aktenwerk / Mathilde Vasseur-Kerbrat",
              "Microsoft Teams", JONAS, "2026-07-14 08:20", tzid="Europe/Berlin")),
    M(id="akten_move", kind="interview_reschedule_or_cancel", lang="de", company="Aktenwerk",
      contact="jonas.pfeiffer@aktenwerk.example.de", parent="akten_invite", quote="de",
      frm=JONAS, subject="AW: Einladung zum Kennenlernen – Consultant Records Management",
      date="2026-07-17 16:44",
      text=(
          "Hallo Mathilde,\n\n"
          "leider muss ich unser Gespräch am Dienstag verschieben, ich bin kurzfristig bei "
          "einem Kunden in Düsseldorf. Passt dir Donnerstag, 23. Juli, um 15:30 Uhr? Ich "
          "habe die Einladung schon entsprechend aktualisiert.\n\n"
          "Sorry für die Umstände und viele Grüße\nJonas"
      ),
      ics=ics("REQUEST", "akten-crm-2026-31@aktenwerk.example.de", 1, "2026-07-23 15:30",
              "2026-07-23 16:30", "Kennenlernen Aktenwerk / Mathilde Vasseur-Kerbrat",
              "Microsoft Teams", JONAS, "2026-07-17 14:44", tzid="Europe/Berlin")),
    M(id="akten_own", kind="other", lang="de", parent="akten_move", quote="de",
      frm=CAND, to=[JONAS], subject="AW: Einladung zum Kennenlernen – Consultant Records "
      "Management", date="2026-07-23 18:05",
      text=(
          "Hallo Jonas,\n\n"
          "vielen Dank für das angenehme Gespräch heute Nachmittag. Die Einblicke in eure "
          "Migrationsprojekte bei Stadtwerken und Versicherungen fand ich sehr spannend. "
          "Wie besprochen schicke ich dir bis Montag noch zwei Beispiele meiner "
          "Aufbewahrungspläne.\n\n"
          "Viele Grüße aus Lille\nMathilde"
      )),
    M(id="akten_offer", kind="offer", lang="de", company="Aktenwerk",
      contact="jonas.pfeiffer@aktenwerk.example.de", frm=JONAS,
      subject="Unser Angebot für dich", date="2026-08-20 11:11",
      text=(
          "Hallo Mathilde,\n\n"
          "nach den Gesprächen mit dem Team freue ich mich sehr, dir die Stelle als "
          "Consultant Records Management anbieten zu dürfen! Im Anhang findest du unser "
          "Vertragsangebot: unbefristet, 60.000 € brutto im Jahr, 30 Urlaubstage, hybrides "
          "Arbeiten mit zwei Bürotagen in Köln, Start am 1. Oktober.\n\n"
          "Gib mir gern bis zum 31. August Bescheid. Für Fragen bin ich jederzeit "
          "erreichbar.\n\nViele Grüße\n\n" + AKTEN_SIG
      ),
      pdfs=[("Angebot_Aktenwerk_Vasseur-Kerbrat.pdf", [
          "Aktenwerk - Vertragsangebot",
          "Koeln, 20. August 2026",
          "Position: Consultant Records Management (m/w/d), unbefristet",
          "Jahresgehalt: 60.000 EUR brutto, 30 Urlaubstage",
          "Eintritt: 1. Oktober 2026",
      ])]),
    M(id="akten_contract", kind="offer", lang="de", company="Aktenwerk",
      contact="marie.hoffmann@aktenwerk.example.de",
      frm=("Marie Hoffmann", "marie.hoffmann@aktenwerk.example.de"), cc=[JONAS],
      charset="iso-8859-1", cte="quoted-printable",
      subject="Arbeitsvertrag zur Unterschrift", date="2026-08-27 14:36",
      text=(
          "Liebe Mathilde,\n\n"
          "wie mit Jonas besprochen, erhältst du anbei deinen Arbeitsvertrag in zweifacher "
          "Ausfertigung. Bitte unterschreibe beide Exemplare und schicke uns eines per Post "
          "zurück, vorab gern als Scan an mich.\n\n"
          "Wir freuen uns sehr auf dich!\n\nHerzliche Grüße\nMarie Hoffmann\n"
          "People & Culture, Aktenwerk GmbH"
      ),
      pdfs=[("Arbeitsvertrag_Vasseur-Kerbrat.pdf", [
          "Arbeitsvertrag",
          "zwischen der Aktenwerk GmbH, Koeln, und Frau Mathilde Vasseur-Kerbrat",
          "Beginn des Arbeitsverhaeltnisses: 1. Oktober 2026",
          "Taetigkeit: Consultant Records Management",
      ])]),
]

# ------------------------------------------------ Seguros Nervión, Bilbao (insurer, offer)

ITZIAR = ("Itziar Goikoetxea", "itziar.goikoetxea@segurosnervion.example.es")
NERVION_SIG = (
    "Itziar Goikoetxea Arana\nTécnica de Selección · Personas y Organización\n"
    "Seguros Nervión\nAlameda de Urquijo 31, 48008 Bilbao\nTel. +34 944 12 87 30"
)
NERVION = [
    M(id="nervion_ack", kind="application_received", lang="es", company="Seguros Nervión",
      frm=("Seguros Nervión Empleo", "noreply-segurosnervion@successfactors.eu"),
      subject="Confirmación de recepción de su candidatura", date="2026-08-03 06:15 +0000",
      charset="utf-8", cte="base64",
      text=(
          "Estimada Mathilde:\n\n"
          "Le confirmamos que hemos recibido correctamente su candidatura para la posición "
          "«Responsable de Gestión Documental y Archivo» en Bilbao.\n\n"
          "Nuestro equipo de Selección revisará su perfil y, si encaja con los requisitos, "
          "se pondrá en contacto con usted. Le agradecemos el interés mostrado en Seguros "
          "Nervión.\n\n"
          "Atentamente,\nPersonas y Organización – Seguros Nervión\n\n"
          "Este es un mensaje automático; por favor, no responda a este correo."
      )),
    M(id="nervion_invite", kind="interview_invitation", lang="es", company="Seguros Nervión",
      contact="itziar.goikoetxea@segurosnervion.example.es", frm=ITZIAR,
      subject="Entrevista – Responsable de Gestión Documental y Archivo",
      date="2026-08-24 12:30",
      text=(
          "Hola, Mathilde:\n\n"
          "Gracias por tu candidatura. Nos gustaría conocerte en una entrevista presencial en "
          "nuestras oficinas de Alameda de Urquijo el jueves 3 de septiembre a las 10:00. "
          "Estarán también Jon Uriarte, director de Cumplimiento, y yo misma.\n\n"
          "Si viajas desde Lille y prefieres hacerla por videoconferencia, dímelo y lo "
          "organizamos por Teams.\n\n"
          "Un saludo,\n\n" + NERVION_SIG
      )),
    M(id="nervion_move", kind="interview_reschedule_or_cancel", lang="es",
      company="Seguros Nervión", contact="itziar.goikoetxea@segurosnervion.example.es",
      parent="nervion_invite", quote="es", frm=ITZIAR,
      subject="RE: Entrevista – Responsable de Gestión Documental y Archivo",
      date="2026-09-01 17:05",
      text=(
          "Hola de nuevo, Mathilde:\n\n"
          "Te escribo porque Jon tiene que viajar a Madrid el jueves y tenemos que aplazar "
          "la entrevista. ¿Te vendría bien el martes 8 de septiembre a las 12:00, por Teams? "
          "Te enviaré el enlace en cuanto me confirmes.\n\n"
          "Disculpa las molestias.\n\n" + NERVION_SIG
      )),
    M(id="nervion_offer", kind="offer", lang="es", company="Seguros Nervión",
      contact="itziar.goikoetxea@segurosnervion.example.es", frm=ITZIAR,
      charset="iso-8859-1", cte="quoted-printable",
      subject="Propuesta de incorporación a Seguros Nervión", date="2026-09-22 13:47",
      text=(
          "Hola, Mathilde:\n\n"
          "Es un placer comunicarte que, tras el proceso de selección, queremos ofrecerte el "
          "puesto de Responsable de Gestión Documental y Archivo. Te adjunto la carta de "
          "oferta con las condiciones: contrato indefinido, 48.000 euros brutos anuales, "
          "jornada intensiva los viernes y ayuda de reubicación a Bilbao.\n\n"
          "Te agradecería una respuesta antes del 2 de octubre.\n\n"
          "Un abrazo,\nItziar Goikoetxea Arana\nSeguros Nervión"
      ),
      pdfs=[("Carta_oferta_Seguros_Nervion.pdf", [
          "Seguros Nervion - Carta de oferta",
          "Bilbao, 22 de septiembre de 2026",
          "Puesto: Responsable de Gestion Documental y Archivo",
          "Contrato indefinido - 48.000 euros brutos anuales",
      ])]),
    M(id="nervion_contract", kind="offer", lang="es", company="Seguros Nervión",
      contact="itziar.goikoetxea@segurosnervion.example.es", parent="nervion_offer",
      quote="es", frm=ITZIAR, charset="iso-8859-1", cte="8bit",
      subject="RE: Propuesta de incorporación a Seguros Nervión", date="2026-10-05 09:58",
      text=(
          "Hola, Mathilde:\n\n"
          "¡Qué alegría que aceptes! Como acordamos, mantenemos la incorporación para el 2 "
          "de noviembre. Te adjunto el contrato de trabajo para que lo revises y lo firmes; "
          "puedes devolvérmelo escaneado por correo.\n\n"
          "Bienvenida a Seguros Nervión.\n\nItziar"
      ),
      pdfs=[("Contrato_trabajo_Vasseur-Kerbrat.pdf", [
          "Contrato de trabajo indefinido",
          "Seguros Nervion y Dna. Mathilde Vasseur-Kerbrat",
          "Fecha de incorporacion: 2 de noviembre de 2026",
      ])]),
]

SPECS = [*BEFFROI, *DOCUVIA, *ARTOIS, *GHMN, *HALB, *MUSEE, *EAPSI, *PORTUS, *AKTEN, *NERVION]
