/**
 */
package pdca.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grade Band</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.GradeBand#getName <em>Name</em>}</li>
 *   <li>{@link pdca.model.GradeBand#getMinScore <em>Min Score</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getGradeBand()
 * @model
 * @generated
 */
public interface GradeBand extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see pdca.model.PdcaPackage#getGradeBand_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link pdca.model.GradeBand#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Min Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lowest score (inclusive) of the band; a score falls in the band with the highest minimum not above it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Score</em>' attribute.
	 * @see #setMinScore(double)
	 * @see pdca.model.PdcaPackage#getGradeBand_MinScore()
	 * @model
	 * @generated
	 */
	double getMinScore();

	/**
	 * Sets the value of the '{@link pdca.model.GradeBand#getMinScore <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Score</em>' attribute.
	 * @see #getMinScore()
	 * @generated
	 */
	void setMinScore(double value);

} // GradeBand
