/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Scheme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ScoringScheme#getName <em>Name</em>}</li>
 *   <li>{@link pdca.model.ScoringScheme#getBands <em>Bands</em>}</li>
 *   <li>{@link pdca.model.ScoringScheme#getConsequences <em>Consequences</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getScoringScheme()
 * @model
 * @generated
 */
public interface ScoringScheme extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see pdca.model.PdcaPackage#getScoringScheme_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link pdca.model.ScoringScheme#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.GradeBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getScoringScheme_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<GradeBand> getBands();

	/**
	 * Returns the value of the '<em><b>Consequences</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.ScoreConsequence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consequences</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getScoringScheme_Consequences()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoreConsequence> getConsequences();

} // ScoringScheme
