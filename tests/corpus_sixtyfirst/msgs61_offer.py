"""Offers for the sixty-first corpus (content only)."""

from msgs61_base import M, gmail

MESSAGES = [
    M("offer", "proposition_contrat_fr", "fr",
      "Nathalie Dubois <nathalie.dubois@groupe-verlaine.example.com>", "Proposition d'engagement",
      """Bonjour Amélie,

Suite à nos différents échanges, j'ai le plaisir de vous confirmer notre souhait de vous engager en qualité de Contrôleuse de gestion au sein de Groupe Verlaine, en CDI, à partir du 1er juin 2026.

Vous trouverez en pièce jointe notre proposition détaillée (rémunération, voiture de société, chèques-repas, assurance groupe). Nous vous saurions gré de nous faire part de votre décision d'ici le vendredi 17 avril.

Au plaisir de vous compter bientôt parmi nous,

Nathalie Dubois
Responsable Recrutement
Groupe Verlaine
""", company="Groupe Verlaine", contact="nathalie.dubois@groupe-verlaine.example.com", attach="Proposition_Verlaine_AVD.pdf"),
    M("offer", "offre_verbale_suivi", "fr",
      "Karim Benali <karim.benali@novamed-pharma.example.com>", "Suite à notre appel",
      """Bonjour Amélie,

Comme annoncé au téléphone tout à l'heure, je vous confirme par écrit notre offre pour le poste de Finance Business Partner : salaire annuel brut de 72.000 EUR, 13e mois, double pécule, voiture de société et 32 jours de congé.

Le contrat vous sera envoyé par DocuSign dès réception de votre accord de principe. N'hésitez pas si vous avez des questions.

Bien à vous,
Karim Benali
Talent Partner – NovaMed Pharma Belgium
""", company="NovaMed Pharma", contact="karim.benali@novamed-pharma.example.com", cte="quoted-printable"),
    M("offer", "docusign_contrat", "fr",
      "Mutualia via DocuSign <dse@docusign.example.net>", "Veuillez signer : Contrat de travail - A. Vandenbroucke-Diallo",
      """François Hubin vous a envoyé un document à examiner et signer.

Contrat de travail - Auditeur interne - A. Vandenbroucke-Diallo

Message de François Hubin :
Bonjour Madame, comme convenu, voici votre contrat de travail. Merci de le signer avant le 5 juin. Bienvenue chez Mutualia !

EXAMINER LE DOCUMENT

Ne partagez pas ce courriel. Il contient un lien d'accès sécurisé à DocuSign.
""", company="Mutualia", reply_to="François Hubin <f.hubin@mutualia.example.be>", contact="f.hubin@mutualia.example.be"),
    M("offer", "offre_tu_startup", "fr",
      "Mathis Leroy <mathis@greenbox-energie.example.fr>", "🎉",
      """Amélie,

Bon, je ne vais pas faire durer le suspense : on aimerait vraiment t'avoir dans l'équipe ! On te propose le poste de Finance Manager, 62k€ fixe + BSPCE, télétravail 2 jours/semaine, démarrage quand tu veux en septembre.

La promesse d'embauche part demain par mail. Dis-nous ce que tu en penses !

Mathis
""", company="Greenbox Énergie", contact="mathis@greenbox-energie.example.fr"),
    M("offer", "offre_conditionnelle_lux", "fr",
      "Sandrine Weis <sandrine.weis@bal.example.lu>", "Offre d'emploi conditionnelle - Trésorerie",
      """Madame,

Nous avons le plaisir de vous proposer le poste de Treasury Officer au sein de notre département Trésorerie, aux conditions décrites dans la lettre jointe.

Cette offre est conditionnelle à la réception d'un extrait de casier judiciaire vierge (bulletin n°3), à la vérification satisfaisante de vos références et à l'obtention de l'agrément CSSF le cas échéant.

Merci de nous retourner la lettre signée pour acceptation.

Sincères salutations,
Sandrine Weis
HR Business Partner
Banque Ardennaise de Luxembourg
""", company="Banque Ardennaise de Luxembourg", contact="sandrine.weis@bal.example.lu", attach="Lettre_offre_BAL.pdf",
      charset="iso-8859-1", cte="quoted-printable"),
    M("offer", "pleased_to_offer_uk", "en",
      "Oliver Beckett <oliver.beckett@castlegate-trust.example.org.uk>", "Offer of employment",
      """Dear Amélie,

Following your recent interview, I am delighted to let you know that we would like to offer you the position of Management Accountant at Castlegate Trust, subject to satisfactory references and right-to-work checks.

Your offer letter and contract are attached. The starting salary is £54,300 per annum. Please sign and return by 30 July.

Warm regards,
Oliver Beckett
People Services Manager | Castlegate Trust
""", company="Castlegate Trust", contact="oliver.beckett@castlegate-trust.example.org.uk", attach="Offer_Letter_AVD.pdf"),
    M("offer", "verbal_offer_followup_en", "en",
      "Sarah O'Donnell <sarah.odonnell@brightwater-pay.example.ie>", "Re: Following up",
      """Hi Amélie,

Great to speak earlier! As discussed, we're thrilled to extend an offer for the Finance Business Partner role - €78k base, 10% bonus, hybrid (2 days in Dublin office). Formal paperwork will follow from our HR system in the next day or two.

Let me know if any questions in the meantime!!

Sarah
Brightwater Payments
""" + gmail("Mon, 2 Mar 2026 at 08:40", "Amélie Vandenbroucke-Diallo <amelie.vdb@example.be>",
            "Hi Sarah,\n\nJust following up on the final interview last week - is there any news?\n\nBest,\nAmélie"),
      company="Brightwater Payments", contact="sarah.odonnell@brightwater-pay.example.ie", reply=True),
    M("offer", "indian_offer_letter", "en",
      "Ritika Sharma <ritika.sharma@sundaram-infotech.example.in>", "Offer Letter - Finance Controller Europe",
      """Dear Amelie,

Congratulations!!

We are pleased to offer you the position of Finance Controller - Europe with Sundaram Infotech, based out of our Brussels office. Please find attached the offer letter with the detailed CTC breakup.

Kindly revert with your acceptance at the earliest and share your joining date.

Thanks & Regards,
Ritika Sharma
Talent Acquisition | Sundaram Infotech Ltd.
""", company="Sundaram Infotech", contact="ritika.sharma@sundaram-infotech.example.in", attach="Offer_Letter_SIL_EU.pdf"),
    M("offer", "de_vertragsangebot", "de",
      "Dr. Henrike Vogel <h.vogel@nordlicht-stadtwerke.example.de>", "Vertragsangebot",
      """Liebe Frau Vandenbroucke-Diallo,

wie gestern telefonisch besprochen, freuen wir uns sehr, Ihnen die Position als Senior Referentin Treasury anbieten zu können. Den Arbeitsvertrag in zweifacher Ausfertigung erhalten Sie im Anhang. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. Juli zurück.

Wir freuen uns auf die Zusammenarbeit!

Herzliche Grüße
Dr. Henrike Vogel
Kaufmännische Leitung, Nordlicht Stadtwerke
""", company="Nordlicht Stadtwerke", contact="h.vogel@nordlicht-stadtwerke.example.de", attach="Arbeitsvertrag_Vandenbroucke.pdf",
      charset="iso-8859-1", cte="quoted-printable"),
    M("offer", "es_oferta", "es",
      "Iñaki Etxeberria <inaki.etxeberria@solaria-renovables.example.es>", "Re: Controller Financiero - siguiente paso",
      """Hola Amélie:

¡Buenas noticias! Después de las entrevistas con el equipo de Bilbao, nos encantaría que te unieras a Solaria Renovables como Controller Financiera. Te adjunto la carta de oferta: 55.000 € brutos anuales más variable, contrato indefinido e incorporación el 1 de septiembre.

Cuéntame qué te parece cuando la leas y si tienes cualquier duda, llámame.

Un abrazo,
Iñaki Etxeberria
Director Financiero · Solaria Renovables
""", company="Solaria Renovables", contact="inaki.etxeberria@solaria-renovables.example.es", attach="Carta_oferta_Solaria.pdf", reply=True),
]
